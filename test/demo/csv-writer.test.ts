import { describe, expect, it } from 'vitest';
import { CsvMemoire, type Delimiteur, type StatsGuillemets } from '../../scripts/demo/csv-writer.ts';

const ecrire = (cells: string[], delimiter: Delimiteur = ';', stats?: StatsGuillemets) => {
  const m = new CsvMemoire({ delimiter, encoding: 'utf-8', bom: false }, stats);
  m.row(cells);
  return m.take().toString('utf8');
};

describe('CsvMemoire', () => {
  it.each([
    ['simple', 'simple'],
    ['', ''],
    ['a;b', '"a;b"'],
    ['il a dit "oui"', '"il a dit ""oui"""'],
    ['ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['retour\r\nchariot', '"retour\r\nchariot"'],
    ['virgule, sans souci', 'virgule, sans souci'],
    ['Sous-titre ', 'Sous-titre '],
  ])('writes the cell %j as %j with ;', (cellule, attendu) => {
    expect(ecrire([cellule])).toBe(attendu + '\r\n');
  });

  it('quotes commas when the delimiter is a comma, and tabs for tab', () => {
    expect(ecrire(['a,b', 'c;d'], ',')).toBe('"a,b",c;d\r\n');
    expect(ecrire(['a\tb', 'c;d'], '\t')).toBe('"a\tb"\tc;d\r\n');
  });

  it('ends every record with CRLF and keeps line breaks inside cells as they are', () => {
    const m = new CsvMemoire({ delimiter: ';', encoding: 'utf-8', bom: false });
    m.row(['1', 'a\nb']);
    m.row(['2', 'c']);
    expect(m.take().toString('utf8')).toBe('1;"a\nb"\r\n2;c\r\n');
    expect(m.lignes).toBe(2);
  });

  it('counts quoted cells by reason', () => {
    const stats: StatsGuillemets = { cellules: 0, avecDelimiteur: 0, avecGuillemet: 0, avecSautDeLigne: 0 };
    ecrire(['a', 'a;b', '"x"', 'x\ny', 'x;"\n'], ';', stats);
    expect(stats).toEqual({ cellules: 4, avecDelimiteur: 2, avecGuillemet: 2, avecSautDeLigne: 2 });
  });

  it('encodes Windows-1252 one byte per character', () => {
    const m = new CsvMemoire({ delimiter: ';', encoding: 'windows-1252', bom: false });
    m.row(['l’œuvre', 'é']);
    expect([...m.take()]).toEqual([0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x3b, 0xe9, 0x0d, 0x0a]);
  });

  it('spans rows over several chunks without losing bytes', () => {
    const m = new CsvMemoire({ delimiter: ';', encoding: 'utf-8', bom: false });
    const cellule = 'é'.repeat(100_000);
    for (let i = 0; i < 30; i++) m.row([String(i), cellule]);
    const texte = m.take().toString('utf8');
    expect(texte.length).toBe(30 * (100_000 + 3) + 10 * 1 + 20 * 2); // id, ;, cell, CRLF
    expect(texte.endsWith('29;' + cellule + '\r\n')).toBe(true);
  });
});
