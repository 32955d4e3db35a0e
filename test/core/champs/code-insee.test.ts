import { describe, expect, it } from 'vitest';
import { parseCodeInsee } from '../../../src/core/champs/code-insee.ts';

describe('parseCodeInsee', () => {
  it.each([
    ['keeps a 5-digit code', '75056'],
    ['keeps a code with its leading zero', '01004'],
    ['keeps a Corsican code', '2A004'],
    ['keeps the 9-digit SIREN of an EPCI', '200046977'],
  ])('%s', (_, code) => {
    expect(parseCodeInsee(code)).toEqual({ statut: 'ok', valeur: code });
  });

  it.each([
    ['restores the leading zero of 1004', '1004', '01004'],
    ['drops the .0 of a code written as a float', '75056.0', '75056'],
    ['drops .0 and restores the zero of 1004.0', '1004.0', '01004'],
    ['uppercases a Corsican code', '2b033', '2B033'],
    ['removes spaces inside a code', '01 004', '01004'],
  ])('%s', (_, brut, attendu) => {
    expect(parseCodeInsee(brut)).toMatchObject({ statut: 'ok', valeur: attendu, reparation: expect.any(String) });
  });

  it('trims without calling it a repair', () => {
    expect(parseCodeInsee(' 75056 ')).toEqual({ statut: 'ok', valeur: '75056' });
  });

  it('reads an empty cell as empty', () => {
    expect(parseCodeInsee('  ')).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses a 3-digit code', '123'],
    ['refuses a 6-digit code', '123456'],
    ['refuses letters', 'Paris'],
    ['refuses a code with other letters than 2A/2B', '3A004'],
  ])('%s', (_, brut) => {
    expect(parseCodeInsee(brut).statut).toBe('illisible');
  });
});
