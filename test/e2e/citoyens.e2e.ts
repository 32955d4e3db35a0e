/**
 * The citizens' journeys in headless Chromium against the built site: « Aller à une commune » and
 * « Autour de moi » lead to the nearest initiatives with their distances; the embed mode
 * (`?embed=1`) shows a compact, pre-filtered map with « Voir dans l'atlas ». Expected figures are
 * computed here from the open data (initiatives.geojson, communes.json), not by the app's code.
 * Screenshots go to test-results/screenshots/citoyens-*.png.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta, Collectivite, CommuneRepere } from '../../src/core/atlas-data.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { attendreInactif, entitesVisibles, ouvrirAtlas, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));

interface Initiative {
  geometry: { coordinates: [number, number] } | null;
  properties: { id: string; titre: string; departement: string | null; codeInsee: string | null };
}

let browser: Browser;
let server: StaticServer;
let initiatives: Initiative[];
let communes: CommuneRepere[];
let collectivites: Collectivite[];
const ouverts: OfflineContext[] = [];

async function contexte(options: Parameters<typeof newOfflineContext>[1] = {}): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, options);
  ouverts.push(c);
  return c;
}

const donnee = (prefixe: string) => {
  const nom = readdirSync(join(distDir, 'data')).find((f) => f.startsWith(prefixe + '.') && f.endsWith('.json'));
  if (!nom) throw new Error(`no ${prefixe}.*.json in the built data`);
  return JSON.parse(readFileSync(join(distDir, 'data', nom), 'utf8'));
};

/** Great-circle distance, written again here so the test does not trust the app's own. */
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The k smallest distances from a point to the placed initiatives. */
function plusProches(point: [number, number], k: number): number[] {
  return initiatives
    .filter((f) => f.geometry)
    .map((f) => km(point, f.geometry!.coordinates))
    .sort((a, b) => a - b)
    .slice(0, k);
}

/** Distances (data-km) and visible texts of the nearest list's rows. */
async function lignesAutour(page: Page): Promise<{ km: number; distance: string; texte: string }[]> {
  await page.locator('.autour__ligne').first().waitFor();
  return page.locator('.autour__ligne').evaluateAll((els) =>
    els.map((el) => ({
      km: Number(el.getAttribute('data-km')),
      distance: (el.querySelector('.autour__distance') as HTMLElement).innerText,
      texte: (el as HTMLElement).innerText,
    })),
  );
}

const DISTANCE_FR = /^(à moins de 50 m|\d{2,3} m|\d,\d km|\d[\d\u202f\u00a0]* km)$/;

