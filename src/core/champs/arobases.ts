import { type Lecture, VIDE, illisible, ok } from './lecture.ts';
import { parseNombre } from './nombre.ts';

/** Reads the Arobases of a label, 1 to 5: `3`, `3.0`, or written as `@@@`. */
export function parseArobases(brut: string): Lecture<number> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  const arobases = /^@+$/.test(texte) ? ok(texte.length, '@ comptées') : parseNombre(texte.replace(/\s*@$/, ''));
  if (arobases.statut !== 'ok') return illisible('un nombre d\'arobases de 1 à 5 est attendu');
  if (arobases.valeur < 1 || arobases.valeur > 5) return illisible(`${arobases.valeur} arobases : de 1 à 5 sont attendues`);
  return arobases;
}
