import { describe, expect, it } from 'vitest';
import { decodePointsIndex, encodePointsIndex, type PointLigne } from '../../../src/core/points-index.ts';
import { codesEnjeux, compterEnjeux, enjeuxDe } from '../../../src/core/pairs/enjeux-couverts.ts';
import { tablesFiltres } from '../../../src/core/filtres.ts';
import { META } from '../../worker/fixture-moteur.ts';

const ligne = (collectivite: number | null, services: number[]): PointLigne => ({
  lng: 5,
  lat: 43,
  collectivite,
  services,
  annee: 2015,
  arobases: 0,
  type: 1,
  strate: null,
  region: null,
  departement: null,
  precision: 1,
});

// META: services S1 and S3 are in enjeu 1.1, S2 in 2.1 (indexes 0, 1, 2).
const index = decodePointsIndex(
  encodePointsIndex([ligne(0, [0, 2]), ligne(0, [1]), ligne(0, [0]), ligne(1, [1]), ligne(null, [0]), ligne(2, [])]),
);
const enjeux = codesEnjeux(META.taxonomie);
const cv = compterEnjeux(index, tablesFiltres(META).enjeuDuService, enjeux, 3);

describe('enjeux covered by each collectivité', () => {
  it('lists the taxonomy’s enjeux in order', () => {
    expect(enjeux).toEqual(['1.1', '2.1']);
  });

  it('counts a fiche once per enjeu, even with two services in it', () => {
    expect([...enjeuxDe(cv, 0)]).toEqual([
      ['1.1', 2],
      ['2.1', 1],
    ]);
  });

  it('counts every fiche of a collectivité, with or without services', () => {
    expect([...cv.fiches]).toEqual([3, 1, 1]);
    expect(enjeuxDe(cv, 2).size).toBe(0);
  });

  it('leaves out fiches without a collectivité and unknown indexes', () => {
    expect([...enjeuxDe(cv, 1)]).toEqual([['2.1', 1]]);
    expect(enjeuxDe(cv, 7).size).toBe(0);
    expect(enjeuxDe(cv, -1).size).toBe(0);
  });
});
