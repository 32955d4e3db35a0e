/**
 * The service worker (src/sw/) in headless Chromium against the built site, without `?test=1` (the
 * service worker is not registered in test mode) and with service workers allowed (the helper's
 * default blocks them): a second visit starts from the cache, the atlas works offline (clusters,
 * a fiche), and a new build is taken up cleanly when the user accepts it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta, FicheDetail } from '../../src/core/atlas-data.ts';
import { attendreInactif, entitesVisibles } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json')) && existsSync(join(distDir, 'sw.js'));

let browser: Browser;
const ouverts: OfflineContext[] = [];
const serveurs: StaticServer[] = [];
const dossiers: string[] = [];

async function contexte(viewport = { width: 1280, height: 800 }): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, { serviceWorkers: 'allow', viewport });
  ouverts.push(c);
  return c;
}

async function servir(dossier: string): Promise<StaticServer> {
  const s = await serveStatic(dossier);
  serveurs.push(s);
  return s;
}

/**
 * A copy of the built site that a test may "redeploy": links to everything except sw.js and
 * data/atlas.json, which are real files.
 */
function copieDuSite(): string {
  const d = mkdtempSync(join(tmpdir(), 'atlaas-sw-'));
  dossiers.push(d);
  for (const f of readdirSync(distDir)) {
    if (f === 'data' || f === 'sw.js') continue;
    symlinkSync(join(distDir, f), join(d, f));
  }
  writeFileSync(join(d, 'sw.js'), readFileSync(join(distDir, 'sw.js')));
  mkdirSync(join(d, 'data'));
  for (const f of readdirSync(join(distDir, 'data'))) {
    if (f === 'atlas.json') continue;
    symlinkSync(join(distDir, 'data', f), join(d, 'data', f));
  }
  writeFileSync(join(d, 'data', 'atlas.json'), readFileSync(join(distDir, 'data', 'atlas.json')));
  return d;
}

/** Folder of the fiche chunks, as atlas.json names it (content-hashed, or plain `fiches`). */
const dossierFiches = (meta: AtlasMeta) => (meta.fichiers as { fiches?: string }).fiches ?? 'fiches';

/** A fiche of chunk 0 with a title, placed. */
function uneFiche(meta: AtlasMeta): FicheDetail {
  const chunk = JSON.parse(readFileSync(join(distDir, 'data', dossierFiches(meta), '0.json'), 'utf8')) as Record<string, FicheDetail>;
  const f = Object.values(chunk).find((x) => x.titre.length > 10 && x.lieux[0]?.lng !== null);
  if (!f) throw new Error('no placed fiche in chunk 0');
  return f;
}

async function attendrePret(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean } }).__atlas?.ready === true, null, { timeout: 90_000 });
}

