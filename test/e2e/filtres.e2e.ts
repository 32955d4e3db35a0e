/**
 * The « Filtres » tab in headless Chromium against the built site: a region and an enjeu drive the
 * map, the list, the facet counts and the URL; a reload restores them; the year range works with
 * the keyboard; the legend agrees with the tree; no serious accessibility violation; phone layout.
 * Every expected number is recounted here from points.bin, decoded with the app's own codec.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta } from '../../src/core/atlas-data.ts';
import { decodePointsIndex, type PointsIndex } from '../../src/core/points-index.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { attendreInactif, entitesVisibles, ouvrirAtlas, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));

let browser: Browser;
let server: StaticServer;
let meta: AtlasMeta;
let index: PointsIndex;
/** Per fiche: its region and département codes, its enjeux and axes. */
let regionDe: string[];
let enjeuxDe: Set<string>[];
let axesDe: Set<string>[];
const ouverts: OfflineContext[] = [];

const OCCITANIE = '76';

async function contexte(options: Parameters<typeof newOfflineContext>[1] = {}): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, options);
  ouverts.push(c);
  return c;
}

type Test = (i: number) => boolean;
const toutes: Test = () => true;
function compter(...tests: Test[]): number {
  let n = 0;
  for (let i = 0; i < index.n; i++) if (tests.every((t) => t(i))) n++;
  return n;
}
const dansRegion =
  (code: string): Test =>
  (i) =>
    regionDe[i] === code;
const avecEnjeu =
  (code: string): Test =>
  (i) =>
    enjeuxDe[i].has(code);
const placee: Test = (i) => !Number.isNaN(index.lng[i]);

const nombre = (texte: string | null) => Number((texte ?? '').replace(/\D/g, ''));

/** The count shown beside a value (`<cle>:<code>`), read even when its branch is folded. */
async function compteAffiche(page: Page, facette: string): Promise<number> {
  const id = await page.locator(`[data-facette="${facette}"]`).getAttribute('id');
  return nombre(await page.locator(`#${id}-n`).textContent());
}

const resultats = (page: Page) => page.evaluate(() => (window as unknown as { __atlas: { resultats: number } }).__atlas.resultats);
async function attendreResultats(page: Page, avant: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __atlas: { resultats: number } }).__atlas.resultats > n, avant, { timeout: 30_000 });
}

/** Waits until the tab shows the worker's counts for the current filters with the given total. */
async function attendreTotal(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('.filtres')?.getAttribute('data-comptes') === 'vivants' && Number(document.querySelector('#filtres-total')?.textContent?.replace(/\D/g, '')) === n,
    total,
    { timeout: 30_000 },
  );
}

/** The first enjeu, in taxonomy order, with at least 20 fiches in Occitanie. */
function unEnjeu(): { axe: string; enjeu: string } {
  for (const a of meta.taxonomie.axes)
    for (const e of a.enjeux) if (compter(dansRegion(OCCITANIE), avecEnjeu(e.code)) >= 20) return { axe: a.code, enjeu: e.code };
  throw new Error('no enjeu with fiches in Occitanie');
}

