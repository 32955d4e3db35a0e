/**
 * The full-text search in headless Chromium against the built site (issue "Find"): typing in the
 * search box filters map, list and counts; the result is checked against the built data (the
 * fiches whose texts hold both words, counted here with the search's own word analysis); case,
 * accents and one typo give the same result; matched words are highlighted; the URL carries q=
 * and a reload restores the result; an empty result offers to drop the filter that empties it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta, FicheDetail } from '../../src/core/atlas-data.ts';
import { motGarde, motsPlaces, plierMot } from '../../src/core/recherche-analyse.ts';
import { racine } from '../../src/core/recherche-racine.ts';
import { formatCompte } from '../../src/ui/format.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { attendreInactif, entitesVisibles, ouvrirAtlas, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));

let browser: Browser;
let server: StaticServer;
let fiches: FicheDetail[];
/** Per fiche (same order as `fiches`): its kept folded words and their stems. */
let mots: string[][];
let racines: Set<string>[];
const ouverts: OfflineContext[] = [];

async function contexte(): Promise<OfflineContext> {
  const c = await newOfflineContext(browser);
  ouverts.push(c);
  return c;
}

/** Everything the search indexes of a fiche: title, sous-titre, texts, outils, prestataires, places. */
const texteFiche = (f: FicheDetail) =>
  [f.titre, f.sousTitre, f.synthese, f.actions, f.resultats, f.recommandations, f.outils, f.prestataires, ...f.lieux.flatMap((l) => [l.nom, l.commune ?? ''])].join('\n');

/**
 * The fiches a query typed in the box must find, by the search's rules, counted the slow way:
 * every word's stem is among the fiche's, or, for the last word (still being typed), a word of
 * the fiche starts with it.
 */
function attendues(requete: string): FicheDetail[] {
  const q = motsPlaces(requete)
    .map((m) => m.plie)
    .filter(motGarde);
  return fiches.filter((_, k) => q.every((w, j) => racines[k].has(racine(w)) || (j === q.length - 1 && mots[k].some((m) => m.startsWith(w)))));
}

const titre = (page: Page) => page.locator('#liste-titre').innerText();
const titrePour = (n: number, q: string) => `${formatCompte(n, 'initiative')} pour « ${q} »`;

/** Waits until the list's count reads `texte` (the worker answered, the list is drawn). */
async function attendreTitre(page: Page, texte: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#liste-titre')?.textContent === t, texte, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.liste__ligne, .liste__vide').length > 0, null, { timeout: 30_000 });
}

/** Waits until the rows in sight have their titles (tiles loaded). */
async function attendreTitres(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.ligne__titre').length > 0 && document.querySelectorAll('.ligne__titre-squelette').length === 0, null, {
    timeout: 30_000,
  });
}

async function chercher(page: Page, q: string): Promise<void> {
  await page.locator('[data-recherche-texte]').fill(q);
}

