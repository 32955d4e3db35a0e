/**
 * The app on a big atlas's precomputed cluster tiles: the built site with its data rebuilt with
 * --vector-tiles (the mode of atlases above 200,000 placed fiches). The map draws the archive's
 * clusters, and filters say that the map does not follow them at this scale.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildAtlas, OPTIONS_PAR_DEFAUT } from '../../scripts/build-atlas.ts';
import { ensureDemo } from '../../scripts/ensure-demo.ts';
import type { AtlasMeta } from '../../src/core/atlas-data.ts';
import { attendreInactif, entitesVisibles, ouvrirAtlas, vueDansUrl, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'index.html'));
const site = mkdtempSync(join(tmpdir(), 'atlaas-site-tuiles-'));
let server: StaticServer;
let browser: Browser;
let meta: AtlasMeta;

describe.skipIf(!siteBuilt)('the app on precomputed cluster tiles', () => {
  beforeAll(async () => {
    for (const f of readdirSync(distDir)) if (f !== 'data') symlinkSync(join(distDir, f), join(site, f));
    await ensureDemo(OPTIONS_PAR_DEFAUT.input);
    await buildAtlas({ input: OPTIONS_PAR_DEFAUT.input, out: join(site, 'data'), vectorTiles: true, quiet: true });
    meta = JSON.parse(readFileSync(join(site, 'data', 'atlas.json'), 'utf8'));
    server = await serveStatic(site);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('draws the archive’s clusters, read by range requests', async () => {
    expect(meta.carte?.mode).toBe('tuiles-vectorielles');
    const { page, close } = await newOfflineContext(browser);
    const plages: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.pmtiles')) plages.push(r.status());
    });
    try {
      await ouvrirAtlas(page, server.url, '?test=1&vue=2.5,46.6,5');
      await attendreInactif(page);
      const e = await entitesVisibles(page);
      expect(e.filter((x) => x.k === 'c').length).toBeGreaterThan(5);
      expect(plages.length).toBeGreaterThan(0);
      expect(plages.every((s) => s === 206)).toBe(true);
    } finally {
      await close();
    }
  });

  it('says, with a filter on, that the map shows every initiative while counts and list follow the filter', async () => {
    const { page, close } = await newOfflineContext(browser);
    try {
      await ouvrirAtlas(page, server.url, '?test=1&vue=2.5,46.6,5');
      await attendreInactif(page);
      const sansFiltre = (await entitesVisibles(page)).reduce((s, x) => s + x.n, 0);
      await page.locator('.legende__axe').first().click();
      await page.locator('.carte__note').filter({ hasText: 'quels que soient les filtres' }).waitFor();
      expect((await entitesVisibles(page)).reduce((s, x) => s + x.n, 0)).toBe(sansFiltre);
      await page.locator('.carte__note').waitFor();
    } finally {
      await close();
    }
  });

  it('zooms into a cluster when it is clicked, where it splits', async () => {
    const { page, close } = await newOfflineContext(browser);
    try {
      await ouvrirAtlas(page, server.url, '?test=1&vue=2.5,46.6,5');
      await attendreInactif(page);
      const avant = vueDansUrl((await urlAJour(page)).href);
      const plusGros = (await entitesVisibles(page)).filter((x) => x.k === 'c').sort((a, b) => b.n - a.n)[0];
      // Off-centre, still on the donut: what is hit is the marker's disc, not a point query.
      await page.mouse.click(plusGros.x + 8, plusGros.y - 6);
      await page.waitForFunction((z) => new URL(location.href).searchParams.get('vue')?.split(',')[2] !== String(z), avant?.zoom, { timeout: 15_000 });
      expect(vueDansUrl((await urlAJour(page)).href)?.zoom).toBeGreaterThan(avant?.zoom ?? 99);
    } finally {
      await close();
    }
  });

  it('keeps the archive’s ranges read once for offline visits (service worker)', async () => {
    const { context, page, close } = await newOfflineContext(browser, { serviceWorkers: 'allow' });
    try {
      await page.goto(`${server.url}?vue=2.5,46.6,5`);
      await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      // Controlled from now on: the ranges of this view go through the service worker.
      await page.reload();
      await attendreInactif(page);
      const enLigne = (await entitesVisibles(page)).filter((x) => x.k === 'c').length;
      expect(enLigne).toBeGreaterThan(5);
      const plages = await page.evaluate(async () => (await (await caches.open('atlaas-donnees')).keys()).filter((r) => r.url.includes('.pmtiles?plage=')).length);
      expect(plages).toBeGreaterThan(1);

      await context.setOffline(true);
      await page.reload();
      await attendreInactif(page);
      expect((await entitesVisibles(page)).filter((x) => x.k === 'c').length).toBe(enLigne);
    } finally {
      await context.setOffline(false);
      await close();
    }
  });
});
