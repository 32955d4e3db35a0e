import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

const ENTIER_FLOTTANT = /^(\d+)[.,]0+$/;
const CEDEX = /^(\d{5})\s*cedex\b.*$/i;

/** Reads a Code postal cell: 5 digits, restoring the leading zero a spreadsheet dropped (`1000` → `01000`). */
export function parseCodePostal(brut: string): Lecture<string> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  const cedex = CEDEX.exec(texte);
  if (cedex) return ok(cedex[1], 'mention CEDEX retirée');
  const reparations: string[] = [];
  let code = texte.replace(/\s+/g, '');
  if (code !== texte) reparations.push('espaces retirés');
  const flottant = ENTIER_FLOTTANT.exec(code);
  if (flottant) {
    code = flottant[1];
    reparations.push('« .0 » retiré');
  }
  if (/^\d{4}$/.test(code)) {
    code = '0' + code;
    reparations.push('zéro initial restauré');
  }
  if (!/^\d{5}$/.test(code)) return illisible('un code postal a 5 chiffres');
  return ok(code, reparations.join(', '));
}
