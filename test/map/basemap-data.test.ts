/** The committed basemap files (public/basemap/, made by scripts/basemap/generate-basemap.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { VUES_TERRITOIRES } from '../../src/map/territoires.ts';

const dir = resolve(import.meta.dirname, '../../public/basemap');
const read = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as FeatureCollection;
const departements = read('departements.geojson');
const regions = read('regions.geojson');
const labels = read('labels.geojson');
const pays = read('pays.geojson');

const require = createRequire(import.meta.url);
const registre = require('@etalab/decoupage-administratif/data/departements.json') as {
  code: string;
  nom: string;
  region: string;
  zone: string;
}[];
const attendus = registre.filter((d) => d.zone !== 'com');

function positions(fc: FeatureCollection): number[][] {
  const out: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of fc.features) walk((f.geometry as Polygon).coordinates);
  return out;
}

describe('basemap files', () => {
  it('has the 101 departments of the registry, with their names and regions', () => {
    const got = departements.features.map((f) => f.properties).map((p) => `${p!.code} ${p!.nom} ${p!.region}`);
    expect(got.sort()).toEqual(attendus.map((d) => `${d.code} ${d.nom} ${d.region}`).sort());
    expect(got).toHaveLength(101);
  });

  it('has the 18 regions, each listing its departments', () => {
    expect(regions.features).toHaveLength(18);
    for (const r of regions.features) {
      const membres = attendus.filter((d) => d.region === r.properties!.code).map((d) => d.code).sort();
      expect(r.properties!.departements).toEqual(membres);
    }
  });

  it('keeps Corsica as 2A and 2B', () => {
    const codes = departements.features.map((f) => f.properties!.code);
    expect(codes).toContain('2A');
    expect(codes).toContain('2B');
    expect(codes).not.toContain('20');
  });

  it('rounds coordinates to at most 4 decimals', () => {
    for (const fc of [departements, regions, pays]) {
      for (const [x, y] of positions(fc)) {
        expect(Math.round(x * 1e4) / 1e4).toBe(x);
        expect(Math.round(y * 1e4) / 1e4).toBe(y);
      }
    }
  });

  it('puts every department inside its territory preset', () => {
    for (const f of departements.features) {
      const vue = VUES_TERRITOIRES.find((v) => v.regions.includes(f.properties!.region));
      const [w, s, e, n] = vue!.bounds;
      for (const [x, y] of positions({ type: 'FeatureCollection', features: [f] })) {
        expect(x >= w && x <= e && y >= s && y <= n, `${f.properties!.code} ${x},${y}`).toBe(true);
      }
    }
  });

  it('places each label inside the unit it names', () => {
    for (const l of labels.features as Feature<Point>[]) {
      const { niveau, code } = l.properties!;
      const unit = (niveau === 'region' ? regions : departements).features.find((f) => f.properties!.code === code);
      expect(unit, `${niveau} ${code}`).toBeDefined();
      expect(booleanPointInPolygon(l.geometry, unit as Feature<Polygon | MultiPolygon>), `${niveau} ${code}`).toBe(true);
    }
  });

  it('labels the 18 regions and the 96 metropolitan departments', () => {
    expect(labels.features.filter((f) => f.properties!.niveau === 'region')).toHaveLength(18);
    expect(labels.features.filter((f) => f.properties!.niveau === 'departement')).toHaveLength(96);
  });
});
