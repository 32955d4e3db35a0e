/**
 * A CSV writer for French spreadsheets: UTF-8 with a BOM (Excel then reads the accents right),
 * `;` between cells (the list separator of a French locale, where `,` is the decimal comma),
 * CRLF line ends, cells quoted when they hold `;`, `"`, CR or LF, quotes doubled.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab
 * or a CR is run as a formula by spreadsheets; such a cell gets a leading apostrophe, which
 * Excel and LibreOffice show as text. Numbers are written as numbers (a decimal comma), so a
 * negative longitude stays a number and is not neutralised.
 */

export const BOM = '\uFEFF';
export const SEPARATEUR = ';';
export const FIN_DE_LIGNE = '\r\n';

export type Cellule = string | number | null | undefined;

const DEBUT_FORMULE = /^[=+\-@\t\r]/;
const A_GUILLEMETER = /[;"\r\n]/;

/** A text cell made harmless for a spreadsheet: `=1+1` → `'=1+1`. */
export function neutraliserFormule(texte: string): string {
  return DEBUT_FORMULE.test(texte) ? "'" + texte : texte;
}

/** A number as French Excel reads it: decimal comma, no thousands separator. */
export function nombreCsv(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(n).replace('.', ',');
}

export function celluleCsv(c: Cellule): string {
  if (c === null || c === undefined) return '';
  const texte = typeof c === 'number' ? nombreCsv(c) : neutraliserFormule(c);
  return A_GUILLEMETER.test(texte) ? '"' + texte.replace(/"/g, '""') + '"' : texte;
}

export function ligneCsv(cellules: readonly Cellule[]): string {
  return cellules.map(celluleCsv).join(SEPARATEUR);
}

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function ecrireCsv(entetes: readonly string[], lignes: Iterable<readonly Cellule[]>): string {
  const parties = [BOM, ligneCsv(entetes), FIN_DE_LIGNE];
  for (const l of lignes) parties.push(ligneCsv(l), FIN_DE_LIGNE);
  return parties.join('');
}
