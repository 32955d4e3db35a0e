/**
 * What a parser of one messy cell makes of it. Parsers never throw and never report:
 * they say what they read, and the build stage turns that into report entries.
 *
 * - `vide`: nothing to read (empty cell, or a placeholder such as `0` for a coordinate);
 * - `ok`: a value, with `reparation` saying in French what was repaired to reach it
 *   (`« .0 » retiré`, `zéro initial restauré`), so the report can show avant → après;
 * - `illisible`: the cell holds something that is not a value of this column.
 */
export type Lecture<T> =
  | { statut: 'vide' }
  | { statut: 'ok'; valeur: T; reparation?: string }
  | { statut: 'illisible'; raison: string };

export const VIDE: Lecture<never> = { statut: 'vide' };

export function ok<T>(valeur: T, reparation?: string): Lecture<T> {
  return reparation ? { statut: 'ok', valeur, reparation } : { statut: 'ok', valeur };
}

export function illisible(raison: string): Lecture<never> {
  return { statut: 'illisible', raison };
}

/** The value of a reading, or undefined when it is empty or unreadable. */
export function valeurDe<T>(lecture: Lecture<T>): T | undefined {
  return lecture.statut === 'ok' ? lecture.valeur : undefined;
}
