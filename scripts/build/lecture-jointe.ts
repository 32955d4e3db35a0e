/**
 * Read, normalise and join in one pass: each sheet is normalised as it is parsed, and each link
 * row attached to its fiche as soon as it is normalised (the sheets it links are read before
 * it). No row of any sheet is held as a row, nor any link as a Liaison: at a million fiches the
 * 4 million links were 20 million objects in the heap. The report is the same, in the same
 * order, as reading, normalising, then joining (joinExport).
 */
import type { Label, Liaison } from '../../src/core/modele.ts';
import { Attacheur, CIBLES, fichesJointes, finirJointure, indexer, indexerPersonnes, type ExportJoint, type FicheJointe } from './join.ts';
import { normaliserEnLisant, type NormalisationEnLecture } from './normalise.ts';
import type { FeuilleLiaison } from './normalise/liaisons.ts';
import { Rapport } from './report.ts';
import type { TextesLongs } from './textes-longs.ts';

/** joinExport's order: places, services, then people. */
const ORDRE_JOINTURE: readonly FeuilleLiaison[] = ['Liaison Lieux', 'Liaison Services', 'Liaison Personnes'];

export interface JointureEnLecture {
  lecteurs: NormalisationEnLecture['lecteurs'];
  /** Once the export is read: the joined export, and the labels for the assembly. */
  fin(): { joint: ExportJoint; labels: Label[]; fiches: number };
}

/** `personnesEnIds`: keep only each person's id (contacts not published): see PersonneJointe. */
export function joindreEnLisant(rapport: Rapport, textes: TextesLongs, { personnesEnIds = false } = {}): JointureEnLecture {
  let fiches: Map<string, FicheJointe> | undefined;
  const attaches = new Map<FeuilleLiaison, { attacheur: { ajouter(l: Liaison): void; compter(r: Rapport): void }; rapport: Rapport }>();
  const normalisation = normaliserEnLisant(rapport, textes, (nom, deja) => {
    fiches ??= fichesJointes(deja.fiches);
    const sien = new Rapport();
    const attacheur =
      nom === 'Liaison Lieux'
        ? new Attacheur(fiches, { nom: CIBLES.lieux.nom, parId: indexer(deja.lieux) }, CIBLES.lieux.liste, sien)
        : nom === 'Liaison Services'
          ? new Attacheur(fiches, { nom: CIBLES.services.nom, parId: indexer(deja.services) }, CIBLES.services.liste, sien)
          : new Attacheur(fiches, { nom: CIBLES.personnes.nom, parId: indexerPersonnes(deja.personnes) }, CIBLES.personnes.liste, sien);
    attaches.set(nom, { attacheur, rapport: sien });
    return (l) => attacheur.ajouter(l);
  }, personnesEnIds);
  return {
    lecteurs: normalisation.lecteurs,
    fin() {
      const ex = normalisation.fin();
      fiches ??= fichesJointes(ex.fiches);
      for (const nom of ORDRE_JOINTURE) {
        const a = attaches.get(nom);
        if (!a) continue;
        rapport.ajouter(a.rapport);
        a.attacheur.compter(rapport);
      }
      return { joint: finirJointure(fiches, ex, rapport), labels: ex.labels, fiches: ex.fiches.length };
    },
  };
}
