import { describe, expect, it } from 'vitest';
import type { CommuneRepere } from '../../src/core/atlas-data.ts';
import { chercherCommunes, indexerCommunes } from '../../src/data/communes.ts';

const COMMUNES: CommuneRepere[] = [
  ['42218', 'Saint-Étienne', '42', 4.39, 45.43, 173136],
  ['76575', 'Saint-Étienne-du-Rouvray', '76', 1.1, 49.38, 28696],
  ['63338', 'Saint-Étienne-sur-Usson', '63', 3.4, 45.5, 250],
  ['06088', 'Nice', '06', 7.27, 43.7, 342669],
  ['25620', 'Villers-Saint-Étienne', '25', 6.0, 47.0, 100],
  ['2A004', 'Ajaccio', '2A', 8.74, 41.93, 71361],
  ['13055', 'Marseille', '13', 5.37, 43.3, 870321],
  ['59350', 'Lille', '59', 3.06, 50.63, 236234],
  ['69123', 'Lyon', '69', 4.83, 45.76, 522250],
  ['80021', 'Allonville', '80', 2.36, 49.94, 700],
  ['59000', 'Lillers', '62', 2.48, 50.56, 9800],
];
const index = indexerCommunes(COMMUNES);
const noms = (q: string, n = 8) => chercherCommunes(index, q, n).map((c) => c.nom);

describe('chercherCommunes', () => {
  it('finds Saint-Étienne from "st etienne", first', () => {
    expect(noms('st etienne')[0]).toBe('Saint-Étienne');
  });

  it.each(['saint-etienne', 'SAINT ÉTIENNE', 'St-Étienne', 'st étienne', 'saint etienne '])('ignores accents, case and hyphens: %s', (q) => {
    expect(noms(q)[0]).toBe('Saint-Étienne');
  });

  it('ranks prefix matches before other matches, then by population', () => {
    expect(noms('saint etienne')).toEqual(['Saint-Étienne', 'Saint-Étienne-du-Rouvray', 'Saint-Étienne-sur-Usson', 'Villers-Saint-Étienne']);
    expect(noms('lil')).toEqual(['Lille', 'Lillers']);
  });

  it('puts an exact name before longer names that start with it', () => {
    expect(noms('lille')[0]).toBe('Lille');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(noms('   ')).toEqual([]);
    expect(noms('saint', 2)).toHaveLength(2);
  });

  it('gives code, department and position', () => {
    expect(chercherCommunes(index, 'ajaccio')[0]).toEqual({ code: '2A004', nom: 'Ajaccio', departement: '2A', lng: 8.74, lat: 41.93, population: 71361 });
  });
});
