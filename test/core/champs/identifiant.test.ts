import { describe, expect, it } from 'vitest';
import { parseIdentifiant } from '../../../src/core/champs/identifiant.ts';

describe('parseIdentifiant', () => {
  it.each([
    ['keeps an integer id as written', '15291', '15291'],
    ['trims the spaces around an id', '  15291 ', '15291'],
    ['keeps a service id such as S12', 'S12', 'S12'],
    ['keeps leading zeros, since ids are strings', '007', '007'],
    ['keeps a decimal id that is not a float of an integer', '15291.5', '15291.5'],
  ])('%s', (_, brut, attendu) => {
    expect(parseIdentifiant(brut)).toEqual({ statut: 'ok', valeur: attendu });
  });

  it.each([
    ['drops the .0 of an id written as a float', '15291.0', '15291'],
    ['drops a decimal-comma ,0', '15291,0', '15291'],
    ['drops several zeros after the point', ' 42.000 ', '42'],
  ])('%s', (_, brut, attendu) => {
    expect(parseIdentifiant(brut)).toMatchObject({ statut: 'ok', valeur: attendu, reparation: expect.any(String) });
  });

  it.each([
    ['reads an empty cell as empty', ''],
    ['reads a cell of spaces as empty', '   '],
  ])('%s', (_, brut) => {
    expect(parseIdentifiant(brut)).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses an id with an inner space', '152 91'],
    ['refuses an id with a line break', '15\n291'],
  ])('%s', (_, brut) => {
    expect(parseIdentifiant(brut).statut).toBe('illisible');
  });
});
