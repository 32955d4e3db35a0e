import { foldTexte } from '../texte.ts';
import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

const VRAI = new Set(['oui', 'o', 'yes', 'y', '1', '1 0', 'true', 'vrai', 'x', 'elu', 'elue']);
const FAUX = new Set(['non', 'n', 'no', '0', '0 0', 'false', 'faux']);

/** Reads a yes/no cell such as Elu: `oui`/`non`, `1`/`0`, `true`/`false`, `x`. */
export function parseBooleen(brut: string): Lecture<boolean> {
  const cle = foldTexte(brut);
  if (cle === '') return VIDE;
  if (VRAI.has(cle)) return ok(true);
  if (FAUX.has(cle)) return ok(false);
  return illisible('oui ou non est attendu');
}
