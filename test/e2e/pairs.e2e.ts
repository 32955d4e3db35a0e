/**
 * « Ma commune » in headless Chromium against the built site: pick Martigues by name, see its
 * profile, its peers with their reasons (the same ranking as the pure core computes from the
 * built data), the ideas from peers, the comparison, the map rings, and the URL restoring it
 * all after a reload. Screenshots (desktop and phone) go to test-results/screenshots/pairs-*.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta, Collectivite, CommuneRepere } from '../../src/core/atlas-data.ts';
import { tablesFiltres } from '../../src/core/filtres.ts';
import { codesEnjeux, compterEnjeux, enjeuxDe } from '../../src/core/pairs/enjeux-couverts.ts';
import { profilDeCollectivite, profilDeCommune, type ProfilPair } from '../../src/core/pairs/profil.ts';
import { classerPairs, type Pair } from '../../src/core/pairs/similarite.ts';
import { decodePointsIndex } from '../../src/core/points-index.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { ouvrirAtlas, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));

let browser: Browser;
let server: StaticServer;
let meta: AtlasMeta;
let martigues: ProfilPair;
let attendus: Pair[];
const ouverts: OfflineContext[] = [];

const lire = <T,>(fichier: string): T => JSON.parse(readFileSync(join(distDir, 'data', fichier), 'utf8')) as T;

async function contexte(options: Parameters<typeof newOfflineContext>[1] = {}): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, options);
  ouverts.push(c);
  return c;
}

async function choisirMartigues(page: Page): Promise<void> {
  const champ = page.locator('#choix-commune-champ');
  await champ.click();
  await champ.fill('martigues');
  const option = page.locator('#choix-commune-liste [role="option"]').first();
  await option.waitFor();
  await expect(option.locator('.choix-commune__nom').innerText()).resolves.toBe('Martigues');
  await champ.press('Enter');
}

async function attendreIdees(page: Page): Promise<void> {
  await page.locator('.idees__groupe').first().waitFor({ timeout: 30_000 });
  // Titles and communes come from the tiles: wait until no skeleton is left.
  await page.waitForFunction(() => document.querySelectorAll('.ma-commune .fiche-mini__squelette').length === 0, null, { timeout: 30_000 });
}

describe.skipIf(!siteBuilt)('« Ma commune »: peers and ideas', () => {
  beforeAll(async () => {
    meta = lire<AtlasMeta>('atlas.json');
    const collectivites = lire<Collectivite[]>(meta.fichiers.collectivites);
    const communes = lire<CommuneRepere[]>(meta.fichiers.communes);
    const buf = readFileSync(join(distDir, 'data', meta.fichiers.points));
    const index = decodePointsIndex(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const cv = compterEnjeux(index, tablesFiltres(meta).enjeuDuService, codesEnjeux(meta.taxonomie), collectivites.length);
    const profils = collectivites.map((c, k) => profilDeCollectivite(c, k, enjeuxDe(cv, k), cv.fiches[k]));
    const k = collectivites.findIndex((c) => c.nom === 'Martigues');
    const repere = communes.find((c) => c[1] === 'Martigues');
    if (!repere) throw new Error('Martigues is not in communes.json');
    martigues = k >= 0 ? profils[k] : profilDeCommune(repere, meta.strates, meta.departements);
    attendus = classerPairs(martigues, profils);
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('picks Martigues by name and shows its profile, its peers with reasons and the ideas from peers', async () => {
    expect(attendus.length).toBeGreaterThan(2); // the demo export has peers for Martigues within 100 km
    const { page, remote, errors } = await contexte({ viewport: { width: 1280, height: 800 } });
    await ouvrirAtlas(page, server.url, '?test=1&onglet=commune');
    await choisirMartigues(page);

    await expect(page.locator('#profil-titre').innerText()).resolves.toBe('Martigues');
    const chiffres = (await page.locator('.profil__chiffres').innerText()).replace(/\s+/g, ' ');
    expect(chiffres).toContain(`${new Intl.NumberFormat('fr-FR').format(martigues.population ?? 0).replace(/\s/g, ' ')} hab.`);
    expect(chiffres).toContain(meta.strates[martigues.strate].libelle.replace(/\s/g, ' '));
    await expect(page.locator('.profil__lieu').innerText()).resolves.toContain('Bouches-du-Rhône (13)');
    // Martigues has no fiche in the demo export: no grid, a sentence saying so.
    await expect(page.locator('.couverture__enjeu.est-couvert').count()).resolves.toBe(martigues.enjeux.size);
    if (martigues.enjeux.size === 0) await expect(page.locator('.couverture__resume').innerText()).resolves.toMatch(/^Aucune initiative/);

    // The list is the core's ranking of the built data, with its reasons.
    await page.locator('.pairs__pair').first().waitFor();
    const noms = await page.locator('.pairs__nom').allInnerTexts();
    expect(noms).toEqual(attendus.map((p) => p.profil.nom));
    const raisons = await page.locator('.pairs__raisons').allInnerTexts();
    expect(raisons).toEqual(attendus.map((p) => p.raisons.join(', ')));
    expect(raisons[0]).toMatch(/^même strate, \d+(,\d)? km, /);

    // Ideas: grouped by enjeu, each fiche from one of the peers, in an enjeu Martigues has none in.
    await attendreIdees(page);
    const groupes = page.locator('.idees__groupe');
    expect(await groupes.count()).toBeGreaterThan(0);
    const nomsPairs = new Set(attendus.map((p) => p.profil.nom));
    const communesIdees = await page.locator('.idees__groupe .fiche-mini__meta').allInnerTexts();
    expect(communesIdees.length).toBeGreaterThan(0);
    for (const m of communesIdees) expect(nomsPairs.has(m.split(' · ')[0])).toBe(true);
    const enjeuxIdees = await page.locator('.idees__enjeu').allInnerTexts();
    const libelleEnjeu = new Map(meta.taxonomie.axes.flatMap((a) => a.enjeux.map((e) => [e.libelle, e.code] as const)));
    for (const e of enjeuxIdees) expect(martigues.enjeux.has(libelleEnjeu.get(e.trim()) ?? '?')).toBe(false);

    await expect(page.evaluate(() => new URL(location.href).searchParams.get('commune'))).resolves.toBe(martigues.code);
    await saveScreenshot(page, 'pairs-martigues-bureau');
    await page.locator('#pairs-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pairs-martigues-bureau-pairs');
    await page.locator('#idees-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pairs-martigues-bureau-idees');

    const violations = await checkA11y(page, { include: '#panneau' });
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('compares peers side by side and restores everything from the URL after a reload', async () => {
    const { page, errors } = await contexte({ viewport: { width: 1280, height: 800 } });
    await ouvrirAtlas(page, server.url, '?test=1&onglet=commune');
    await choisirMartigues(page);
    await page.locator('.pairs__pair').first().waitFor();

    await page.selectOption('#pairs-portee', 'region');
    const dansRegion = classerPairs(martigues, await profilsDuSite(), { ...reglagesParDefaut(), portee: 'region' });
    await expect.poll(() => page.locator('.pairs__nom').allInnerTexts()).toEqual(dansRegion.map((p) => p.profil.nom));

    const cases = page.locator('.pairs__comparer input');
    await cases.nth(0).check();
    await cases.nth(1).check();
    await expect(page.locator('.comparaison thead th').count()).resolves.toBe(3);
    const enTete = await page.locator('.comparaison thead th .comparaison__nom').allInnerTexts();
    expect(enTete).toEqual(['Martigues', dansRegion[0].profil.nom, dansRegion[1].profil.nom]);
    await page.locator('#comparaison-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pairs-comparaison-bureau');

    const url = (await urlAJour(page));
    expect(url.searchParams.get('portee')).toBe('region');
    expect(url.searchParams.get('comparer')).toBe(`${dansRegion[0].profil.code},${dansRegion[1].profil.code}`);

    await page.reload();
    await page.locator('#profil-titre').waitFor({ timeout: 30_000 });
    await expect(page.locator('#profil-titre').innerText()).resolves.toBe('Martigues');
    await expect(page.locator('#pairs-portee').inputValue()).resolves.toBe('region');
    await expect.poll(() => page.locator('.pairs__nom').allInnerTexts()).toEqual(dansRegion.map((p) => p.profil.nom));
    await expect(page.locator('.comparaison thead th .comparaison__nom').allInnerTexts()).resolves.toEqual(enTete);
    await attendreIdees(page);
    expect(errors).toEqual([]);
  });

  it('draws the chosen commune and its peers on the map', async () => {
    const { page } = await contexte({ viewport: { width: 1280, height: 800 } });
    await ouvrirAtlas(page, server.url, `?test=1&onglet=commune&commune=${martigues.code}`);
    await page.locator('.pairs__pair').first().waitFor({ timeout: 30_000 });
    const avecCoordonnees = attendus.filter((p) => p.profil.lng !== null).length + 1;
    const trace = () => page.evaluate(() => (window as unknown as { __atlasPairs?: { demandes: number; rendus: number } }).__atlasPairs ?? null);
    await expect.poll(trace, { timeout: 30_000 }).toEqual({ demandes: avecCoordonnees, rendus: expect.any(Number) });
    // The map fits the peers only on a user's choice; a shared link keeps its view: choose again.
    await choisirMartigues(page);
    await expect.poll(async () => (await trace())?.rendus ?? -1, { timeout: 30_000 }).toBeGreaterThanOrEqual(Math.min(avecCoordonnees, 3));
    await saveScreenshot(page, 'pairs-carte-bureau');
    // Leaving the tab clears the rings.
    await page.locator('#onglet-liste').click();
    await expect.poll(async () => (await trace())?.demandes).toBe(0);
  });

  it('picks a labelled commune by its INSEE code: label history, coverage grid and its initiatives', async () => {
    const profils = await profilsDuSite();
    // The commune with the longest label history, then the most fiches (read from the built data).
    const c = profils
      .filter((p) => p.nature === 'commune' && p.nbFiches >= 3)
      .sort((a, b) => b.labels.length - a.labels.length || b.nbFiches - a.nbFiches || (a.code < b.code ? -1 : 1))[0];
    const { page, errors } = await contexte({ viewport: { width: 1280, height: 800 } });
    await ouvrirAtlas(page, server.url, '?test=1&onglet=commune');
    const champ = page.locator('#choix-commune-champ');
    await champ.click();
    await champ.fill(c.code);
    await page.locator('#choix-commune-liste [role="option"]').first().waitFor();
    await champ.press('Enter');
    await expect(page.locator('#profil-titre').innerText()).resolves.toBe(c.nom);
    const annees = c.labels.map((l) => l.annee);
    const fin = Math.max(...annees, meta.anneeLabel ?? 0);
    await expect(page.locator('.profil .historique-labels__annee').count()).resolves.toBe(fin - Math.min(...annees) + 1);
    await expect(page.locator('.profil .historique-labels__annee:not(.est-vide)').count()).resolves.toBe(c.labels.length);
    await expect(page.locator('.couverture__enjeu.est-couvert').count()).resolves.toBe(c.enjeux.size);
    await page.locator('.ma-commune__fiches .fiche-mini').first().waitFor();
    await expect(page.locator('.ma-commune__fiches .fiche-mini').count()).resolves.toBe(Math.min(c.nbFiches, 5));
    await saveScreenshot(page, 'pairs-commune-labellisee-bureau');
    // Opening one of its initiatives shows the fiche; closing it comes back to the tab.
    await page.locator('.ma-commune__fiches .fiche-mini').first().click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('fiche'))).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('works on a phone, in the bottom sheet', async () => {
    const { page, errors } = await contexte({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await ouvrirAtlas(page, server.url, '?test=1&onglet=commune');
    await choisirMartigues(page);
    await page.locator('.pairs__pair').first().waitFor();
    await saveScreenshot(page, 'pairs-martigues-telephone');
    await page.locator('.panneau__poignee').click(); // half → full
    await page.locator('#pairs-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pairs-martigues-telephone-plein');
    await attendreIdees(page);
    await page.locator('#idees-titre').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pairs-martigues-telephone-idees');
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});

async function profilsDuSite(): Promise<ProfilPair[]> {
  const collectivites = lire<Collectivite[]>(meta.fichiers.collectivites);
  const buf = readFileSync(join(distDir, 'data', meta.fichiers.points));
  const index = decodePointsIndex(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const cv = compterEnjeux(index, tablesFiltres(meta).enjeuDuService, codesEnjeux(meta.taxonomie), collectivites.length);
  return collectivites.map((c, k) => profilDeCollectivite(c, k, enjeuxDe(cv, k), cv.fiches[k]));
}

function reglagesParDefaut() {
  return { portee: 'rayon' as const, rayonKm: 100, memeStrate: true, facteurPopulation: 3, limite: 12 };
}