describe.skipIf(!siteBuilt)('citizens: nearest initiatives and embed mode', () => {
  beforeAll(async () => {
    void (JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta);
    initiatives = (JSON.parse(readFileSync(join(distDir, 'data', 'initiatives.geojson'), 'utf8')) as { features: Initiative[] }).features;
    communes = donnee('communes') as CommuneRepere[];
    collectivites = donnee('collectivites') as Collectivite[];
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('« Aller à une commune » leads to the nearest initiatives, nearest first, with distances in French', async () => {
    const { page, errors, remote } = await contexte();
    await ouvrirAtlas(page, server.url);
    const champ = page.getByRole('combobox', { name: 'Aller à une commune' });
    await champ.click();
    await champ.pressSequentially('Martigues', { delay: 20 });
    await page.getByRole('option').first().waitFor();
    await champ.press('Enter');
    await expect(page.locator('#autour-titre').innerText()).resolves.toBe('Autour de Martigues');
    const lignes = await lignesAutour(page);
    expect(lignes).toHaveLength(20);
    const distances = lignes.map((l) => l.km);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    for (const l of lignes) expect(l.distance.replace(/[\u202f\u00a0]/g, ' ')).toMatch(DISTANCE_FR);
    // The same distances as the open data gives around Martigues' point in communes.json.
    const martigues = communes.find((c) => c[0] === '13056') as CommuneRepere;
    const attendues = plusProches([martigues[3], martigues[4]], 20);
    distances.forEach((d, k) => expect(d).toBeCloseTo(attendues[k], 1));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('autour') === '13056');
    await attendreInactif(page);
    await saveScreenshot(page, 'citoyens-autour-martigues');
    const a11y = await checkA11y(page);
    expect(a11y, formatViolations(a11y)).toEqual([]);

    // A row opens its fiche; closing the fiche comes back to the nearest list.
    const titre = (await page.locator('.autour__nom').first().innerText()).trim();
    await page.locator('.autour__ligne').first().click();
    await page.locator('.fiche__titre').waitFor();
    await expect(page.locator('.fiche__titre').innerText()).resolves.toContain(titre);
    await page.keyboard.press('Escape');
    await page.locator('#autour-titre').waitFor();

    // « Afficher plus » adds rows, still in order.
    await page.getByRole('button', { name: /initiatives de plus/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.autour__ligne').length === 40);
    const quarante = (await lignesAutour(page)).map((l) => l.km);
    expect([...quarante].sort((a, b) => a - b)).toEqual(quarante);

    // The list is closed with its button: the map's list comes back and the URL forgets it.
    await page.getByRole('button', { name: /Fermer la liste des initiatives proches/ }).click();
    await page.locator('#liste-titre').waitFor();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('autour'));
    expect(errors).toEqual([]);
    expect(remote.urls).toEqual([]);
  });

  it('restores the nearest list from a shared link, around a commune or a position', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?autour=13056&test=1');
    await expect(page.locator('#autour-titre').innerText()).resolves.toBe('Autour de Martigues');
    expect((await lignesAutour(page)).length).toBe(20);

    await ouvrirAtlas(page, server.url, '?autour=4.836,45.764&test=1');
    await expect(page.locator('#autour-titre').innerText()).resolves.toBe('Autour de la position indiquée');
    const lignes = await lignesAutour(page);
    const attendues = plusProches([4.836, 45.764], 20);
    lignes.forEach((l, k) => expect(l.km).toBeCloseTo(attendues[k], 1));
  });

  it('follows the filters: only initiatives of the filtered department are listed', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?autour=13056&departements=84&test=1');
    await page.locator('.autour__meta').first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.autour__meta')].every((e) => (e as HTMLElement).innerText.trim() !== ''));
    const communesDesLignes = await page.locator('.autour__meta').allInnerTexts();
    for (const c of communesDesLignes) expect(c).toMatch(/\(84\)/);
    await expect(page.locator('.autour__resume').innerText()).resolves.toContain('parmi celles qui correspondent aux filtres');
  });

  it('« Autour de moi » with the position granted gives the nearest list, on a phone too', async () => {
    const lyon: [number, number] = [4.8357, 45.764];
    const { page, errors } = await contexte({
      viewport: { width: 390, height: 800 },
      isMobile: true,
      hasTouch: true,
      geolocation: { longitude: lyon[0], latitude: lyon[1] },
      permissions: ['geolocation'],
    });
    await ouvrirAtlas(page, server.url);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect(page.locator('#autour-titre').innerText()).resolves.toBe('Autour de vous');
    const lignes = await lignesAutour(page);
    expect(lignes).toHaveLength(20);
    const attendues = plusProches(lyon, 20);
    lignes.forEach((l, k) => expect(l.km).toBeCloseTo(attendues[k], 1));
    // The shared position is rounded to 3 decimals (about 100 m).
    await page.waitForFunction(() => new URL(location.href).searchParams.get('autour') === '4.836,45.764');
    await expect(page.locator('.panneau').getAttribute('data-feuille')).resolves.toBe('mi');
    await attendreInactif(page);
    await saveScreenshot(page, 'citoyens-autour-de-moi-telephone');
    const a11y = await checkA11y(page);
    expect(a11y, formatViolations(a11y)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the embed page shows only the filtered initiatives, no header, and links to the full atlas', async () => {
    const attendu = initiatives.filter((f) => f.properties.departement === '13');
    const places = attendu.filter((f) => f.geometry).length;
    const { page, errors, remote } = await contexte();
    await ouvrirAtlas(page, server.url, '?embed=1&departements=13&test=1');
    await expect(page.locator('.entete').count()).resolves.toBe(0);
    await expect(page.locator('.integration__compte').innerText()).resolves.toBe(`${attendu.length} initiatives`);
    await expect(page.locator('.integration__perimetre').innerText()).resolves.toContain('Bouches-du-Rhône (13)');
    // The map is fitted to the department: every placed fiche is in view.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('vue'));
    await attendreInactif(page);
    await page.waitForFunction(
      (n) => (window as unknown as { __atlas: { entitesVisibles: () => { n: number }[] } }).__atlas.entitesVisibles().reduce((s, e) => s + e.n, 0) === n,
      places,
      { timeout: 30_000 },
    );
    const e = await entitesVisibles(page);
    expect(e.reduce((s, f) => s + f.n, 0)).toBe(places);
    // The list (the accessible alternative) has only initiatives of the department.
    await page.waitForFunction(() => document.querySelectorAll('.liste__ligne .ligne__commune').length > 5);
    for (const c of await page.locator('.ligne__commune').allInnerTexts()) expect(c).toMatch(/\(13\)$/);
    const lien = page.getByRole('link', { name: /Voir dans l’atlas/ });
    await expect(lien.getAttribute('target')).resolves.toBe('_blank');
    await expect(lien.getAttribute('rel')).resolves.toBe('noopener');
    const href = new URL((await lien.getAttribute('href')) as string, server.url);
    expect(href.searchParams.get('departements')).toBe('13');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('vue')).toBe((await urlAJour(page)).searchParams.get('vue'));
    await saveScreenshot(page, 'citoyens-integration-bureau');
    const a11y = await checkA11y(page);
    expect(a11y, formatViolations(a11y)).toEqual([]);

    // The full atlas opens from the link in a new tab, with the same filter and the header.
    const [onglet] = await Promise.all([page.context().waitForEvent('page'), lien.click()]);
    await onglet.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean } }).__atlas?.ready === true, null, { timeout: 60_000 });
    await onglet.locator('.entete').waitFor();
    await expect(onglet.locator('.filtres-actifs__puce').first().innerText()).resolves.toContain('Bouches-du-Rhône');
    expect(errors).toEqual([]);
    expect(remote.urls).toEqual([]);
  });

  it('works as the README snippet: an iframe on another page, small and on a phone', async () => {
    const { page } = await contexte({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const src = `${server.url}?embed=1&departements=13&test=1`;
    await page.goto(`${server.url}data/atlas.json`); // same origin, any page: the snippet goes in its body
    await page.setContent(
      `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ma commune</title></head><body style="margin:8px;font-family:sans-serif"><h1>Notre commune</h1>
       <iframe src="${src}" title="Carte des initiatives numériques des Bouches-du-Rhône" width="100%" height="480" style="border:1px solid #ccc;border-radius:8px" loading="lazy" ></iframe></body></html>`,
    );
    const cadre = page.frameLocator('iframe');
    await cadre.locator('.integration__compte').waitFor();
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    await frame?.waitForFunction(() => (window as unknown as { __atlas?: { inactif: boolean; ready: boolean } }).__atlas?.ready === true, null, { timeout: 60_000 });
    await expect(cadre.locator('.integration__compte').innerText()).resolves.toMatch(/^\d+ initiatives$/);
    // On a small frame the sheet starts collapsed: the map first, the list one tap away.
    await expect(cadre.locator('.panneau').getAttribute('data-feuille')).resolves.toBe('replie');
    await expect(cadre.locator('.panneau__resume').innerText()).resolves.toMatch(/initiatives — afficher la liste/);
    await frame?.waitForFunction(() => (window as unknown as { __atlas: { inactif: boolean } }).__atlas.inactif, null, { timeout: 60_000 });
    await saveScreenshot(page, 'citoyens-integration-iframe-telephone');
    await cadre.locator('.panneau__poignee').click();
    await cadre.locator('.liste__ligne').first().waitFor();
    await saveScreenshot(page, 'citoyens-integration-iframe-liste');
  });

  it('filters an embed to one collectivité, or to an EPCI with its member communes', async () => {
    const fichesDe = (code: string) => collectivites.filter((c) => c.code === code || c.epci === code).reduce((s, c) => s + c.nbFiches, 0);
    const marseille = collectivites.find((c) => c.nom === 'Marseille') as Collectivite;
    const { page } = await contexte({ viewport: { width: 800, height: 500 } });
    await ouvrirAtlas(page, server.url, `?embed=1&collectivites=${marseille.code}&test=1`);
    await page.waitForFunction((t) => document.querySelector('.integration__compte')?.textContent === t, `${fichesDe(marseille.code)} initiatives`);
    await expect(page.locator('.integration__perimetre').innerText()).resolves.toContain('Marseille');
    // By the open data too: the fiches whose commune is Marseille.
    expect(fichesDe(marseille.code)).toBe(initiatives.filter((f) => f.properties.codeInsee === marseille.code).length);
    await attendreInactif(page);
    await saveScreenshot(page, 'citoyens-integration-collectivite');

    const epci = marseille.epci as string;
    const membres = fichesDe(epci);
    expect(membres).toBeGreaterThan(fichesDe(marseille.code));
    await ouvrirAtlas(page, server.url, `?embed=1&collectivites=${epci}&test=1`);
    await page.waitForFunction((t) => document.querySelector('.integration__compte')?.textContent === t, `${membres} initiatives`);
  });
});
