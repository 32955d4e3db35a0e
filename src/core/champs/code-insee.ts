import type { CodeInsee } from '../modele.ts';
import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

const ENTIER_FLOTTANT = /^(\d+)[.,]0+$/;
/** A commune (`01004`, `2A004`) or, for a territoire, the 9-digit SIREN of its EPCI. */
const CODE_VALIDE = /^(?:\d{5}|2[AB]\d{3}|\d{9})$/;

/**
 * Reads an Id_INSEE cell. Format repairs only: trim, drop `.0`, uppercase `2a004`, restore the
 * leading zero a spreadsheet dropped (`1004` → `01004`). Whether the code exists, or is in fact
 * a postcode or a SIREN, is for geolocation to decide against the registry.
 */
export function parseCodeInsee(brut: string): Lecture<CodeInsee> {
  let code = brut.trim();
  if (code === '') return VIDE;
  const reparations: string[] = [];
  const sansEspaces = code.replace(/\s+/g, '');
  if (sansEspaces !== code) {
    code = sansEspaces;
    reparations.push('espaces retirés');
  }
  const flottant = ENTIER_FLOTTANT.exec(code);
  if (flottant) {
    code = flottant[1];
    reparations.push('« .0 » retiré');
  }
  if (/^2[ab]\d{3}$/i.test(code) && code !== code.toUpperCase()) {
    code = code.toUpperCase();
    reparations.push('mis en majuscules');
  }
  if (/^\d{4}$/.test(code)) {
    code = '0' + code;
    reparations.push('zéro initial restauré');
  }
  if (!CODE_VALIDE.test(code)) return illisible('un code INSEE a 5 caractères (01004, 2A004) ou un SIREN 9 chiffres');
  return ok(code, reparations.join(', '));
}