/** Waits until a service worker controls the page and has finished installing. */
async function attendreControle(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** The caches of the origin: name → paths relative to the site. */
async function caches(page: Page, base: string): Promise<Record<string, string[]>> {
  return page.evaluate(async (b) => {
    const r: Record<string, string[]> = {};
    for (const nom of await self.caches.keys()) {
      const c = await self.caches.open(nom);
      r[nom] = (await c.keys()).map((q) => q.url.slice(b.length)).sort();
    }
    return r;
  }, base);
}

const nbClusters = async (page: Page) => (await entitesVisibles(page)).filter((e) => e.k === 'c').length;

describe.skipIf(!siteBuilt)('service worker: second visit from the cache, offline, updates', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    for (const s of serveurs) await s.close();
    for (const d of dossiers) rmSync(d, { recursive: true, force: true });
  });

  it('precaches the shell and the initial data, starts the next visit from the cache and works offline', async () => {
    const meta = JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta;
    const serveur = await servir(distDir);
    const { context, page, errors, remote } = await contexte();
    await page.goto(serveur.url);
    await attendrePret(page);
    await attendreControle(page);

    const c = await caches(page, serveur.url);
    const app = Object.keys(c).find((n) => n.startsWith('atlaas-app-'));
    expect(app).toBeDefined();
    const coquille = c[app as string];
    expect(coquille).toContain(''); // the page itself
    expect(coquille.some((p) => /^assets\/maplibre-.*\.js$/.test(p))).toBe(true);
    expect(coquille.some((p) => /^assets\/atlas\.worker-.*\.js$/.test(p))).toBe(true);
    expect(coquille).toEqual(expect.arrayContaining(['favicon.png', 'basemap/departements.geojson', 'basemap/regions.geojson', 'fonts/noto-sans/NotoSans-Bold.woff2']));
    expect(c['atlaas-donnees']).toEqual(expect.arrayContaining(['data/atlas.json', `data/${meta.fichiers.points}`, `data/${meta.fichiers.collectivites}`]));

    // A fiche opened online is stored on first use (its chunk and the tile of the list).
    const f = uneFiche(meta);
    await page.goto(`${serveur.url}?fiche=${encodeURIComponent(f.id)}`);
    await page.locator('#fiche-titre').filter({ hasText: f.titre.slice(0, 20) }).waitFor({ timeout: 60_000 });
    await attendreInactif(page);
    expect((await caches(page, serveur.url))['atlaas-donnees']).toContain(`data/${dossierFiches(meta)}/0.json`);

    // Second visit, online: the page, the shell and the initial data come from the cache; only
    // atlas.json (network first) and the browser's update check of sw.js reach the server.
    const avant = serveur.requests.length;
    await page.goto(serveur.url);
    await attendrePret(page);
    await attendreInactif(page);
    const demandes = serveur.requests.slice(avant).map((r) => r.replace(/^\//, '').split('?')[0]);
    const initiales = new Set(['', 'index.html', `data/${meta.fichiers.points}`, `data/${meta.fichiers.collectivites}`]);
    expect(demandes.filter((r) => initiales.has(r) || /^(assets|basemap|fonts)\//.test(r))).toEqual([]);
    expect(demandes).toContain('data/atlas.json');
    expect(await nbClusters(page)).toBeGreaterThan(5);

    // Offline: reload, the clusters and the fiche come from the cache.
    await context.setOffline(true);
    const horsLigne = serveur.requests.length;
    await page.goto(`${serveur.url}?fiche=${encodeURIComponent(f.id)}`);
    await attendrePret(page);
    await page.locator('#fiche-titre').filter({ hasText: f.titre.slice(0, 20) }).waitFor({ timeout: 60_000 });
    await attendreInactif(page);
    expect((await entitesVisibles(page)).length).toBeGreaterThan(0); // zoomed on the fiche: its markers
    const synthese = await page.locator('article.fiche').first().innerText();
    expect(synthese.length).toBeGreaterThan(f.titre.length);
    expect(serveur.requests.length).toBe(horsLigne); // nothing reached the server
    await saveScreenshot(page, 'hors-ligne-fiche');

    // Offline, a cluster still opens: clicking the biggest one zooms in and draws its content.
    await page.goto(serveur.url);
    await attendrePret(page);
    await attendreInactif(page);
    expect(await nbClusters(page)).toBeGreaterThan(5);
    await saveScreenshot(page, 'hors-ligne-france');
    const gros = (await entitesVisibles(page)).filter((e) => e.k === 'c').sort((a, b) => b.n - a.n)[0];
    const zoomAvant = await page.evaluate(() => Number(new URL(location.href).searchParams.get('vue')?.split(',')[2]));
    await page.mouse.click(gros.x, gros.y);
    await page.waitForFunction((z) => Number(new URL(location.href).searchParams.get('vue')?.split(',')[2]) > z + 0.5, zoomAvant, { timeout: 30_000 });
    await attendreInactif(page);
    expect((await entitesVisibles(page)).length).toBeGreaterThan(0);
    await saveScreenshot(page, 'hors-ligne-carte');
    await context.setOffline(false);

    expect(remote.urls).toEqual([]);
    // Offline, the page's own failed requests (none expected) would show up as console errors.
    expect(errors.filter((e) => !/service worker/i.test(e))).toEqual([]);
  });

  it('takes up a new build when the user asks: new shell, fresh data, old caches gone', async () => {
    const site = copieDuSite();
    const serveur = await servir(site);
    const { page } = await contexte({ width: 390, height: 800 });
    await page.goto(serveur.url);
    await attendrePret(page);
    await attendreControle(page);
    const avant = await caches(page, serveur.url);
    const ancienApp = Object.keys(avant).find((n) => n.startsWith('atlaas-app-')) as string;
    await expect.poll(() => page.locator('.mise-a-jour').count()).toBe(0);

    // "Deploy" a new build: a different sw.js (its shell version) and a new atlas.json.
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const version = /\\?"version\\?":\\?"([0-9a-f]+)/.exec(sw)?.[1];
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(site, 'sw.js'), sw.replace(version as string, 'f'.repeat(16)));
    const meta = JSON.parse(readFileSync(join(site, 'data', 'atlas.json'), 'utf8')) as AtlasMeta & { genere: string };
    writeFileSync(join(site, 'data', 'atlas.json'), JSON.stringify({ ...meta, genere: '2099-01-01T00:00:00.000Z' }));

    await page.reload();
    await attendrePret(page);
    const bandeau = page.locator('.mise-a-jour');
    await bandeau.waitFor({ timeout: 60_000 });
    await expect(bandeau.innerText()).resolves.toMatch(/nouvelle version/i);
    await saveScreenshot(page, 'mise-a-jour-telephone');
    // The new atlas.json was fetched network first, and the data cache restarted from it.
    const donnees = await page.evaluate(async (b) => {
      const r = await (await self.caches.open('atlaas-donnees')).match(`${b}data/atlas.json`);
      return r ? ((await r.json()) as { genere: string }).genere : null;
    }, serveur.url);
    expect(donnees).toBe('2099-01-01T00:00:00.000Z');

    const rechargement = page.waitForEvent('load', { timeout: 60_000 });
    await page.locator('.mise-a-jour__recharger').click();
    await rechargement;
    await attendrePret(page);
    await attendreControle(page);
    const apres = await caches(page, serveur.url);
    expect(Object.keys(apres)).toContain(`atlaas-app-${'f'.repeat(16)}`);
    expect(Object.keys(apres)).not.toContain(ancienApp);
    await expect.poll(() => page.locator('.mise-a-jour').count()).toBe(0);
  });

  it('shows the update notice readably on a desktop', async () => {
    const site = copieDuSite();
    const serveur = await servir(site);
    const { page } = await contexte();
    await page.goto(serveur.url);
    await attendrePret(page);
    await attendreControle(page);
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const version = /\\?"version\\?":\\?"([0-9a-f]+)/.exec(sw)?.[1] as string;
    writeFileSync(join(site, 'sw.js'), sw.replace(version, 'e'.repeat(16)));
    await page.reload();
    await attendrePret(page);
    await page.locator('.mise-a-jour').waitFor({ timeout: 60_000 });
    await attendreInactif(page);
    // Keyboard: the notice's buttons are reachable and « Plus tard » dismisses it.
    await page.locator('.mise-a-jour__fermer').focus();
    await saveScreenshot(page, 'mise-a-jour-bureau');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.mise-a-jour').count()).toBe(0);
  });
});
