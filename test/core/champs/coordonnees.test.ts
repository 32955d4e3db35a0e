import { describe, expect, it } from 'vitest';
import { parseCoordonnee, parseCoordonnees } from '../../../src/core/champs/coordonnees.ts';

describe('parseCoordonnee', () => {
  it.each([
    ['reads decimal degrees', '43.4053', 43.4053],
    ['reads a negative longitude', '-1.5536', -1.5536],
    ['reads a leading plus sign', '+2.35', 2.35],
    ['reads a value with no integer part', '.5', 0.5],
  ])('%s', (_, brut, attendu) => {
    expect(parseCoordonnee(brut)).toEqual({ statut: 'ok', valeur: attendu });
  });

  it('accepts a French decimal comma and says so', () => {
    expect(parseCoordonnee('43,4053')).toMatchObject({ statut: 'ok', valeur: 43.4053, reparation: expect.any(String) });
  });

  it.each([
    ['treats an empty cell as missing', ''],
    ['treats 0 as missing', '0'],
    ['treats 0,0 as missing', '0,0'],
    ['treats 0.000 as missing', '0.000'],
  ])('%s', (_, brut) => {
    expect(parseCoordonnee(brut)).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses words', 'nord'],
    ['refuses degrees-minutes-seconds', '43°24\'19"'],
    ['refuses two decimal separators', '43.40.53'],
    ['refuses a thousands-grouped value', '1 234,5'],
  ])('%s', (_, brut) => {
    expect(parseCoordonnee(brut).statut).toBe('illisible');
  });
});

describe('parseCoordonnees', () => {
  it('gives [longitude, latitude]', () => {
    expect(parseCoordonnees('45.76', '4.83')).toEqual({ statut: 'ok', valeur: [4.83, 45.76] });
  });

  it('keeps swapped values as given, for geolocation to detect', () => {
    expect(parseCoordonnees('4.83', '45.76')).toEqual({ statut: 'ok', valeur: [45.76, 4.83] });
  });

  it.each([
    ['treats two empty cells as missing', '', ''],
    ['treats 0 and 0 as missing', '0', '0'],
    ['treats 0,0 and empty as missing', '0,0', ' '],
  ])('%s', (_, lat, lng) => {
    expect(parseCoordonnees(lat, lng)).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses a latitude without longitude', '45.76', ''],
    ['refuses a longitude with a zero latitude', '0', '4.83'],
    ['refuses a non-numeric latitude', 'n/a', '4.83'],
    ['refuses Lambert-93 metres, out of degree bounds', '6519201', '842666'],
  ])('%s', (_, lat, lng) => {
    expect(parseCoordonnees(lat, lng).statut).toBe('illisible');
  });

  it('accepts a longitude beyond 90 when the pair is valid in the other order', () => {
    expect(parseCoordonnees('166.45', '-22.27')).toEqual({ statut: 'ok', valeur: [-22.27, 166.45] });
  });
});
