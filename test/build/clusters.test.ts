/**
 * Precomputed cluster tiles (scripts/build/write/clusters.ts) on a small demo built with
 * --vector-tiles: atlas.json names the mode and the archive, and the archive, read back with the
 * pmtiles reader and decoded as vector tiles, holds every placed fiche once at every zoom.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { tuileDuPoint } from '../../src/core/atlas-data.ts';
import { decodePointsIndex } from '../../src/core/points-index.ts';
import { PMTiles, type Source } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/build-atlas.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';
import { SEUIL_TUILES_VECTORIELLES, proprietesDessin } from '../../scripts/build/write/clusters.ts';
import { cleDonut } from '../../src/worker/donut-cle.ts';
import { etiquetteCompte } from '../../src/worker/moteur.ts';
import type { AtlasMeta } from '../../src/core/atlas-data.ts';

const racine = mkdtempSync(join(tmpdir(), 'atlaas-clusters-'));
let meta: AtlasMeta;
let archive: PMTiles;
let points: ReturnType<typeof decodePointsIndex>;

beforeAll(async () => {
  await generateDemo({ out: join(racine, 'export'), count: 800, quiet: true });
  await buildAtlas({ input: join(racine, 'export'), out: join(racine, 'atlas'), quiet: true, vectorTiles: true });
  meta = JSON.parse(readFileSync(join(racine, 'atlas', 'atlas.json'), 'utf8'));
  const bin = readFileSync(join(racine, 'atlas', meta.fichiers.points));
  points = decodePointsIndex(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer);
  const octets = readFileSync(join(racine, 'atlas', meta.fichiers.clusters!));
  const source: Source = {
    getKey: () => 'clusters',
    getBytes: async (offset, length) => ({ data: octets.buffer.slice(octets.byteOffset + offset, octets.byteOffset + offset + length) as ArrayBuffer }),
  };
  archive = new PMTiles(source);
}, 120_000);
afterAll(() => rmSync(racine, { recursive: true, force: true }));

/** Every feature of the clusters layer at zoom z, over the tiles that hold a placed fiche. */
async function features(z: number) {
  const tuiles = new Set<string>();
  for (let i = 0; i < points.n; i++) if (!Number.isNaN(points.lng[i])) tuiles.add(tuileDuPoint(points.lng[i], points.lat[i], z).join('/'));
  const liste: Record<string, number | string>[] = [];
  for (const cle of tuiles) {
    const [x, y] = cle.split('/').map(Number);
    const r = await archive.getZxy(z, x, y);
    if (!r) continue;
    const couche = new VectorTile(new PbfReader(new Uint8Array(r.data))).layers[meta.carte!.couche!];
    for (let k = 0; k < couche.length; k++) {
      const f = couche.feature(k);
      const [[p]] = f.loadGeometry();
      // The margin repeats features near an edge in the neighbour tile: count each in its own.
      if (p.x >= 0 && p.y >= 0 && p.x < couche.extent && p.y < couche.extent) liste.push(f.properties as Record<string, number | string>);
    }
  }
  return liste;
}

describe('an atlas built with precomputed cluster tiles', () => {
  it('says so in atlas.json, with the archive under a hashed name', () => {
    expect(meta.carte).toMatchObject({ mode: 'tuiles-vectorielles', seuil: SEUIL_TUILES_VECTORIELLES, couche: 'clusters' });
    expect(meta.fichiers.clusters).toMatch(/^clusters\.[0-9a-f]{10}\.pmtiles$/);
    expect(readdirSync(join(racine, 'atlas')).filter((f) => f.endsWith('.pmtiles'))).toEqual([meta.fichiers.clusters]);
  });

  it('is a vector tile archive from zoom 0 to the announced zoom', async () => {
    const h = await archive.getHeader();
    expect(h.tileType).toBe(1);
    expect([h.minZoom, h.maxZoom]).toEqual([0, meta.carte!.zoomMax]);
  });

  it('counts every placed fiche once at zoom 0, at zoom 6 and at the last zoom, and per axe as often', async () => {
    for (const z of [0, 6, meta.carte!.zoomMax!]) {
      const f = await features(z);
      expect(f.reduce((s, p) => s + Number(p.n), 0), `z${z}`).toBe(meta.places);
      const parAxe = meta.taxonomie.axes.map((_, k) => f.reduce((s, p) => s + Number(p['a' + k]), 0));
      expect(parAxe.reduce((s, n) => s + n, 0)).toBeLessThanOrEqual(meta.places);
      expect(parAxe.reduce((s, n) => s + n, 0)).toBeGreaterThan(meta.places * 0.9);
    }
  });

  it('gives each feature what the map draws it with, as the worker does: kind, dominant axe, donut, label, zoom or fiche', async () => {
    const nbAxes = meta.taxonomie.axes.length;
    for (const z of [0, 6, meta.carte!.zoomMax!]) {
      for (const p of await features(z)) {
        const n = Number(p.n);
        const compte = meta.taxonomie.axes.map((_, k) => Number(p['a' + k]));
        const max = Math.max(...compte);
        expect(p.r).toBe(max > 0 ? compte.indexOf(max) : -1);
        if (p.zoom !== undefined) {
          expect(p).toMatchObject({ k: 'c', d: cleDonut(compte), t: etiquetteCompte(n) });
          expect(p.zoom as number).toBeGreaterThanOrEqual(z);
          expect(p.i).toBeUndefined();
        } else {
          expect(Number.isInteger(p.i) && (p.i as number) < meta.total).toBe(true);
          if (n > 1) expect(p).toMatchObject({ k: 'p', d: cleDonut(compte), t: etiquetteCompte(n) });
          else expect(p.k).toBe('f');
        }
      }
      expect(nbAxes).toBeGreaterThan(0);
    }
  });

  it('clusters more at low zooms: fewer features at zoom 0 than at the last zoom', async () => {
    expect((await features(0)).length).toBeLessThan((await features(meta.carte!.zoomMax!)).length);
  });

  it.each([
    [{ n: 5, a0: 1, a1: 3, a2: 1 }, true, { k: 'c', r: 1, d: cleDonut([1, 3, 1]), t: '5' }],
    [{ n: 1200, a0: 600, a1: 600, a2: 0 }, false, { k: 'p', r: 0, d: cleDonut([600, 600, 0]), t: '1 200' }],
    [{ n: 2, a0: 0, a1: 0, a2: 0 }, false, { k: 'p', r: -1, d: cleDonut([0, 0, 0]), t: '2' }],
    [{ n: 1, a0: 0, a1: 0, a2: 1 }, false, { k: 'f', r: 2 }],
  ])('draws %j (cluster: %s) as %j', (p, cluster, attendu) => {
    expect(proprietesDessin(p, 3, cluster)).toEqual(attendu);
  });

  it('is left out below the threshold unless asked for', async () => {
    const out = join(racine, 'sans');
    await buildAtlas({ input: join(racine, 'export'), out, quiet: true });
    const m: AtlasMeta = JSON.parse(readFileSync(join(out, 'atlas.json'), 'utf8'));
    expect(m.carte?.mode).toBe('points');
    expect(m.fichiers.clusters).toBeUndefined();
  }, 60_000);
});