describe.skipIf(!siteBuilt)('full-text search', () => {
  beforeAll(async () => {
    const meta = JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta;
    const dossier = join(distDir, 'data', meta.fichiers.fiches ?? 'fiches');
    fiches = readdirSync(dossier).flatMap((f) => Object.values(JSON.parse(readFileSync(join(dossier, f), 'utf8')) as Record<string, FicheDetail>));
    expect(fiches).toHaveLength(meta.total);
    mots = fiches.map((f) =>
      motsPlaces(texteFiche(f))
        .map((m) => m.plie)
        .filter(motGarde),
    );
    racines = mots.map((l) => new Set(l.map(racine)));
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('finds, as it is typed, every initiative that mentions "budget participatif", on the list, the map and in the URL', async () => {
    const attendu = attendues('budget participatif');
    expect(attendu.length).toBeGreaterThan(20);
    const { page, errors, remote } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const champ = page.getByRole('searchbox', { name: 'Rechercher une initiative' });
    await champ.click();
    await champ.pressSequentially('budget participatif');
    await attendreTitre(page, titrePour(attendu.length, 'budget participatif'));
    expect((await urlAJour(page)).searchParams.get('q')).toBe('budget participatif');

    // The list: matching fiches only, each with the matched words highlighted.
    await attendreTitres(page);
    const ids = new Set(attendu.map((f) => f.titre));
    const titres = await page.locator('.ligne__titre').allInnerTexts();
    expect(titres.length).toBeGreaterThan(3);
    for (const t of titres) expect(ids.has(t), t).toBe(true);
    const marques = await page.locator('.liste__ligne mark').allInnerTexts();
    expect(marques.length).toBeGreaterThan(0);
    for (const m of marques) expect(plierMot(m), m).toMatch(/^(budget|participati)/);
    // Title matches come first.
    const premier = attendu.find((f) => f.titre === titres[0]) as FicheDetail;
    expect(plierMot(premier.titre + ' ' + premier.sousTitre)).toMatch(/budget/);

    // The map: only matching fiches are clustered.
    await page.waitForFunction(() => (window as unknown as { __atlas: { inactif: boolean } }).__atlas.inactif, null, { timeout: 30_000 });
    const surCarte = (await entitesVisibles(page)).reduce((s, f) => s + f.n, 0);
    expect(surCarte).toBeGreaterThan(0);
    expect(surCarte).toBeLessThanOrEqual(attendu.length);

    await saveScreenshot(page, 'recherche-budget-participatif');
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(remote.urls).toEqual([]);
  });

  it('loads the search index only once the pointer comes over the box, not with the page', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const index = () => server.requests.filter((r) => /\/recherche\/[^/]+\/index\.json/.test(r)).length;
    const avant = index();
    await page.waitForTimeout(300);
    expect(index()).toBe(avant);
    await page.locator('[data-recherche-texte]').hover();
    await expect.poll(index, { timeout: 10_000 }).toBe(avant + 1);
  });

  it('finds the same whatever the capitals, the accents, or one typo', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    const budget = attendues('budget participatif').length;
    for (const q of ['Budget Participatif', 'BUDGET PARTICIPATIF', 'budjet participatif']) {
      await chercher(page, q);
      await attendreTitre(page, titrePour(budget, q));
    }
    const mediatheque = attendues('médiathèque numérique').length;
    expect(mediatheque).toBeGreaterThan(20);
    expect(attendues('mediatheque numerique').length).toBe(mediatheque);
    for (const q of ['médiathèque numérique', 'mediatheque numerique', 'Médiathèque Numérique']) {
      await chercher(page, q);
      await attendreTitre(page, titrePour(mediatheque, q));
    }
  });

  it('restores the same result from the URL after a reload', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    await chercher(page, 'budget participatif');
    const attendu = titrePour(attendues('budget participatif').length, 'budget participatif');
    await attendreTitre(page, attendu);
    await attendreTitres(page);
    const avant = await page.locator('.ligne__titre').allInnerTexts();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean } }).__atlas?.ready === true, null, { timeout: 60_000 });
    await attendreTitre(page, attendu);
    await expect(page.locator('[data-recherche-texte]').inputValue()).resolves.toBe('budget participatif');
    await attendreTitres(page);
    expect((await page.locator('.ligne__titre').allInnerTexts()).slice(0, 5)).toEqual(avant.slice(0, 5));
  });

  it('says so when nothing matches, and drops the search text on request', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    const avant = await titre(page);
    await chercher(page, 'budget xqzwyvk');
    await attendreTitre(page, titrePour(0, 'budget xqzwyvk'));
    const vide = page.locator('.liste__vide--filtres');
    await expect(vide.innerText()).resolves.toMatch(/Aucune initiative pour « budget xqzwyvk »/);
    await saveScreenshot(page, 'recherche-vide');
    await vide.locator('[data-retirer-facette="texte"]').click();
    await attendreTitre(page, avant);
    await expect(page.locator('[data-recherche-texte]').inputValue()).resolves.toBe('');
    expect((await urlAJour(page)).searchParams.get('q')).toBeNull();
  });

  it('offers to drop the facet that empties a search, with what each removal brings back', async () => {
    const budget = attendues('budget participatif');
    const annees = new Map<number, number>();
    for (const f of fiches) if (f.annee) annees.set(f.annee, (annees.get(f.annee) ?? 0) + 1);
    for (const f of budget) annees.delete(f.annee as number);
    const annee = [...annees].sort((a, b) => b[1] - a[1])[0];
    expect(annee, 'a year without any "budget participatif" fiche').toBeDefined();
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?test=1&q=budget+participatif&annees=${annee[0]}-${annee[0]}`);
    await attendreTitre(page, titrePour(0, 'budget participatif'));
    const vide = page.locator('.liste__vide--filtres');
    await expect(vide.locator('[data-retirer-facette="texte"]').innerText()).resolves.toContain(formatCompte(annee[1], 'initiative'));
    await expect(vide.locator('[data-retirer-facette="annees"]').innerText()).resolves.toContain(formatCompte(budget.length, 'initiative'));
    await expect(vide.locator('[data-retirer-facette="tout"]').count()).resolves.toBe(1);
    await vide.locator('[data-retirer-facette="annees"]').click();
    await attendreTitre(page, titrePour(budget.length, 'budget participatif'));
    const url = (await urlAJour(page));
    expect(url.searchParams.get('annees')).toBeNull();
    expect(url.searchParams.get('q')).toBe('budget participatif');
  });
});
