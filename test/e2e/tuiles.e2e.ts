/**
 * The precomputed cluster tiles in the browser (src/map/tuiles-clusters.ts): the demo atlas built
 * with --vector-tiles, a test-only page (test/e2e/tuiles/) built with Vite beside it, both served
 * under a base path. Checks that the clusters come from the PMTiles archive by range requests, that
 * they count every placed fiche once, and what a click finds.
 *
 *   ATLAAS_TUILES_DIST=<dir>  where to build the page and its data (default: a temporary folder, removed after)
 *
 * Needs no site from global-setup: run alone with E2E_SKIP_BUILD=force.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas, OPTIONS_PAR_DEFAUT, RACINE } from '../../scripts/build-atlas.ts';
import { ensureDemo } from '../../scripts/ensure-demo.ts';
import type { AtlasMeta } from '../../src/core/atlas-data.ts';
import type { EntiteTuile } from '../../src/map/tuiles-clusters-lecture.ts';
import type { EntiteVisible } from '../../src/map/tuiles-clusters.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const BASE = '/atlaas/';
const dossierDemande = process.env.ATLAAS_TUILES_DIST;
const dossier = dossierDemande ? resolve(dossierDemande) : mkdtempSync(join(tmpdir(), 'atlaas-tuiles-'));

let server: StaticServer;
let browser: Browser;
let ctx: OfflineContext;
let meta: AtlasMeta;
/** Status of every response for the archive, in order. */
const reponsesArchive: number[] = [];

interface Banc {
  tuiles: { entiteSous(p: { x: number; y: number }): EntiteTuile | null; entitesVisibles(): EntiteVisible[] };
  map: { getZoom(): number; getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } };
  aller(lng: number, lat: number, zoom: number): Promise<void>;
}
type Fenetre = { __tuiles?: Banc; __tuilesErreur?: string; __tuilesPret?: Promise<void> };

