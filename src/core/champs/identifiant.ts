import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

/** `15291.0` or `15291,0`: an id that a spreadsheet wrote as a float. */
const ENTIER_FLOTTANT = /^(\d+)[.,]0+$/;
const ESPACE_OU_CONTROLE = /[\s\u0000-\u001f\u007f]/;

/**
 * Reads an id cell (Id_Action, Id_Lieu, Id_Service `S12`, ...). Ids stay strings;
 * the only repair is dropping the `.0` of an id written as a float (`15291.0` → `15291`).
 */
export function parseIdentifiant(brut: string): Lecture<string> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  const flottant = ENTIER_FLOTTANT.exec(texte);
  if (flottant) return ok(flottant[1], '« .0 » retiré');
  if (ESPACE_OU_CONTROLE.test(texte)) return illisible('un identifiant ne contient ni espace ni saut de ligne');
  return ok(texte);
}
