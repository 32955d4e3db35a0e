import { describe, expect, it } from 'vitest';
import { ExportError, decodeOctets, decodeWindows1252 } from '../../scripts/build/read.ts';
import { encodeWindows1252 } from '../fixtures/exports/make-fixtures.ts';

const utf8 = (texte: string) => new TextEncoder().encode(texte);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeOctets', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeOctets(utf8('Synthèse;Résultats'), 'x.csv')).toMatchObject({ texte: 'Synthèse;Résultats', encodage: 'utf-8' });
  });

  it('strips the UTF-8 BOM', () => {
    expect(decodeOctets(Uint8Array.from([...BOM, ...utf8('Id_Action')]), 'x.csv')).toMatchObject({ texte: 'Id_Action', encodage: 'utf-8-bom' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeOctets(utf8('Id_Action;Id_Lieu\n1;2\n'), 'x.csv').encodage).toBe('utf-8');
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeOctets(Uint8Array.of(0x52, 0xe9, 0x73, 0x75, 0x6c, 0x74, 0x61, 0x74, 0x73), 'x.csv')).toMatchObject({ texte: 'Résultats', encodage: 'windows-1252' });
  });

  it.each([
    ['the curly apostrophe ’ from 0x92', 'l’EPN'],
    ['the ligature œ from 0x9C', 'l’œuvre'],
    ['Œ, €, … and dashes from 0x8C, 0x80, 0x85, 0x96, 0x97', 'Œ 5 € … – —'],
    ['quotes “ ” from 0x93 and 0x94', '“cité” é'],
  ])('reads %s', (_, texte) => {
    expect(decodeOctets(encodeWindows1252(texte), 'x.csv')).toMatchObject({ texte, encodage: 'windows-1252' });
  });

  it('keeps the five unassigned Windows-1252 bytes as C1 controls, as WHATWG says', () => {
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\x81\x8d\x8f\x90\x9d');
  });

  it('reports replacement characters for invalid bytes after a UTF-8 BOM', () => {
    expect(decodeOctets(Uint8Array.from([...BOM, 0x41, 0xe9]), 'x.csv')).toEqual({ texte: 'A\ufffd', encodage: 'utf-8-bom', remplacements: true });
  });

  it.each([
    ['UTF-16 LE', [0xff, 0xfe, 0x49, 0x00]],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x49]],
    ['an xlsx workbook', [0x50, 0x4b, 0x03, 0x04, 0x14]],
    ['an xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1]],
    ['a binary file with NUL bytes', [0x49, 0x64, 0x00, 0x41]],
  ])('refuses %s with FICHIER_ILLISIBLE', (_, octets) => {
    expect(() => decodeOctets(Uint8Array.from(octets), 'Actions.csv')).toThrow(ExportError);
    try {
      decodeOctets(Uint8Array.from(octets), 'Actions.csv');
    } catch (e) {
      expect(e).toMatchObject({ code: 'FICHIER_ILLISIBLE', fichier: 'Actions.csv' });
    }
  });
});