describe.skipIf(!siteBuilt)('filter tab', () => {
  beforeAll(async () => {
    meta = JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta;
    const buf = readFileSync(join(distDir, 'data', meta.fichiers.points));
    index = decodePointsIndex(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    const enjeuDuService = new Map<string, { axe: string; enjeu: string }>();
    for (const a of meta.taxonomie.axes)
      for (const e of a.enjeux) for (const u of e.usages) for (const s of u.services) enjeuDuService.set(s.id, { axe: a.code, enjeu: e.code });
    regionDe = [];
    enjeuxDe = [];
    axesDe = [];
    for (let i = 0; i < index.n; i++) {
      regionDe.push(meta.regions[index.region[i]]?.code ?? '');
      const enjeux = new Set<string>();
      const axes = new Set<string>();
      for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
        const c = enjeuDuService.get(meta.services[index.services[k]]);
        if (c) {
          enjeux.add(c.enjeu);
          axes.add(c.axe);
        }
      }
      enjeuxDe.push(enjeux);
      axesDe.push(axes);
    }
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('selecting Occitanie and an enjeu updates the map, the list, the facet counts and the URL, and a reload restores them', async () => {
    expect(compter(toutes)).toBe(meta.total); // the recount sees every fiche
    const { axe, enjeu } = unEnjeu();
    const attendus = { total: compter(dansRegion(OCCITANIE), avecEnjeu(enjeu)), places: compter(dansRegion(OCCITANIE), avecEnjeu(enjeu), placee) };
    const { page, errors, remote } = await contexte();
    await ouvrirAtlas(page, server.url, '?test=1&onglet=filtres');
    await attendreTotal(page, index.n);

    let n = await resultats(page);
    await page.locator(`[data-facette="regions:${OCCITANIE}"]`).check();
    await attendreResultats(page, n);
    await attendreTotal(page, compter(dansRegion(OCCITANIE)));

    n = await resultats(page);
    await page.locator(`[aria-controls="arbre-axes-${axe}"]`).click();
    await page.locator(`[data-facette="enjeux:${enjeu}"]`).check();
    await attendreResultats(page, n);
    await attendreTotal(page, attendus.total);

    // URL
    const params = (await urlAJour(page)).searchParams;
    expect(params.get('regions')).toBe(OCCITANIE);
    expect(params.get('enjeux')).toBe(enjeu);

    // Facet counts: each value's count is what adding it would give (its own facet left out).
    for (const a of meta.taxonomie.axes) {
      expect(await compteAffiche(page, `axes:${a.code}`), `axe ${a.code}`).toBe(compter(dansRegion(OCCITANIE), (i) => axesDe[i].has(a.code)));
      for (const e of a.enjeux) expect(await compteAffiche(page, `enjeux:${e.code}`), `enjeu ${e.code}`).toBe(compter(dansRegion(OCCITANIE), avecEnjeu(e.code)));
    }
    for (const r of meta.regions) expect(await compteAffiche(page, `regions:${r.code}`), `region ${r.code}`).toBe(compter(dansRegion(r.code), avecEnjeu(enjeu)));
    for (const a of [0, 1, 2, 3, 4, 5])
      expect(await compteAffiche(page, `arobases:${a}`), `arobases ${a}`).toBe(compter(dansRegion(OCCITANIE), avecEnjeu(enjeu), (i) => index.arobases[i] === a));
    for (const [k, t] of meta.typesCollectivite.entries())
      expect(await compteAffiche(page, `types:${t}`), `type ${t}`).toBe(compter(dansRegion(OCCITANIE), avecEnjeu(enjeu), (i) => index.type[i] === k));
    expect(await page.locator(`[data-facette="regions:${OCCITANIE}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-facette="enjeux:${enjeu}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-facette="axes:${axe}"]`).evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await saveScreenshot(page, 'filtres-occitanie-enjeu');

    // The map draws exactly the placed matching fiches (the whole of Occitanie is in the view).
    await attendreInactif(page);
    const dessinees = (await entitesVisibles(page)).reduce((s, e) => s + e.n, 0);
    expect(dessinees).toBe(attendus.places);

    // The list says the same.
    await page.locator('[data-onglet="liste"]').click();
    await page.locator('#liste-titre').filter({ hasText: 'dans la vue' }).waitFor();
    expect(nombre(await page.locator('#liste-titre').textContent())).toBe(attendus.places);
    await page.locator('[data-onglet="filtres"]').click();

    // Reload: same URL, same result.
    const url = (await urlAJour(page)).href;
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __atlas: { ready: boolean } }).__atlas.ready);
    await attendreTotal(page, attendus.total);
    expect((await urlAJour(page)).href).toBe(url);
    expect(await page.locator(`[data-facette="regions:${OCCITANIE}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-facette="enjeux:${enjeu}"]`).isChecked()).toBe(true);
    expect(await compteAffiche(page, `regions:${OCCITANIE}`)).toBe(attendus.total);
    await attendreInactif(page);
    expect((await entitesVisibles(page)).reduce((s, e) => s + e.n, 0)).toBe(attendus.places);
    expect(errors).toEqual([]);
    expect(remote.urls).toEqual([]);
  });

  it('unchecking a département of a chosen region keeps the region’s other départements', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?test=1&onglet=filtres&regions=${OCCITANIE}`);
    await attendreTotal(page, compter(dansRegion(OCCITANIE)));
    const autres = meta.departements.filter((d) => d.region === OCCITANIE && d.code !== '34').map((d) => d.code);
    await page.locator(`[aria-controls="arbre-regions-${OCCITANIE}"]`).click();
    await expect(page.locator('[data-facette="departements:34"]').isChecked()).resolves.toBe(true);
    await page.locator('[data-facette="departements:34"]').uncheck();
    const herault = meta.departements.findIndex((d) => d.code === '34');
    await attendreTotal(page, compter(dansRegion(OCCITANIE), (i) => index.departement[i] !== herault));
    const p = (await urlAJour(page)).searchParams;
    expect(p.get('regions')).toBeNull();
    expect(p.get('departements')?.split(',').sort()).toEqual(autres.sort());
    expect(await page.locator(`[data-facette="regions:${OCCITANIE}"]`).evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
  });

  it('moves the year range with the keyboard', async () => {
    const [premiere, derniere] = meta.annees ?? [0, 0];
    expect(derniere).toBeGreaterThan(premiere + 3);
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?test=1&onglet=filtres&regions=${OCCITANIE}`);
    await attendreTotal(page, compter(dansRegion(OCCITANIE)));
    const debut = page.locator('[data-facette="annees:min"]');
    await debut.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('annees') === `${a}-`, premiere + 3);
    await attendreTotal(page, compter(dansRegion(OCCITANIE), (i) => index.annee[i] >= premiere + 3));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-facette'))).toBe('annees:min');

    // The end handle stops at the start one: a single year.
    await page.locator('[data-facette="annees:max"]').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('annees') === `${a}-${a}`, premiere + 3);
    await attendreTotal(page, compter(dansRegion(OCCITANIE), (i) => index.annee[i] === premiere + 3));
    await expect(page.locator('.filtres__plage').textContent()).resolves.toBe(`En ${premiere + 3}`);
    // The histogram is also a table: the count of each year, with the other filters.
    const ligne = page.locator('.filtres__tableau tbody tr').filter({ hasText: String(premiere + 5) });
    expect(nombre(await ligne.locator('td').textContent())).toBe(compter(dansRegion(OCCITANIE), (i) => index.annee[i] === premiere + 5));
    await page.locator('[data-facette="annees:max"]').press('End');
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('annees') === `${a}-`, premiere + 3);
  });

  it('keeps the legend’s axe buttons consistent with the tree', async () => {
    const axe = meta.taxonomie.axes[0];
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?test=1&onglet=filtres');
    await attendreTotal(page, index.n);
    const bouton = page.locator('.legende__axe').first();
    await bouton.click();
    await attendreTotal(page, compter((i) => axesDe[i].has(axe.code)));
    expect((await urlAJour(page)).searchParams.get('axes')).toBe(axe.code);
    await expect(page.locator(`[data-facette="axes:${axe.code}"]`).isChecked()).resolves.toBe(true);
    await page.locator(`[aria-controls="arbre-axes-${axe.code}"]`).click();
    await expect(page.locator(`[data-facette="enjeux:${axe.enjeux[0].code}"]`).isChecked()).resolves.toBe(true);
    await page.locator(`[data-facette="enjeux:${axe.enjeux[0].code}"]`).uncheck();
    const reste = axe.enjeux.slice(1).map((e) => e.code);
    await attendreTotal(page, compter((i) => reste.some((e) => enjeuxDe[i].has(e))));
    expect((await urlAJour(page)).searchParams.get('enjeux')).toBe(reste.join(','));
    await expect(bouton.getAttribute('aria-pressed')).resolves.toBe('mixed');
    await bouton.click();
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('axes') === a && !new URL(location.href).searchParams.has('enjeux'), axe.code);
    await expect(bouton.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('filters the map view only, and follows the map', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?vue=3.9,43.6,9&test=1&onglet=filtres');
    await attendreTotal(page, index.n);
    await page.locator('[data-facette="vue:carte"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('emprise'));
    const lire = () => new URL(page.url()).searchParams.get('emprise')!.split(',').map(Number);
    const [w, s, e, n] = lire();
    const dans = (o: number, so: number, es: number, no: number) => compter((i) => index.lng[i] >= o && index.lng[i] <= es && index.lat[i] >= so && index.lat[i] <= no);
    await attendreTotal(page, dans(w, s, e, n));
    expect(dans(w, s, e, n)).toBeLessThan(index.n);
    // Zoom out: the filter follows the map.
    await page.locator('.maplibregl-ctrl-zoom-out').click();
    await page.waitForFunction((avant) => new URL(location.href).searchParams.get('emprise') !== avant, [w, s, e, n].join(','));
    await attendreInactif(page);
    const [w2, s2, e2, n2] = lire();
    expect(e2 - w2).toBeGreaterThan(e - w);
    await attendreTotal(page, dans(w2, s2, e2, n2));
    await page.locator('[data-facette="vue:carte"]').uncheck();
    await attendreTotal(page, index.n);
    await expect.poll(() => new URL(page.url()).searchParams.has('emprise')).toBe(false);
  });

  it('has no serious or critical accessibility violation, on a desktop and on a phone (390 px)', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?test=1&onglet=filtres&regions=${OCCITANIE}&axes=2&annees=2008-2014`);
    await attendreTotal(page, compter(dansRegion(OCCITANIE), (i) => axesDe[i].has('2'), (i) => index.annee[i] >= 2008 && index.annee[i] <= 2014));
    await page.locator(`[aria-controls="arbre-axes-1"]`).click();
    await page.locator(`[aria-controls="arbre-regions-${OCCITANIE}"]`).click();
    await page.locator('.filtres__tableau summary').click();
    const violations = await checkA11y(page, { include: '#panneau' });
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.locator('#filtres-annees-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'filtres-bureau-annees');

    const tel = await contexte({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    await ouvrirAtlas(tel.page, server.url, '?test=1&onglet=filtres');
    await attendreTotal(tel.page, index.n);
    await tel.page.locator('.panneau__poignee').click(); // half → full
    await tel.page.locator(`[data-facette="regions:${OCCITANIE}"]`).check();
    await attendreTotal(tel.page, compter(dansRegion(OCCITANIE)));
    const debordement = await tel.page.locator('.filtres').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(debordement).toBeLessThanOrEqual(0);
    const surTelephone = await checkA11y(tel.page, { include: '#panneau' });
    expect(surTelephone, formatViolations(surTelephone)).toEqual([]);
    await saveScreenshot(tel.page, 'filtres-telephone');
  });
});