beforeAll(async () => {
  await build({
    configFile: false,
    root: resolve(RACINE, 'test/e2e/tuiles'),
    base: './',
    publicDir: resolve(RACINE, 'public'),
    logLevel: 'warn',
    build: { outDir: dossier, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
  // The data of public/ (if any) copied by Vite is not the one to test.
  rmSync(join(dossier, 'data'), { recursive: true, force: true });
  await ensureDemo(OPTIONS_PAR_DEFAUT.input);
  await buildAtlas({ input: OPTIONS_PAR_DEFAUT.input, out: join(dossier, 'data'), vectorTiles: true, quiet: true });
  meta = JSON.parse(readFileSync(join(dossier, 'data', 'atlas.json'), 'utf8'));

  server = await serveStatic(dossier, { base: BASE });
  browser = await launchChromium();
  ctx = await newOfflineContext(browser);
  ctx.page.on('response', (r) => {
    if (r.url().endsWith('.pmtiles')) reponsesArchive.push(r.status());
  });
  await ctx.page.goto(server.url + 'index.html?lng=0&lat=20&zoom=1');
  await ctx.page.waitForFunction(() => {
    const w = window as unknown as Fenetre;
    return !!w.__tuiles || !!w.__tuilesErreur;
  }, null, { timeout: 90_000 });
  const erreur = await ctx.page.evaluate(() => (window as unknown as Fenetre).__tuilesErreur);
  if (erreur) throw new Error(`page des tuiles : ${erreur}`);
}, 240_000);

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.close();
  if (!dossierDemande) rmSync(dossier, { recursive: true, force: true });
});

const visibles = () => ctx.page.evaluate(() => (window as unknown as Required<Fenetre>).__tuiles.tuiles.entitesVisibles());
const sous = (x: number, y: number) => ctx.page.evaluate(([x, y]) => (window as unknown as Required<Fenetre>).__tuiles.tuiles.entiteSous({ x, y }), [x, y]);
const aller = (lng: number, lat: number, zoom: number) =>
  ctx.page.evaluate(([lng, lat, zoom]) => (window as unknown as Required<Fenetre>).__tuiles.aller(lng, lat, zoom), [lng, lat, zoom]);

/** The features of the archive's tiles of zoom z that lie inside a bbox, read in Node (each in its own tile, not in a neighbour's margin). */
async function dansArchive(z: number, [w, s, e, n]: [number, number, number, number]) {
  const octets = readFileSync(join(dossier, 'data', meta.fichiers.clusters!));
  const source: Source = {
    getKey: () => 'archive',
    getBytes: async (offset, length) => ({ data: octets.buffer.slice(octets.byteOffset + offset, octets.byteOffset + offset + length) as ArrayBuffer }),
  };
  const archive = new PMTiles(source);
  const tx = (lng: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
  const ty = (lat: number) => Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 2 ** z);
  const trouvees: { k: string; n: number }[] = [];
  for (let x = tx(w); x <= tx(e); x++) {
    for (let y = ty(n); y <= ty(s); y++) {
      const r = await archive.getZxy(z, x, y);
      if (!r) continue;
      const couche = new VectorTile(new PbfReader(new Uint8Array(r.data))).layers[meta.carte!.couche!];
      for (let k = 0; k < couche.length; k++) {
        const f = couche.feature(k);
        const [[p]] = f.loadGeometry();
        if (p.x < 0 || p.y < 0 || p.x >= couche.extent || p.y >= couche.extent) continue;
        const [lng, lat] = (f.toGeoJSON(x, y, z).geometry as GeoJSON.Point).coordinates;
        if (lng >= w && lng <= e && lat >= s && lat <= n) trouvees.push({ k: String(f.properties.k), n: Number(f.properties.n) });
      }
    }
  }
  return trouvees;
}

describe('the map of an atlas built with precomputed cluster tiles', () => {
  it('is such an atlas: the demo, every fiche placed in the archive', () => {
    expect(meta.carte?.mode).toBe('tuiles-vectorielles');
    expect(meta.places).toBeGreaterThan(10_000);
  });

  it('reads the archive by range requests only (206), never the whole file', () => {
    expect(reponsesArchive.length).toBeGreaterThanOrEqual(2);
    expect(reponsesArchive.every((s) => s === 206)).toBe(true);
  });

  it('draws clusters from the archive, whose counts add up to the placed fiches at the first zoom', async () => {
    const e = await visibles();
    expect(e.filter((f) => f.k === 'c').length).toBeGreaterThan(0);
    expect(e.reduce((s, f) => s + f.n, 0)).toBe(meta.places);
  });

  it('draws each feature of the archive in the view once, though neighbouring tiles repeat those near their edges in their margins', async () => {
    await aller(4.85, 45.76, 9);
    const b = await ctx.page.evaluate(() => {
      const m = (window as unknown as Required<Fenetre>).__tuiles.map.getBounds();
      return [m.getWest(), m.getSouth(), m.getEast(), m.getNorth()] as [number, number, number, number];
    });
    const archive = await dansArchive(9, b);
    const e = await visibles();
    expect(archive.length).toBeGreaterThan(20);
    expect(e.length).toBe(archive.length);
    expect(e.reduce((s, f) => s + f.n, 0)).toBe(archive.reduce((s, f) => s + f.n, 0));
    for (const k of ['c', 'p', 'f']) expect(e.filter((f) => f.k === k).length, k).toBe(archive.filter((f) => f.k === k).length);
    await aller(0, 20, 1);
  });

  it('finds the biggest cluster under its pixel, with a zoom where it splits', async () => {
    const e = await visibles();
    const plus = e.filter((f) => f.k === 'c').sort((a, b) => b.n - a.n)[0];
    const trouve = await sous(plus.x, plus.y);
    expect(trouve?.k).toBe('c');
    expect(trouve?.n).toBe(plus.n);
    if (trouve?.k !== 'c' || trouve.zoom === null) throw new Error('cluster sans zoom');
    expect(trouve.zoom).toBeGreaterThan(1);

    // At that zoom, what is drawn at its place holds fewer fiches: it split.
    await aller(trouve.lng, trouve.lat, trouve.zoom);
    const apres = await visibles();
    const centre = apres.reduce((a, b) => (Math.hypot(a.x - 640, a.y - 400) <= Math.hypot(b.x - 640, b.y - 400) ? a : b));
    expect(centre.n).toBeLessThan(trouve.n);
  });

  it('finds a single fiche under its pixel, with its index in points.bin', async () => {
    // Zoom 13 over Lyon: towns with one fiche are drawn on their own.
    await aller(4.85, 45.76, 13);
    let fiche = (await visibles()).find((f) => f.k === 'f');
    for (const [lng, lat] of [[2.35, 48.86], [-1.55, 47.22], [1.44, 43.6]]) {
      if (fiche) break;
      await aller(lng, lat, 13);
      fiche = (await visibles()).find((f) => f.k === 'f');
    }
    if (!fiche) throw new Error('aucune fiche seule dessinée à zoom 13');
    const trouve = await sous(fiche.x, fiche.y);
    expect(trouve).toMatchObject({ k: 'f', n: 1, i: fiche.i });
    expect(Number.isInteger(fiche.i) && fiche.i! >= 0 && fiche.i! < meta.total).toBe(true);
  });

  it('finds a pile under its pixel, with its count and the index of its first fiche', async () => {
    await aller(2.35, 48.86, 11);
    const pile = (await visibles()).find((f) => f.k === 'p');
    if (!pile) throw new Error('aucune pile dessinée à zoom 11 sur Paris');
    const trouve = await sous(pile.x, pile.y);
    expect(trouve).toMatchObject({ k: 'p', n: pile.n });
    if (trouve?.k !== 'p') throw new Error('pas une pile');
    expect(trouve.n).toBeGreaterThan(1);
    expect(Number.isInteger(trouve.i) && trouve.i >= 0 && trouve.i < meta.total).toBe(true);
  });

  it('says so when the archive cannot be read, instead of waiting for ever', async () => {
    const page = await ctx.context.newPage();
    await page.route('**/*.pmtiles', (r) => r.fulfill({ status: 404, body: 'absent' }));
    await page.goto(server.url + 'index.html?lng=0&lat=20&zoom=1');
    await page.waitForFunction(() => !!(window as unknown as Fenetre).__tuilesErreur || !!(window as unknown as Fenetre).__tuiles, null, { timeout: 30_000 });
    const erreur = await page.evaluate(() => (window as unknown as Fenetre).__tuilesErreur ?? '');
    await page.close();
    expect(erreur).toMatch(/^Archive des clusters illisible/);
  });

  it('fetched nothing remote and logged no error', () => {
    expect(ctx.remote.urls).toEqual([]);
    expect(ctx.errors).toEqual([]);
  });
});
