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

type Cible<T> = { nom: string; parId: Map<string, T> };

/**
 * Attaches one link sheet to the fiches. A link row is rejected when either side is
 * unknown (LIAISON_ORPHELINE) or when it repeats an earlier row (LIAISON_EN_DOUBLE).
 */
function attacher<T>(
  liaisons: readonly Liaison[],
  fiches: Map<string, FicheJointe>,
  cible: Cible<T>,
  ajouter: (fiche: FicheJointe, autre: T) => void,
  rapport: Rapport,
): void {
  const vus = new Set<string>();
  const rejetsParFichier = new Map<string, number>();
  const rejeter = (l: Liaison, code: string, message: string) => {
    rapport.rejet(l.origine, code, message, { id: `${l.idAction}→${l.idAutre}` });
    rejetsParFichier.set(l.origine.fichier, (rejetsParFichier.get(l.origine.fichier) ?? 0) + 1);
  };
  for (const l of liaisons) {
    const fiche = fiches.get(l.idAction);
    const autre = cible.parId.get(l.idAutre);
    if (!fiche) {
      rejeter(l, 'LIAISON_ORPHELINE', `Liaison vers une fiche inconnue (Id_Action ${l.idAction}).`);
      continue;
    }
    if (autre === undefined) {
      rejeter(l, 'LIAISON_ORPHELINE', `Liaison vers ${cible.nom} inconnu(e) (${l.idAutre}).`);
      continue;
    }
    const cle = `${l.idAction}\u0000${l.idAutre}`;
    if (vus.has(cle)) {
      rejeter(l, 'LIAISON_EN_DOUBLE', `Liaison répétée entre la fiche ${l.idAction} et ${cible.nom} ${l.idAutre}.`);
      continue;
    }
    vus.add(cle);
    ajouter(fiche, autre);
  }
  for (const [fichier, n] of rejetsParFichier) {
    const c = rapport.feuilles.get(fichier);
    if (c) rapport.compterFeuille(fichier, { lues: c.lues, gardees: c.gardees - n, rejetees: c.rejetees + n });
  }
}

const indexer = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r] as const));

export function joinExport(ex: ExportNormalise, rapport: Rapport): ExportJoint {
  const fiches = new Map<string, FicheJointe>();
  for (const fiche of ex.fiches) fiches.set(fiche.id, { fiche, lieux: [], services: [], personnes: [] });

  attacher(ex.liaisonsLieux, fiches, { nom: 'le lieu', parId: indexer(ex.lieux) }, (f, l) => f.lieux.push(l), rapport);
  attacher(ex.liaisonsServices, fiches, { nom: 'le service', parId: indexer(ex.services) }, (f, s) => f.services.push(s), rapport);
  attacher(ex.liaisonsPersonnes, fiches, { nom: 'la personne', parId: indexer(ex.personnes) }, (f, p) => f.personnes.push(p), rapport);

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
