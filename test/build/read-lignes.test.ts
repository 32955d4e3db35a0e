import { describe, expect, it } from 'vitest';
import { lireFeuille } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';

const lignesDe = (texte: string) =>
  lireFeuille('Liaison Lieux', 'Liaison Lieux.csv', new TextEncoder().encode(texte), new Rapport()).lignes.map((l) => [l.ligne, l.valeurs.id_action]);

describe('line numbers of records', () => {
  it.each([
    ['numbers the first record 2, after the header', 'Id_Action;Id_Lieu\n1;a\n2;b\n', [[2, '1'], [3, '2']]],
    ['counts every line of a quoted cell', 'Id_Action;Id_Lieu\n1;"a\nb\nc"\n2;d\n', [[2, '1'], [5, '2']]],
    ['counts CRLF line breaks once', 'Id_Action;Id_Lieu\r\n1;"a\r\nb"\r\n2;c\r\n', [[2, '1'], [4, '2']]],
    ['counts old Mac CR line breaks', 'Id_Action;Id_Lieu\r1;a\r2;b\r', [[2, '1'], [3, '2']]],
    ['counts LF inside cells of a CRLF file', 'Id_Action;Id_Lieu\r\n1;"a\nb"\r\n2;c\r\n', [[2, '1'], [4, '2']]],
    ['skips a blank line but counts it', 'Id_Action;Id_Lieu\n1;a\n\n2;b\n', [[2, '1'], [4, '2']]],
    ['skips a row of bare delimiters but counts it', 'Id_Action;Id_Lieu\n;\n1;a\n', [[3, '1']]],
    ['skips trailing blank lines', 'Id_Action;Id_Lieu\n1;a\n\n\n  \n', [[2, '1']]],
    ['reads a last line without line break', 'Id_Action;Id_Lieu\n1;a\n2;b', [[2, '1'], [3, '2']]],
    ['numbers from the header when blank lines come first', '\n\nId_Action;Id_Lieu\n1;a\n', [[4, '1']]],
    ['counts a quoted line break right before the next record', 'Id_Action;Id_Lieu\n1;"a\n"\n2;b\n', [[2, '1'], [4, '2']]],
    ['counts a quoted cell that holds the delimiter and quotes', 'Id_Action;Id_Lieu\n1;"a;""b""\nc"\n2;d\n', [[2, '1'], [4, '2']]],
  ])('%s', (_, texte, attendu) => {
    expect(lignesDe(texte)).toEqual(attendu);
  });

  it('keeps cell text intact: delimiters, doubled quotes and line breaks inside quotes', () => {
    const feuille = lireFeuille('Liaison Lieux', 'x.csv', new TextEncoder().encode('Id_Action;Id_Lieu\n"1;2";"dit ""oui""\r\nfin"\n'), new Rapport());
    expect(feuille.lignes[0].valeurs).toEqual({ id_action: '1;2', id_lieu: 'dit "oui"\nfin' });
  });

  it('numbers the records of a large file of multi-line cells', () => {
    const texte = 'Id_Action;Id_Lieu\n' + Array.from({ length: 100_000 }, (_, i) => `${i};"a\nb"`).join('\n') + '\n';
    const lignes = lignesDe(texte);
    expect(lignes.at(-1)).toEqual([2 + 2 * 99_999, '99999']);
  });
});
