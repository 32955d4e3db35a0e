import type { Fiche, Liaison, Lieu, Personne, ServiceLigne } from '../../src/core/modele.ts';
import type { ExportNormalise } from './normalise.ts';
import type { Rapport } from './report.ts';

/** A fiche with the rows its link sheets attach to it, in link order. */
export interface FicheJointe {
  fiche: Fiche;
  lieux: Lieu[];
  services: ServiceLigne[];
  personnes: Personne[];
}

export interface ExportJoint {
  fiches: FicheJointe[];
  /** Places linked to at least one kept fiche, in sheet order. */
  lieux: Lieu[];
  services: ServiceLigne[];
  personnes: Personne[];
}

export type Cible<T> = { nom: string; parId: Map<string, T> };

/**
 * Attaches the rows of one link sheet to the fiches, one at a time. A link row is rejected
 * when either side is unknown (LIAISON_ORPHELINE) or when it repeats an earlier row
 * (LIAISON_EN_DOUBLE: the other side is already in the fiche's list, ids being unique).
 * `compter` then moves the rejected rows from the sheet's kept count to its rejected one.
 */
export class Attacheur<T> {
  private readonly rejetsParFichier = new Map<string, number>();

  constructor(
    private readonly fiches: Map<string, FicheJointe>,
    private readonly cible: Cible<T>,
    private readonly liste: (fiche: FicheJointe) => T[],
    private readonly rapport: Rapport,
  ) {}

  private rejeter(l: Liaison, code: string, message: string) {
    this.rapport.rejet(l.origine, code, message, { id: `${l.idAction}→${l.idAutre}` });
    this.rejetsParFichier.set(l.origine.fichier, (this.rejetsParFichier.get(l.origine.fichier) ?? 0) + 1);
  }

  ajouter(l: Liaison): void {
    const fiche = this.fiches.get(l.idAction);
    const autre = this.cible.parId.get(l.idAutre);
    if (!fiche) return this.rejeter(l, 'LIAISON_ORPHELINE', `Liaison vers une fiche inconnue (Id_Action ${l.idAction}).`);
    if (autre === undefined) return this.rejeter(l, 'LIAISON_ORPHELINE', `Liaison vers ${this.cible.nom} inconnu(e) (${l.idAutre}).`);
    const liste = this.liste(fiche);
    if (liste.includes(autre)) {
      return this.rejeter(l, 'LIAISON_EN_DOUBLE', `Liaison répétée entre la fiche ${l.idAction} et ${this.cible.nom} ${l.idAutre}.`);
    }
    liste.push(autre);
  }

  /** Once every row is attached: the sheets' counts in `rapport` lose their rejected rows. */
  compter(rapport: Rapport): void {
    for (const [fichier, n] of this.rejetsParFichier) {
      const c = rapport.feuilles.get(fichier);
      if (c) rapport.compterFeuille(fichier, { lues: c.lues, gardees: c.gardees - n, rejetees: c.rejetees + n });
    }
  }
}

function attacher<T>(liaisons: readonly Liaison[], fiches: Map<string, FicheJointe>, cible: Cible<T>, liste: (fiche: FicheJointe) => T[], rapport: Rapport): void {
  const attacheur = new Attacheur(fiches, cible, liste, rapport);
  for (const l of liaisons) attacheur.ajouter(l);
  attacheur.compter(rapport);
}

export const indexer = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r] as const));

/** The fiches by id, each with empty lists of places, services and people. */
export function fichesJointes(fiches: readonly Fiche[]): Map<string, FicheJointe> {
  const parId = new Map<string, FicheJointe>();
  for (const fiche of fiches) parId.set(fiche.id, { fiche, lieux: [], services: [], personnes: [] });
  return parId;
}

export const CIBLES = {
  lieux: { nom: 'le lieu', liste: (f: FicheJointe) => f.lieux },
  services: { nom: 'le service', liste: (f: FicheJointe) => f.services },
  personnes: { nom: 'la personne', liste: (f: FicheJointe) => f.personnes },
} as const;

export function joinExport(ex: ExportNormalise, rapport: Rapport): ExportJoint {
  const fiches = fichesJointes(ex.fiches);
  attacher(ex.liaisonsLieux, fiches, { nom: CIBLES.lieux.nom, parId: indexer(ex.lieux) }, CIBLES.lieux.liste, rapport);
  attacher(ex.liaisonsServices, fiches, { nom: CIBLES.services.nom, parId: indexer(ex.services) }, CIBLES.services.liste, rapport);
  attacher(ex.liaisonsPersonnes, fiches, { nom: CIBLES.personnes.nom, parId: indexer(ex.personnes) }, CIBLES.personnes.liste, rapport);
  return finirJointure(fiches, ex, rapport);
}

/** After the links: fiches without place or service said, places no fiche cites left out (in sheet order). */
export function finirJointure(fiches: Map<string, FicheJointe>, ex: Pick<ExportNormalise, 'lieux' | 'services' | 'personnes'>, rapport: Rapport): ExportJoint {
  const lieuxRelies = new Set<string>();
  for (const f of fiches.values()) {
    for (const l of f.lieux) lieuxRelies.add(l.id);
    if (f.lieux.length === 0) {
      rapport.avertissement(f.fiche.origine, 'FICHE_SANS_LIEU', "Fiche sans lieu : elle figure dans l'atlas sans position.", { id: f.fiche.id });
    }
    if (f.services.length === 0) {
      rapport.avertissement(f.fiche.origine, 'FICHE_SANS_SERVICE', "Fiche sans service : elle n'apparaît dans aucun axe.", { id: f.fiche.id });
    }
  }

  // A place that no fiche links to does not appear in the atlas: say so, row by row.
  const lieux: Lieu[] = [];
  const lieuxNonRelies = new Map<string, number>();
  for (const l of ex.lieux) {
    if (lieuxRelies.has(l.id)) {
      lieux.push(l);
    } else {
      rapport.rejet(l.origine, 'LIEU_SANS_FICHE', "Lieu qu'aucune fiche ne cite : absent de l'atlas.", { id: l.id });
      lieuxNonRelies.set(l.origine.fichier, (lieuxNonRelies.get(l.origine.fichier) ?? 0) + 1);
    }
  }
  for (const [fichier, n] of lieuxNonRelies) {
    const c = rapport.feuilles.get(fichier);
    if (c) rapport.compterFeuille(fichier, { lues: c.lues, gardees: c.gardees - n, rejetees: c.rejetees + n });
  }

  return { fiches: [...fiches.values()], lieux, services: ex.services, personnes: ex.personnes };
}
