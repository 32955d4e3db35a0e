/**
 * The map explorer in headless Chromium against the built site (dist/, atlas data included):
 * clusters, zooming, fiches, URL state, town search, untrusted text, phone layout, accessibility,
 * and the list without WebGL. Screenshots go to test-results/screenshots/ for review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chunkOfFiche, type AtlasMeta, type FicheDetail } from '../../src/core/atlas-data.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { attendreDessin, attendreInactif, dessins, entitesVisibles, ouvrirAtlas, vueDansUrl, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));

let browser: Browser;
let server: StaticServer;
let meta: AtlasMeta;
const ouverts: OfflineContext[] = [];

async function contexte(options: Parameters<typeof newOfflineContext>[1] = {}): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, options);
  ouverts.push(c);
  return c;
}

/** A real fiche of the built atlas (the first one of chunk 0 with a synthèse and a placed lieu). */
function uneFiche(): FicheDetail {
  for (let n = 0; n < meta.fichesChunks; n++) {
    const chunk = JSON.parse(readFileSync(join(distDir, 'data', meta.fichiers.fiches ?? 'fiches', `${n}.json`), 'utf8')) as Record<string, FicheDetail>;
    const f = Object.values(chunk).find((x) => x.synthese.length > 40 && x.lieux[0]?.lng !== null && x.titre.length > 10);
    if (f) return f;
  }
  throw new Error('no fiche with a synthèse');
}

const texteVisible = (page: Page, selecteur: string) => page.locator(selecteur).first().innerText();

