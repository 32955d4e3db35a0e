import { describe, expect, it } from 'vitest';
import { parseNombre } from '../../../src/core/champs/nombre.ts';

describe('parseNombre', () => {
  it('reads an integer without calling it a repair', () => {
    expect(parseNombre('12345')).toEqual({ statut: 'ok', valeur: 12345 });
  });

  it.each([
    ['removes the spaces between thousands', '12 345', 12345],
    ['removes no-break spaces between thousands', '1\u00a0234\u202f567', 1234567],
    ['drops the .0 of a count written as a float', '12345.0', 12345],
    ['reads dots as thousands separators', '12.345', 12345],
    ['reads commas as thousands separators', '1,234,567', 1234567],
    ['removes apostrophes between thousands', "12'345", 12345],
  ])('%s', (_, brut, attendu) => {
    expect(parseNombre(brut)).toMatchObject({ statut: 'ok', valeur: attendu, reparation: expect.any(String) });
  });

  it('reads an empty cell as empty', () => {
    expect(parseNombre('')).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses a fraction', '12.5'],
    ['refuses a negative count', '-3'],
    ['refuses words', 'environ 300'],
    ['refuses mixed thousands separators', '1.234,567'],
  ])('%s', (_, brut) => {
    expect(parseNombre(brut).statut).toBe('illisible');
  });
});
