/**
 * The newsroom journey in headless Chromium against the built site: Occitanie + one enjeu set by
 * the URL, the « Chiffres » tab's table and charts, the CSV and GeoJSON downloads checked against
 * a recount of the built data (points.bin decoded here, titles and ids from the tiles, features
 * from initiatives.geojson), the PNG exports, accessibility, and screenshots for review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasMeta, TuileGeoJSON } from '../../src/core/atlas-data.ts';
import { decodePointsIndex, type PointsIndex } from '../../src/core/points-index.ts';
import { checkA11y, formatViolations } from './a11y.ts';
import { attendreInactif, ouvrirAtlas, urlAJour } from './atlas-aide.ts';
import { launchChromium, newOfflineContext, type OfflineContext } from './browser.ts';
import { saveScreenshot, SCREENSHOTS_DIR } from './screenshots.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const distDir = inject('distDir');
const siteBuilt = inject('siteBuilt') && existsSync(join(distDir, 'data', 'atlas.json'));
const REGION = '76';

let browser: Browser;
let server: StaticServer;
let meta: AtlasMeta;
let index: PointsIndex;
/** Fiche index → [id, titre] from the tiles. */
const tuiles = new Map<number, { id: string; titre: string }>();
let features: { id: string; properties: Record<string, unknown> }[];
const ouverts: OfflineContext[] = [];

/** The enjeu with the most fiches in the region, and the fiches of region + enjeu, by brute force over points.bin. */
function recompter(): { enjeu: string; indices: number[] } {
  const enjeuDuService = new Map<string, string>();
  for (const a of meta.taxonomie.axes) for (const e of a.enjeux) for (const u of e.usages) for (const s of u.services) enjeuDuService.set(s.id, e.code);
  const r = meta.regions.findIndex((x) => x.code === REGION);
  const parEnjeu = new Map<string, number[]>();
  for (let i = 0; i < index.n; i++) {
    if (index.region[i] !== r) continue;
    const enjeux = new Set<string>();
    for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
      const e = enjeuDuService.get(meta.services[index.services[k]]);
      if (e) enjeux.add(e);
    }
    for (const e of enjeux) parEnjeu.set(e, [...(parEnjeu.get(e) ?? []), i]);
  }
  const [enjeu, indices] = [...parEnjeu.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  return { enjeu, indices };
}

async function contexte(options: Parameters<typeof newOfflineContext>[1] = {}): Promise<OfflineContext> {
  const c = await newOfflineContext(browser, { acceptDownloads: true, ...options });
  ouverts.push(c);
  return c;
}

async function telecharger(page: Page, selecteur: string): Promise<{ d: Download; octets: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(selecteur).first().click()]);
  const chemin = await d.path();
  return { d, octets: readFileSync(chemin) };
}

/** PNG signature, and the IHDR's width and height. */
function lirePng(octets: Buffer): { largeur: number; hauteur: number } {
  expect(Array.from(octets.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { largeur: octets.readUInt32BE(16), hauteur: octets.readUInt32BE(20) };
}

/** How many distinct colours the page sees in the PNG (sampled): a blank image has one. */
async function couleursPng(page: Page, octets: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const vues = new Set<number>();
    for (let k = 0; k < d.length; k += 4 * 97) vues.add((d[k] << 16) | (d[k + 1] << 8) | d[k + 2]);
    return vues.size;
  }, octets.toString('base64'));
}

async function ouvrirChiffres(page: Page, enjeu: string, viewport?: boolean): Promise<void> {
  await ouvrirAtlas(page, server.url, `?test=1&regions=${REGION}&enjeux=${enjeu}&onglet=chiffres`);
  if (viewport) await attendreInactif(page);
  await page.locator('.tableau-chiffres--selection tbody tr').first().waitFor({ timeout: 60_000 });
}