describe.skipIf(!siteBuilt)('map explorer', () => {
  beforeAll(async () => {
    meta = JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta;
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('draws the clusters of the whole atlas, with nothing fetched from the network', async () => {
    const { page, remote, errors } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const e = await entitesVisibles(page);
    expect(e.filter((f) => f.k === 'c').length).toBeGreaterThan(5);
    const total = e.reduce((s, f) => s + f.n, 0);
    expect(total).toBeGreaterThan(meta.places * 0.9); // metropolitan view: everything but the overseas
    await expect(texteVisible(page, '#liste-titre')).resolves.toMatch(/initiatives dans la vue/);
    expect(await page.locator('.liste__ligne').count()).toBeGreaterThan(5);
    await saveScreenshot(page, 'carte-france');
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws the first clusters before the app, in the very box where the map then draws them, and gives way to it', async () => {
    type Immediate = { ms?: number; boite?: { x: number; y: number; largeur: number; hauteur: number } } | undefined;
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page } = await contexte({ viewport });
      await ouvrirAtlas(page, server.url);
      await attendreInactif(page);
      const r = await page.evaluate(() => {
        const c = (document.querySelector('.carte') as HTMLElement).getBoundingClientRect();
        return {
          immediate: (window as unknown as { __atlaasVueImmediate?: Immediate }).__atlaasVueImmediate,
          carte: { x: c.x, y: c.y, largeur: c.width, hauteur: c.height },
          premiersClustersMs: (window as unknown as { __atlas: { premiersClustersMs: number } }).__atlas.premiersClustersMs,
          restee: document.querySelector('.vue-immediate') !== null,
        };
      });
      expect(r.immediate?.ms).toBeGreaterThan(0);
      expect(r.immediate?.boite).toEqual(r.carte);
      expect(r.premiersClustersMs).toBe(r.immediate?.ms);
      expect(r.restee).toBe(false);
    }
    // A shared link (a filter here) is the app's to draw.
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?test=1&q=budget');
    await attendreInactif(page);
    expect(await page.evaluate(() => (window as unknown as { __atlaasVueImmediate?: Immediate }).__atlaasVueImmediate?.ms)).toBeUndefined();
  });

  it('gives a list row the full shareable link once the pointer or the focus is on it', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, '?test=1&q=budget');
    await attendreInactif(page);
    const ligne = page.locator('a.ligne[href*="fiche="]').first();
    await ligne.waitFor();
    await ligne.hover();
    const complet = new URL((await ligne.getAttribute('href')) as string, server.url);
    expect(complet.searchParams.get('q')).toBe('budget');
    expect(complet.searchParams.get('fiche')).toBeTruthy();
    expect(complet.searchParams.get('vue')).toBe((await urlAJour(page)).searchParams.get('vue'));
  });

  it('zooms into a cluster when it is clicked', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const avant = vueDansUrl((await urlAJour(page)).href);
    const plusGros = (await entitesVisibles(page)).filter((f) => f.k === 'c').sort((a, b) => b.n - a.n)[0];
    const n = await dessins(page);
    await page.mouse.click(plusGros.x, plusGros.y);
    await attendreDessin(page, n);
    await page.waitForFunction((z) => new URL(location.href).searchParams.get('vue')?.split(',')[2] !== String(z), avant?.zoom);
    const apres = vueDansUrl((await urlAJour(page)).href);
    expect(apres?.zoom).toBeGreaterThan(avant?.zoom ?? 99);
    const total = (await entitesVisibles(page)).reduce((s, f) => s + f.n, 0);
    expect(total).toBeGreaterThanOrEqual(plusGros.n * 0.5);
    await saveScreenshot(page, 'carte-cluster-zoome');
  });

  it('opens a fiche from the list, shows its text and closes it with Back', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    const premiere = page.locator('.liste__ligne a').first();
    await premiere.locator('.ligne__titre').filter({ hasNotText: 'chargement' }).waitFor();
    const titreLigne = (await premiere.locator('.ligne__titre').innerText()).trim();
    await premiere.click();
    const titre = page.locator('#fiche-titre');
    await titre.waitFor();
    await expect(titre.innerText()).resolves.toBe(titreLigne);
    expect((await urlAJour(page)).searchParams.get('fiche')).toBeTruthy();
    await page.locator('.fiche__section h3').first().waitFor();
    expect(await page.locator('.fiche__infos').innerText()).toMatch(/Lieu/);
    await attendreInactif(page);
    await saveScreenshot(page, 'fiche-ouverte');
    await page.goBack();
    await page.locator('#fiche-titre').waitFor({ state: 'detached' });
    expect((await urlAJour(page)).searchParams.get('fiche')).toBeNull();
    await expect(page.locator('.liste__ligne').first().isVisible()).resolves.toBe(true);
  });

  it('opens the fiche of a shared link, with its full text, and flies to it', async () => {
    const f = uneFiche();
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?fiche=${encodeURIComponent(f.id)}&test=1`);
    await page.locator('#fiche-titre').filter({ hasText: f.titre.slice(0, 20) }).waitFor();
    const synthese = await page.locator('.fiche__texte').first().innerText();
    expect(synthese.replace(/\s+/g, ' ').trim()).toBe(f.synthese.replace(/<br\s*\/?>/gi, '\n').replace(/\s+/g, ' ').trim());
    await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('vue')?.split(',')[2]) >= 11.9, null, { timeout: 30_000 });
    const v = vueDansUrl((await urlAJour(page)).href);
    expect(v?.lng).toBeCloseTo(f.lieux[0].lng as number, 1);
    expect(v?.lat).toBeCloseTo(f.lieux[0].lat as number, 1);
  });

  it('restores view, fiche, sort and filters after a reload', async () => {
    const f = uneFiche();
    const query = `?vue=4.38722,45.43389,10.5&fiche=${encodeURIComponent(f.id)}&tri=date&axes=1&test=1`;
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, query);
    await page.locator('#fiche-titre').waitFor();
    await attendreInactif(page);
    expect((await urlAJour(page)).search).toBe(query);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __atlas: { ready: boolean } }).__atlas.ready);
    await page.locator('#fiche-titre').waitFor();
    await attendreInactif(page);
    expect((await urlAJour(page)).search).toBe(query);
    await expect(page.locator('#liste-tri').inputValue()).resolves.toBe('date');
    await expect(page.locator('.filtres-actifs__puce').count()).resolves.toBe(1);
  });

  it('flies to Saint-Étienne when "st etienne" is typed in the town search', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    const champ = page.getByRole('combobox', { name: 'Aller à une commune' });
    await champ.click();
    await champ.pressSequentially('st etienne', { delay: 20 });
    const option = page.getByRole('option').first();
    await option.waitFor();
    await expect(option.innerText()).resolves.toMatch(/^Saint-Étienne\n/);
    await expect(champ.getAttribute('aria-expanded')).resolves.toBe('true');
    await saveScreenshot(page, 'recherche-commune');
    const n = await dessins(page);
    await champ.press('Enter');
    await attendreDessin(page, n);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('vue')?.endsWith(',12'));
    const v = vueDansUrl((await urlAJour(page)).href);
    expect(v?.lng).toBeCloseTo(4.39, 1);
    expect(v?.lat).toBeCloseTo(45.43, 1);
    await attendreInactif(page);
    await saveScreenshot(page, 'saint-etienne');
  });

  it('opens the list of a pile of initiatives at the same place', async () => {
    // Where the atlas has several fiches at the very same coordinates, from the engine itself.
    const b = readFileSync(join(distDir, 'data', meta.fichiers.points));
    const moteur = new Moteur(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), meta);
    const cible = moteur
      .entites([-5.5, 41, 10, 51.5], 17)
      .features.filter((f) => f.properties.k === 'p' && f.properties.n >= 3 && f.properties.n <= 12)[0];
    expect(cible).toBeDefined();
    const [lng, lat] = cible.geometry.coordinates;
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url, `?vue=${lng.toFixed(5)},${lat.toFixed(5)},16&test=1`);
    await attendreInactif(page);
    const piles = (await entitesVisibles(page)).filter((f) => f.k === 'p');
    expect(piles.length).toBeGreaterThan(0);
    const pile = piles.sort((a, b) => b.n - a.n)[0];
    await page.mouse.click(pile.x, pile.y);
    const dialogue = page.getByRole('dialog');
    await dialogue.waitFor();
    await expect(dialogue.locator('li').count()).resolves.toBe(pile.n);
    await dialogue.locator('.fiche-mini__titre').first().filter({ hasNot: page.locator('.squelette') }).waitFor();
    await saveScreenshot(page, 'pile');
    await page.keyboard.press('Escape');
    await dialogue.waitFor({ state: 'detached' });
  });

  it('renders untrusted fiche text as text and refuses javascript: links', async () => {
    const id = 'xss-essai';
    const chunk = chunkOfFiche(id, meta.fichesChunks);
    const piege: FicheDetail = {
      ...uneFiche(),
      id,
      titre: 'Titre <img src=x onerror=window.__xss=1>',
      sousTitre: '<script>window.__xss=1</script>',
      synthese: 'Avant <img src=x onerror="window.__xss=1"> après\n<script>window.__xss=1</script>',
      actions: '<a href="javascript:window.__xss=1">clic</a>',
      liens: ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', 'https://exemple.fr/projet'],
      videos: ['javascript:window.__xss=1'],
      photos: [],
    };
    const { page, errors } = await contexte();
    await page.route(`**/data/${meta.fichiers.fiches ?? 'fiches'}/${chunk}.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ [id]: piege }) }),
    );
    await ouvrirAtlas(page, server.url, `?fiche=${id}&test=1`);
    await page.locator('#fiche-titre').filter({ hasText: 'Titre <img' }).waitFor();
    await attendreInactif(page);
    const fiche = page.locator('article.fiche');
    await expect(fiche.locator('img').count()).resolves.toBe(0);
    await expect(fiche.locator('script').count()).resolves.toBe(0);
    await expect(fiche.locator('a[href^="javascript" i], a[href^="data:" i]').count()).resolves.toBe(0);
    const liens = fiche.locator('.fiche__liens a');
    await expect(liens.count()).resolves.toBe(1);
    await expect(liens.first().getAttribute('href')).resolves.toBe('https://exemple.fr/projet');
    await expect(liens.first().getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(liens.first().getAttribute('target')).resolves.toBe('_blank');
    await expect(fiche.innerText()).resolves.toContain('<script>window.__xss=1</script>');
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    expect(errors.filter((e) => /xss/i.test(e))).toEqual([]);
    await saveScreenshot(page, 'fiche-xss');
  });

  it('works on a phone: map above, bottom sheet below, fiche in the sheet', async () => {
    const { page } = await contexte({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const feuille = page.locator('#panneau');
    await expect(feuille.getAttribute('data-feuille')).resolves.toBe('mi');
    const carte = await page.locator('.carte__maplibre').boundingBox();
    const boite = await feuille.boundingBox();
    expect(boite && carte && boite.y > 300 && boite.y < 600).toBe(true);
    const clusters = (await entitesVisibles(page)).filter((f) => f.k !== 'f' && f.y < (boite?.y ?? 0) - 20);
    expect(clusters.length).toBeGreaterThan(3); // the map stays visible above the sheet
    await saveScreenshot(page, 'telephone-carte');

    const poignee = page.locator('.panneau__poignee');
    await poignee.click();
    await expect(feuille.getAttribute('data-feuille')).resolves.toBe('plein');
    await page.keyboard.press('Escape');
    await expect(feuille.getAttribute('data-feuille')).resolves.toBe('mi');
    await poignee.click();
    await poignee.click();
    await expect(feuille.getAttribute('data-feuille')).resolves.toBe('replie');
    await saveScreenshot(page, 'telephone-replie');
    await poignee.click();

    const ligne = page.locator('.liste__ligne a').first();
    await ligne.locator('.ligne__titre').filter({ hasNotText: 'chargement' }).waitFor();
    await ligne.click();
    await page.locator('#fiche-titre').waitFor();
    await attendreInactif(page);
    await saveScreenshot(page, 'telephone-fiche');
    await page.keyboard.press('Escape');
    await page.locator('#fiche-titre').waitFor({ state: 'detached' });
  });

  it('moves through the list with the keyboard', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const premiere = page.locator('.liste__ligne a').first();
    await premiere.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-k') === '2', null, { timeout: 5000 });
    await expect(page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).resolves.toBe('3');
    await page.keyboard.press('End');
    const total = await page.evaluate(() => document.querySelector('.liste__ligne')?.getAttribute('aria-setsize'));
    await page.waitForFunction((t) => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === t, total, { timeout: 5000 });
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.locator('#fiche-titre').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fiche-titre');
  });

  it('has no serious or critical accessibility violations (map, fiche, phone)', async () => {
    const { page } = await contexte();
    await ouvrirAtlas(page, server.url);
    await attendreInactif(page);
    const surCarte = await checkA11y(page);
    expect(surCarte, formatViolations(surCarte)).toEqual([]);

    await page.locator('.liste__ligne a').first().click();
    await page.locator('.fiche__section h3').first().waitFor();
    const surFiche = await checkA11y(page);
    expect(surFiche, formatViolations(surFiche)).toEqual([]);

    const tel = await contexte({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await ouvrirAtlas(tel.page, server.url);
    const surTelephone = await checkA11y(tel.page);
    expect(surTelephone, formatViolations(surTelephone)).toEqual([]);
  });

  it('lists every initiative, with a clear message, when WebGL is unavailable', async () => {
    const { page } = await contexte();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await ouvrirAtlas(page, server.url);
    await expect(page.evaluate(() => (window as unknown as { __atlas: { carte: boolean } }).__atlas.carte)).resolves.toBe(false);
    await expect(page.locator('.panneau__alerte').innerText()).resolves.toMatch(/La carte n’a pas pu s’afficher/);
    const titre = (await texteVisible(page, '#liste-titre')).replace(/\s/g, '');
    expect(titre).toBe(`${meta.total}initiatives`);
    await page.locator('.liste__ligne a').first().click();
    await page.locator('#fiche-titre').waitFor();
    await saveScreenshot(page, 'sans-webgl');
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('works under any base path (relative assets and data)', async () => {
    const sousDossier = await serveStatic(distDir, { base: '/collectivites/atlaas/' });
    try {
      const { page, errors } = await contexte();
      await ouvrirAtlas(page, sousDossier.url);
      expect(new URL(page.url()).pathname).toBe('/collectivites/atlaas/');
      expect(sousDossier.requests.some((r) => r.startsWith(`/collectivites/atlaas/data/${meta.fichiers.points}`))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await sousDossier.close();
    }
  });

  it('says so in French when the data cannot be loaded', async () => {
    const { page } = await contexte();
    await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 404, body: 'absent' }));
    await page.goto(server.url + '?test=1');
    const alerte = page.getByRole('alert').filter({ hasText: 'n’ont pas pu être chargées' });
    await alerte.waitFor();
    await expect(alerte.innerText()).resolves.toMatch(/introuvable \(404\)/);
    await saveScreenshot(page, 'donnees-absentes');
  });

  it('flies around the user, or explains why it cannot', async () => {
    const ok = await contexte({ geolocation: { latitude: 45.7578, longitude: 4.832 }, permissions: ['geolocation'] });
    await ouvrirAtlas(ok.page, server.url);
    await ok.page.getByRole('button', { name: 'Autour de moi' }).click();
    await ok.page.waitForFunction(() => new URL(location.href).searchParams.get('vue')?.endsWith(',11'), null, { timeout: 30_000 });
    expect(vueDansUrl((await urlAJour(ok.page)).href)?.lat).toBeCloseTo(45.76, 1);

    const refuse = await contexte();
    await ouvrirAtlas(refuse.page, server.url);
    await refuse.page.evaluate(() => {
      navigator.geolocation.getCurrentPosition = (_ok, ko) => ko?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    });
    await refuse.page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => refuse.page.locator('.autour-de-moi__message').innerText()).toMatch(/refusé l’accès à votre position/);
  });
});
