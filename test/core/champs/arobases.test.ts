import { describe, expect, it } from 'vitest';
import { parseArobases } from '../../../src/core/champs/arobases.ts';

describe('parseArobases', () => {
  it.each([
    ['reads 1', '1', 1],
    ['reads 5', '5', 5],
    ['reads 3 @', '3 @', 3],
  ])('%s', (_, brut, attendu) => {
    expect(parseArobases(brut)).toEqual({ statut: 'ok', valeur: attendu });
  });

  it.each([
    ['counts @@@ as 3', '@@@', 3],
    ['drops the .0 of 4.0', '4.0', 4],
  ])('%s', (_, brut, attendu) => {
    expect(parseArobases(brut)).toMatchObject({ statut: 'ok', valeur: attendu, reparation: expect.any(String) });
  });

  it('reads an empty cell as empty', () => {
    expect(parseArobases('')).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses 0', '0'],
    ['refuses 6', '6'],
    ['refuses @@@@@@', '@@@@@@'],
    ['refuses 2.5', '2.5'],
    ['refuses words', 'trois'],
  ])('%s', (_, brut) => {
    expect(parseArobases(brut).statut).toBe('illisible');
  });
});
