import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

/** Spaces, no-break spaces and apostrophes that French spreadsheets put between thousands. */
const SEPARATEURS_ESPACES = /[\s\u00a0\u202f'’]/g;
const ENTIER_FLOTTANT = /^(\d+)[.,]0+$/;
const MILLIERS_PONCTUES = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a count such as Population: a non-negative integer. Accepts `12 345`, `12345.0`
 * and thousands separators `12.345`; a count is never fractional, so `12.345` is 12345.
 */
export function parseNombre(brut: string): Lecture<number> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  const compact = texte.replace(SEPARATEURS_ESPACES, '');
  if (/^\d+$/.test(compact)) return ok(Number(compact), compact !== texte ? 'séparateurs de milliers retirés' : undefined);
  const flottant = ENTIER_FLOTTANT.exec(compact);
  if (flottant) return ok(Number(flottant[1]), '« .0 » retiré');
  if (MILLIERS_PONCTUES.test(compact)) return ok(Number(compact.replace(/[.,]/g, '')), 'séparateurs de milliers retirés');
  return illisible('un nombre entier est attendu');
}
