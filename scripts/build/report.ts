import type { Origine } from '../../src/core/modele.ts';
import { detacher } from './chaines.ts';

/**
 * The build report: every row that was rejected, and every value that was corrected,
 * with its file, line, id, a stable code and a French message.
 */
export type Gravite = 'rejet' | 'correction' | 'avertissement';

export interface EntreeRapport {
  gravite: Gravite;
  /** Stable code, e.g. LIAISON_ORPHELINE, COORDONNEES_INVERSEES, ID_EN_DOUBLE. */
  code: string;
  fichier: string;
  ligne: number;
  id?: string;
  champ?: string;
  message: string;
  avant?: string;
  apres?: string;
}

export interface ComptesFeuille {
  lues: number;
  gardees: number;
  rejetees: number;
}

export class Rapport {
  readonly entrees: EntreeRapport[] = [];
  readonly feuilles = new Map<string, ComptesFeuille>();

  private add(gravite: Gravite, origine: Origine, code: string, message: string, extra: Partial<EntreeRapport>) {
    // Messages and values quote cells: copies, so that an entry never holds a whole piece of a sheet.
    const entree: EntreeRapport = { gravite, code, fichier: origine.fichier, ligne: origine.ligne, message: detacher(message), ...extra };
    if (entree.avant !== undefined) entree.avant = detacher(entree.avant);
    if (entree.apres !== undefined) entree.apres = detacher(entree.apres);
    if (entree.id !== undefined) entree.id = detacher(entree.id);
    this.entrees.push(entree);
  }

  /** Appends the entries and sheet counts of a report filled apart (a sheet normalised while it was read). */
  ajouter(autre: Rapport) {
    for (const e of autre.entrees) this.entrees.push(e);
    for (const [fichier, comptes] of autre.feuilles) this.feuilles.set(fichier, comptes);
  }

  /** The row is not in the atlas. Counts against the sheet's kept rows. */
  rejet(origine: Origine, code: string, message: string, extra: Partial<EntreeRapport> = {}) {
    this.add('rejet', origine, code, message, extra);
  }

  /** A value was repaired: say what it was and what it became. */
  correction(origine: Origine, code: string, message: string, extra: Partial<EntreeRapport> = {}) {
    this.add('correction', origine, code, message, extra);
  }

  avertissement(origine: Origine, code: string, message: string, extra: Partial<EntreeRapport> = {}) {
    this.add('avertissement', origine, code, message, extra);
  }

  compterFeuille(fichier: string, comptes: ComptesFeuille) {
    this.feuilles.set(fichier, comptes);
  }

  rejetsDe(fichier: string): number {
    let n = 0;
    for (const e of this.entrees) if (e.gravite === 'rejet' && e.fichier === fichier) n++;
    return n;
  }
}
