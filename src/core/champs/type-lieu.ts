import type { TypeLieu } from '../modele.ts';
import { foldTexte } from '../texte.ts';
import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

/** Reads the Type of a place: `Ville / village` → `ville`, `Autre` → `autre`. */
export function parseTypeLieu(brut: string): Lecture<TypeLieu> {
  const cle = foldTexte(brut);
  if (cle === '') return VIDE;
  if (/\b(?:ville|village|commune)\b/.test(cle)) return ok('ville');
  if (cle === 'autre' || cle === 'autres') return ok('autre');
  return illisible('« Ville / village » ou « Autre » est attendu');
}