describe.skipIf(!siteBuilt)('newsroom: the « Chiffres » tab', () => {
  let attendu: { enjeu: string; indices: number[] };

  beforeAll(async () => {
    meta = JSON.parse(readFileSync(join(distDir, 'data', 'atlas.json'), 'utf8')) as AtlasMeta;
    const octets = readFileSync(join(distDir, 'data', meta.fichiers.points));
    index = decodePointsIndex(octets.buffer.slice(octets.byteOffset, octets.byteOffset + octets.byteLength) as ArrayBuffer);
    const lire = (dossier: string) => {
      for (const e of readdirSync(dossier, { withFileTypes: true })) {
        const chemin = join(dossier, e.name);
        if (e.isDirectory()) lire(chemin);
        else for (const f of (JSON.parse(readFileSync(chemin, 'utf8')) as TuileGeoJSON).features) tuiles.set(f.properties.i, f.properties);
      }
    };
    lire(join(distDir, 'data', 'tuiles'));
    features = (JSON.parse(readFileSync(join(distDir, 'data', meta.fichiers.initiatives), 'utf8')) as { features: typeof features }).features;
    attendu = recompter();
    expect(attendu.indices.length).toBeGreaterThan(50); // more than one page of the table
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of ouverts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('shows the selection as a sortable, paginated table whose rows open their fiche', async () => {
    const { page, errors, remote } = await contexte();
    await ouvrirChiffres(page, attendu.enjeu, true);
    const n = attendu.indices.length;
    const nFr = new Intl.NumberFormat('fr-FR').format(n);
    await expect(page.locator('#chiffres-titre').innerText()).resolves.toBe(`${nFr} initiatives dans la sélection`);
    await expect(page.locator('.pagination__etat').innerText()).resolves.toBe(`1–50 sur ${nFr}`);
    expect(await page.locator('.tableau-chiffres--selection tbody tr').count()).toBe(50);
    await saveScreenshot(page, 'chiffres-tableau');

    // Sorted by title: the first page holds the 50 first titles in French order.
    await page.locator('[data-tri="titre"]').click();
    await expect(page.locator('th.col-titre').getAttribute('aria-sort')).resolves.toBe('ascending');
    const titres = await page.locator('.tableau-chiffres--selection tbody td.col-titre').allInnerTexts();
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const tous = attendu.indices.map((i) => tuiles.get(i)?.titre ?? '').sort((a, b) => collator.compare(a, b));
    expect(titres.map((t) => t.trim())).toEqual(tous.slice(0, 50).map((t) => t.trim()));

    // Last page: the remaining rows.
    await page.getByRole('button', { name: 'Dernière page' }).click();
    expect(await page.locator('.tableau-chiffres--selection tbody tr').count()).toBe(n % 50 || 50);

    // A row opens its fiche, and closing it comes back to the table.
    const lien = page.locator('.tableau-chiffres--selection tbody td.col-titre a').first();
    const titre = (await lien.innerText()).trim();
    await lien.click();
    await page.locator('.fiche-detail h2, .fiche h2, [class*="fiche"] h2').first().waitFor();
    expect((await urlAJour(page)).searchParams.get('fiche')).toBe(tuiles.get(attendu.indices.find((i) => tuiles.get(i)?.titre.trim() === titre) as number)?.id);
    expect(remote.urls).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists the whole atlas without a filter, and sorts it quickly', async () => {
    const { page, errors } = await contexte();
    await ouvrirAtlas(page, server.url, '?test=1&onglet=chiffres');
    await page.locator('.tableau-chiffres--selection tbody tr').first().waitFor({ timeout: 60_000 });
    const nFr = new Intl.NumberFormat('fr-FR').format(meta.total);
    await expect(page.locator('.pagination__etat').innerText()).resolves.toBe(`1–50 sur ${nFr}`);
    const debut = Date.now();
    await page.locator('[data-tri="commune"]').click();
    await expect.poll(() => page.locator('th.col-commune').getAttribute('aria-sort')).toBe('ascending');
    console.log(`[chiffres] ${meta.total} lignes triées par commune et affichées en ${Date.now() - debut} ms`);
    expect(await page.locator('.tableau-chiffres--selection tbody tr').count()).toBe(50);
    expect(errors).toEqual([]);
  });

  it('downloads exactly the selection as CSV for French Excel and as GeoJSON', async () => {
    const { page, errors } = await contexte();
    await ouvrirChiffres(page, attendu.enjeu);
    const ids = attendu.indices.map((i) => tuiles.get(i)?.id as string);

    const csv = await telecharger(page, '[data-telecharger="csv"]');
    expect(csv.d.suggestedFilename()).toMatch(new RegExp(`^atlaas-initiatives-occitanie-enjeu-${attendu.enjeu.replace('.', '-')}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const texte = csv.octets.toString('utf8');
    expect(texte.charCodeAt(0)).toBe(0xfeff);
    expect(texte).toContain('\r\n');
    const lu = Papa.parse<Record<string, string>>(texte.slice(1), { delimiter: ';', header: true, skipEmptyLines: true });
    expect(lu.errors).toEqual([]);
    expect(lu.data.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of lu.data) {
      expect(r['code région']).toBe(REGION);
      expect(r.enjeux.split(', ')).toContain(attendu.enjeu);
      expect(r.titre.replace(/^'/, '')).toBe(tuiles.get(attendu.indices[ids.indexOf(r.id)])?.titre);
    }

    const geo = await telecharger(page, '[data-telecharger="geojson"]');
    expect(geo.d.suggestedFilename()).toMatch(/^atlaas-initiatives-occitanie-enjeu-[\d-]+-\d{4}-\d{2}-\d{2}\.geojson$/);
    const g = JSON.parse(geo.octets.toString('utf8')) as { type: string; features: typeof features };
    expect(g.type).toBe('FeatureCollection');
    expect(g.features.map((f) => f.id)).toEqual(ids);
    expect(g.features).toEqual(attendu.indices.map((i) => features[i]));
    await expect(page.locator('.telechargements__message').innerText()).resolves.toMatch(/initiatives dans le fichier GeoJSON/);
    expect(errors).toEqual([]);
  });

  it('draws the statistics of the selection, readable as tables, and exports charts and the map as PNG', async () => {
    const { page, errors } = await contexte();
    await ouvrirChiffres(page, attendu.enjeu, true);
    await page.locator('[data-vue="statistiques"]').click();
    await page.locator('#chiffres-carte svg.graphique path').first().waitFor();
    await saveScreenshot(page, 'chiffres-statistiques');
    // The link says so: a reload comes back to the statistics.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('chiffres') === 'statistiques');
    await page.reload();
    await page.locator('#chiffres-carte svg.graphique path').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-vue="statistiques"]').getAttribute('aria-pressed')).resolves.toBe('true');

    // The department table gives the recount of every department.
    await page.locator('#chiffres-carte').getByRole('button', { name: 'Voir le tableau' }).click();
    const lignes = await page.locator('#chiffres-carte-tableau tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    );
    const parDepartement = new Map<string, number>();
    for (const i of attendu.indices) {
      const d = meta.departements[index.departement[i]].code;
      parDepartement.set(d, (parDepartement.get(d) ?? 0) + 1);
    }
    const nFr = new Intl.NumberFormat('fr-FR');
    for (const d of meta.departements) {
      const ligne = lignes.find(([l]) => l.endsWith(`(${d.code})`));
      expect(ligne?.[1], d.code).toBe(nFr.format(parDepartement.get(d.code) ?? 0));
    }
    await saveScreenshot(page.locator('#chiffres-carte'), 'chiffres-choroplethe-tableau');

    // Per 100,000 inhabitants.
    await page.locator('#chiffres-carte select').nth(1).selectOption('taux');
    await expect(page.locator('#chiffres-carte-titre').innerText()).resolves.toMatch(/pour 100 000 habitants/);

    // The year chart's table adds up to the selection (minus the undated).
    await page.locator('#chiffres-annees').getByRole('button', { name: 'Voir le tableau' }).click();
    await page.locator('#chiffres-annees-tableau tbody td').first().waitFor();
    const annees = await page.locator('#chiffres-annees-tableau tbody td:first-of-type').allInnerTexts();
    const somme = annees.reduce((s, t) => s + Number(t.replace(/\s/g, '')), 0);
    expect(somme).toBe(attendu.indices.filter((i) => index.annee[i] !== 0).length);

    await saveScreenshot(page.locator('#chiffres-enjeux'), 'chiffres-enjeux');
    await saveScreenshot(page.locator('#chiffres-annees'), 'chiffres-annees');
    const png = await telecharger(page, '[data-export-png="chiffres-enjeux"]');
    expect(png.d.suggestedFilename()).toMatch(/^atlaas-graphique-enjeux-occitanie-.*\.png$/);
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOTS_DIR, 'chiffres-export-enjeux.png'), png.octets); // the exported images, for review
    const { largeur, hauteur } = lirePng(png.octets);
    expect(largeur).toBeGreaterThan(500);
    expect(hauteur).toBeGreaterThan(100);
    expect(await couleursPng(page, png.octets)).toBeGreaterThan(3);

    const carte = await telecharger(page, '[data-telecharger="carte"]');
    expect(carte.d.suggestedFilename()).toMatch(/^atlaas-carte-occitanie-.*\.png$/);
    writeFileSync(join(SCREENSHOTS_DIR, 'chiffres-export-carte.png'), carte.octets);
    const image = lirePng(carte.octets);
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    expect(image.largeur).toBe(canvas[0]); // the map's own pixels, plus a credits band below
    expect(image.hauteur).toBeGreaterThan(canvas[1]);
    expect(await couleursPng(page, carte.octets)).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violation, on a desktop and on a phone', async () => {
    const { page } = await contexte();
    await ouvrirChiffres(page, attendu.enjeu);
    const tableau = await checkA11y(page);
    expect(tableau, formatViolations(tableau)).toEqual([]);
    await page.locator('[data-vue="statistiques"]').click();
    await page.locator('#chiffres-carte svg.graphique path').first().waitFor();
    await page.locator('#chiffres-axes').getByRole('button', { name: 'Voir le tableau' }).click();
    const stats = await checkA11y(page);
    expect(stats, formatViolations(stats)).toEqual([]);

    const tel = await contexte({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    await ouvrirChiffres(tel.page, attendu.enjeu);
    await tel.page.locator('.tableau-chiffres--selection').scrollIntoViewIfNeeded();
    await saveScreenshot(tel.page, 'chiffres-telephone-tableau');
    const surTelephone = await checkA11y(tel.page);
    expect(surTelephone, formatViolations(surTelephone)).toEqual([]);
    await tel.page.locator('[data-vue="statistiques"]').click();
    await tel.page.locator('#chiffres-carte svg.graphique path').first().waitFor();
    await tel.page.locator('#chiffres-carte').scrollIntoViewIfNeeded();
    await saveScreenshot(tel.page, 'chiffres-telephone-statistiques');
  });
});
