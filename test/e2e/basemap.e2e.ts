/**
 * The offline basemap in a real browser, without the app: a static page loads MapLibre's own dist
 * build, the style from src/map/style.ts and the files of public/basemap and public/fonts, all
 * served from 127.0.0.1. Proves that the map renders with WebGL under SwiftShader, that French names
 * with accents are drawn, and that nothing is fetched from the network.
 *
 * Needs no built site: `E2E_SKIP_BUILD=force npx vitest run -c test/e2e/vitest.e2e.config.ts basemap`
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUCHES_FOND, createBasemapStyle } from '../../src/map/style.ts';
import { VUES_TERRITOIRES, type CodeTerritoire } from '../../src/map/territoires.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const require = createRequire(import.meta.url);
const root = resolve(dirname(require.resolve('../../package.json')));
const maplibreDist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));

/** The page: ?vue=<territoire> fits a preset; ?center=lng,lat&zoom=z sets the camera instead. */
const PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Fond de carte Atlaas</title>
<link rel="stylesheet" href="maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre/maplibre-gl.mjs';
const params = new URLSearchParams(location.search);
const [style, vues] = await Promise.all([fetch('style.json').then((r) => r.json()), fetch('vues.json').then((r) => r.json())]);
const options = { container: 'map', style, fadeDuration: 0, attributionControl: { compact: false } };
if (params.has('center')) {
  options.center = params.get('center').split(',').map(Number);
  options.zoom = Number(params.get('zoom'));
} else {
  options.bounds = vues.find((v) => v.code === (params.get('vue') ?? 'metropole')).bounds;
  options.fitBoundsOptions = { padding: 20 };
}
const map = new maplibregl.Map(options);
window.__map = map;
map.on('error', (e) => console.error('maplibre: ' + (e.error?.message ?? e)));
map.once('idle', () => { window.__idle = true; });
</script>
</body>
</html>
`;

interface Rendered {
  regions: string[];
  departements: string[];
  zoom: number;
}

describe('offline basemap', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlaas-basemap-'));
    for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
      cpSync(join(maplibreDist, f), join(dir, 'maplibre', f));
    }
    cpSync(join(root, 'public/basemap'), join(dir, 'basemap'), { recursive: true });
    cpSync(join(root, 'public/fonts'), join(dir, 'fonts'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'vues.json'), JSON.stringify(VUES_TERRITOIRES));
    server = await serveStatic(dir, { base: '/atlaas/' });
    // The style as the app makes it, with the server's base URL.
    writeFileSync(join(dir, 'style.json'), JSON.stringify(createBasemapStyle({ baseUrl: server.url })));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(query: string): Promise<OfflineContext & { rendered: Rendered }> {
    const ctx = await newOfflineContext(browser);
    await ctx.page.goto(`${server.url}index.html?${query}`);
    await ctx.page.waitForFunction(() => (window as unknown as { __idle?: boolean }).__idle === true, null, {
      timeout: 60_000,
    });
    const rendered = await ctx.page.evaluate(
      ([nomsRegions, nomsDrom, nomsDepartements]) => {
        type M = {
          queryRenderedFeatures(o: { layers: string[] }): { properties: { nom: string } }[];
          getZoom(): number;
        };
        const map = (window as unknown as { __map: M }).__map;
        const noms = (layers: string[]) => [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.nom))].sort();
        return { regions: noms([nomsRegions, nomsDrom]), departements: noms([nomsDepartements]), zoom: map.getZoom() };
      },
      [COUCHES_FOND.nomsRegions, COUCHES_FOND.nomsRegionsDrom, COUCHES_FOND.nomsDepartements],
    );
    return { ...ctx, rendered };
  }

  it('renders metropolitan France with accented region names and fetches nothing remote', async () => {
    const { page, remote, errors, rendered, close } = await open('vue=metropole');
    await saveScreenshot(page, 'basemap-metropole');
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
    expect(rendered.regions).toEqual(
      expect.arrayContaining(['Île-de-France', 'Provence-Alpes-Côte d\'Azur', 'Auvergne-Rhône-Alpes', 'Corse', 'Bretagne']),
    );
    expect(server.requests).toContain('/atlaas/fonts/noto-sans/NotoSans-SemiBold.woff2');
    await close();
  });

  it('shows department names at a regional zoom', async () => {
    const { page, remote, errors, rendered, close } = await open('center=2.6,43.3&zoom=7.2');
    await saveScreenshot(page, 'basemap-occitanie');
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
    expect(rendered.departements).toEqual(expect.arrayContaining(['Hérault', 'Pyrénées-Orientales', 'Ariège', 'Aude']));
    await close();
  });

  it.each<[CodeTerritoire, string]>([
    ['la-reunion', 'La Réunion'],
    ['guadeloupe', 'Guadeloupe'],
    ['mayotte', 'Mayotte'],
  ])('fits the %s preset and names it', async (code, nom) => {
    const { page, remote, errors, rendered, close } = await open(`vue=${code}`);
    await saveScreenshot(page, `basemap-${code}`);
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
    expect(rendered.regions).toContain(nom);
    expect(rendered.zoom).toBeGreaterThan(8);
    await close();
  });
});
