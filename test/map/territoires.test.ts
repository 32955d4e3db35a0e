import { describe, expect, it } from 'vitest';
import { VUES_TERRITOIRES, territoireDeRegion, territoireDuPoint, vueTerritoire } from '../../src/map/territoires.ts';

describe('territoires', () => {
  it('lists metropolitan France first, then the five DROM', () => {
    expect(VUES_TERRITOIRES.map((v) => v.code)).toEqual([
      'metropole',
      'guadeloupe',
      'martinique',
      'guyane',
      'la-reunion',
      'mayotte',
    ]);
  });

  it('covers the 18 regions once each', () => {
    const regions = VUES_TERRITOIRES.flatMap((v) => v.regions);
    expect(regions).toHaveLength(18);
    expect(new Set(regions).size).toBe(18);
  });

  it.each(VUES_TERRITOIRES.map((v) => [v.code, v]))('has valid bounds inside its basemap extent: %s', (_code, vue) => {
    const [w, s, e, n] = vue.bounds;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    const [ew, es, ee, en] = vue.etendue;
    expect(ew <= w && es <= s && ee >= e && en >= n).toBe(true);
  });

  it.each([
    [2.35, 48.85, 'metropole'], // Paris
    [9.15, 42.2, 'metropole'], // Corse
    [-61.53, 16.24, 'guadeloupe'], // Pointe-à-Pitre
    [-61.07, 14.6, 'martinique'], // Fort-de-France
    [-52.33, 4.93, 'guyane'], // Cayenne
    [55.45, -20.88, 'la-reunion'], // Saint-Denis
    [45.23, -12.78, 'mayotte'], // Mamoudzou
  ])('places %f, %f in %s', (lng, lat, code) => {
    expect(territoireDuPoint(lng, lat)?.code).toBe(code);
  });

  it('places a point at sea in no territory', () => {
    expect(territoireDuPoint(-30, 40)).toBeNull();
  });

  it('finds the territory of a region', () => {
    expect(territoireDeRegion('04')?.nom).toBe('La Réunion');
    expect(territoireDeRegion('11')?.code).toBe('metropole');
    expect(territoireDeRegion('975')).toBeNull();
  });

  it('gives a preset by code', () => {
    expect(vueTerritoire('mayotte').regions).toEqual(['06']);
  });
});
