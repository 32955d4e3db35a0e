import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, celluleCsv, ecrireCsv, neutraliserFormule, nombreCsv } from '../../src/core/csv.ts';

/** Reads a file as French Excel does: strip the BOM, `;` separator, quoted cells. */
function lireCommeExcel(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const r = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: false });
  expect(r.errors).toEqual([]);
  const lignes = r.data;
  if (lignes.length && lignes[lignes.length - 1].length === 1 && lignes[lignes.length - 1][0] === '') lignes.pop();
  return lignes;
}

describe('CSV writer for French Excel', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = ecrireCsv(['a', 'b'], [['1', '2'], ['3', '4']]);
    expect(csv).toBe(BOM + 'a;b\r\n1;2\r\n3;4\r\n');
  });

  it('round-trips accents, separators, quotes and line breaks through a `;` parser', () => {
    const lignes = [
      ['Médiathèque « numérique »', 'Saint-Étienne', 'Œuvre; deux'],
      ['Il a dit "bonjour"', 'ligne 1\nligne 2', 'CR\r\nLF'],
      ['', 'fin', '"'],
    ];
    const relues = lireCommeExcel(ecrireCsv(['titre', 'commune', 'note'], lignes));
    expect(relues).toEqual([['titre', 'commune', 'note'], ...lignes]);
  });

  it('doubles the quotes inside a quoted cell', () => {
    expect(celluleCsv('a "b" c')).toBe('"a ""b"" c"');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "'\r=1"],
  ])('neutralises a cell that starts like a formula: %j', (avant, apres) => {
    expect(neutraliserFormule(avant)).toBe(apres);
    const relue = lireCommeExcel(ecrireCsv(['x'], [[avant]]))[1][0];
    expect(relue).toBe(apres);
  });

  it('leaves ordinary text alone, even with a formula sign further in', () => {
    expect(neutraliserFormule('Budget = 3 000 €')).toBe('Budget = 3 000 €');
    expect(neutraliserFormule("'déjà")).toBe("'déjà");
  });

  it('writes numbers with a decimal comma and does not neutralise negative numbers', () => {
    expect(nombreCsv(-1.5)).toBe('-1,5');
    expect(celluleCsv(-0.25)).toBe('-0,25');
    expect(celluleCsv(2024)).toBe('2024');
    expect(celluleCsv(Number.NaN)).toBe('');
  });

  it('writes null and undefined as empty cells', () => {
    expect(ecrireCsv(['a', 'b', 'c'], [[null, undefined, 0]])).toBe(BOM + 'a;b;c\r\n;;0\r\n');
  });
});
