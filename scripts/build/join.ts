import type { Fiche, Liaison, Lieu, Personne, PersonneId, ServiceLigne } from '../../src/core/modele.ts';
import type { ExportNormalise } from './normalise.ts';
import type { Rapport } from './report.ts';

/**
 * A person as the join keeps it: the row of Personnes.csv, or only its id when contacts are not
 * published (no writer reads the rest then, and a million fiches cite some 450,000 people).
 */
export type PersonneJointe = Personne | PersonneId;

export const idPersonne = (p: PersonneJointe): PersonneId => (typeof p === 'string' ? p : p.id);

/** A fiche with the rows its link sheets attach to it, in link order. */
export interface FicheJointe {
  fiche: Fiche;
  lieux: Lieu[];
  services: ServiceLigne[];
  personnes: PersonneJointe[];
}

export interface ExportJoint {
  fiches: FicheJointe[];
  /** Places linked to at least one kept fiche, in sheet order. */
  lieux: Lieu[];
  services: ServiceLigne[];
  personnes: PersonneJointe[];
}

type ListeJointe = 'lieux' | 'services' | 'personnes';

/**
 * The one empty list every fiche starts with, for each link sheet: a fiche gets a list of its own
 * with its first link (a million fiches made three million empty arrays). Never written to.
 */
const AUCUN: never[] = [];

export type Cible<T> = { nom: string; parId: Map<string, T> };

/**
 * Attaches the rows of one link sheet to the fiches, one at a time. A link row is rejected
 * when either side is unknown (LIAISON_ORPHELINE) or when it repeats an earlier row
 * (LIAISON_EN_DOUBLE: the other side is already in the fiche's list, ids being unique).
 * `compter` then moves the rejected rows from the sheet's kept count to its rejected one.
 */
export class Attacheur<K extends ListeJointe> {
  private readonly rejetsParFichier = new Map<string, number>();

  constructor(
    private readonly fiches: Map<string, FicheJointe>,
    private readonly cible: Cible<FicheJointe[K][number]>,
    private readonly liste: K,
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
    const liste = fiche[this.liste] as FicheJointe[K][number][];
    if (liste.includes(autre)) {
      return this.rejeter(l, 'LIAISON_EN_DOUBLE', `Liaison répétée entre la fiche ${l.idAction} et ${this.cible.nom} ${l.idAutre}.`);
    }
    if (liste === AUCUN) (fiche as Record<K, FicheJointe[K][number][]>)[this.liste] = [autre];
    else liste.push(autre);
  }

  /** Once every row is attached: the sheets' counts in `rapport` lose their rejected rows. */
  compter(rapport: Rapport): void {
    for (const [fichier, n] of this.rejetsParFichier) {
      const c = rapport.feuilles.get(fichier);
      if (c) rapport.compterFeuille(fichier, { lues: c.lues, gardees: c.gardees - n, rejetees: c.rejetees + n });
    }
  }
}

function attacher<K extends ListeJointe>(liaisons: readonly Liaison[], fiches: Map<string, FicheJointe>, cible: Cible<FicheJointe[K][number]>, liste: K, rapport: Rapport): void {
  const attacheur = new Attacheur(fiches, cible, liste, rapport);
  for (const l of liaisons) attacheur.ajouter(l);
  attacheur.compter(rapport);
}

export const indexer = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r] as const));
export const indexerPersonnes = (personnes: readonly PersonneJointe[]) => new Map(personnes.map((p) => [idPersonne(p), p] as const));

/** The fiches by id, each with empty lists of places, services and people (the shared AUCUN). */
export function fichesJointes(fiches: readonly Fiche[]): Map<string, FicheJointe> {
  const parId = new Map<string, FicheJointe>();
  for (const fiche of fiches) parId.set(fiche.id, { fiche, lieux: AUCUN, services: AUCUN, personnes: AUCUN });
  return parId;
}

export const CIBLES = {
  lieux: { nom: 'le lieu', liste: 'lieux' },
  services: { nom: 'le service', liste: 'services' },
  personnes: { nom: 'la personne', liste: 'personnes' },
} as const;

export function joinExport(ex: ExportNormalise, rapport: Rapport): ExportJoint {
  const fiches = fichesJointes(ex.fiches);
  attacher(ex.liaisonsLieux, fiches, { nom: CIBLES.lieux.nom, parId: indexer(ex.lieux) }, CIBLES.lieux.liste, rapport);
  attacher(ex.liaisonsServices, fiches, { nom: CIBLES.services.nom, parId: indexer(ex.services) }, CIBLES.services.liste, rapport);
  attacher(ex.liaisonsPersonnes, fiches, { nom: CIBLES.personnes.nom, parId: indexerPersonnes(ex.personnes) }, CIBLES.personnes.liste, rapport);
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
