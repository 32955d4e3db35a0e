import { describe, expect, it } from 'vitest';
import { parseCodePostal } from '../../../src/core/champs/code-postal.ts';

describe('parseCodePostal', () => {
  it('keeps a 5-digit postcode', () => {
    expect(parseCodePostal('69001')).toEqual({ statut: 'ok', valeur: '69001' });
  });

  it.each([
    ['restores the leading zero of 1000', '1000', '01000'],
    ['drops the .0 of a postcode written as a float', '1000.0', '01000'],
    ['removes the space of 75 001', '75 001', '75001'],
    ['drops the CEDEX mention', '75700 CEDEX 07', '75700'],
  ])('%s', (_, brut, attendu) => {
    expect(parseCodePostal(brut)).toMatchObject({ statut: 'ok', valeur: attendu, reparation: expect.any(String) });
  });

  it('reads an empty cell as empty', () => {
    expect(parseCodePostal('')).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses a 3-digit postcode', '750'],
    ['refuses a town name', 'Lyon'],
  ])('%s', (_, brut) => {
    expect(parseCodePostal(brut).statut).toBe('illisible');
  });
});
