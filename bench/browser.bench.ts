/**
 * In the browser: time to the first clustered frame, filter change all → ¼ → all, JS heap after
 * load and what is fetched before the first clusters, for the atlas and the two baselines
 * (bench/pages/). One headless Chromium (SwiftShader WebGL, no network), a fresh context per page,
 * the variants interleaved (atlas, leaflet, maplibre, atlas, …) so that the load of a shared machine
 * falls on all of them alike; medians are kept.
 *
 * How each page says "drawn" (all in ms from navigation start, `performance.now()` in the page):
 *   atlas     window.__atlas.premiersClustersMs (src/state/instrumentation.ts): the frame after the
 *             first clusters were drawn on screen, by the early view (src/vue-immediate.ts: atlas.json's
 *             precomputed clusters, before the app has run) or else by the map. Filter: a click on the axe's button in
 *             the legend (src/ui/legende), timed until `__atlas.dessins` next changes (the map has
 *             rendered the new clusters) and until `__atlas.lignes` changes (the list has its rows).
 *   leaflet   after addLayers, the next animation frame and the task after it.
 *   maplibre  the first 'render' with the source loaded and clusters rendered; filter = setData.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, newOfflineContext } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/serve.ts';
import { mediane, ratio, tailleGzip } from './mesures.ts';
import type { FiltreQuart, SiteBench } from './site.ts';

export type Variante = 'atlas' | 'leaflet' | 'maplibre';
export const VARIANTES: readonly Variante[] = ['atlas', 'leaflet', 'maplibre'];

export interface Requete {
  /** Path under the site, e.g. `data/points.bin`. */
  chemin: string;
  octets: number;
  gzip: number;
  /** ms from navigation start. */
  debutMs: number;
}

export interface MesurePage {
  variante: Variante;
  tour: number;
  premiersClustersMs: number | null;
  /** Main-thread JS heap in use after load and a forced GC (CDP Performance.getMetrics JSHeapUsedSize), MiB. Workers not included. */
  tasMio: number | null;
  /** all → ¼, one sample per repetition, ms until the map has redrawn. */
  filtreQuartMs: number[];
  /** ¼ → all. */
  filtreToutMs: number[];
  /** Atlas only: ms until the list has its new rows. */
  listeQuartMs: number[];
  listeToutMs: number[];
  /** Features drawn after load (clusters + markers). */
  dessines: number | null;
  /** Requests started before the first clusters were drawn. */
  requetes: Requete[];
  /** performance.mark()s of the page (ms from navigation start): the phases before the first clusters. */
  marques: Record<string, number>;
  /** MapLibre baseline: ms of one repaint with no data change (the renderer's floor here). */
  imageMs: number[];
  erreurs: string[];
}

export interface ResumeVariante {
  premiersClustersMs: number | null;
  filtreQuartMs: number | null;
  filtreToutMs: number | null;
  /** Median of all filter changes, both directions. */
  filtreMs: number | null;
  listeQuartMs: number | null;
  listeToutMs: number | null;
  tasMio: number | null;
  /** Median time of each performance mark, ms from navigation start. */
  marques: Record<string, number | null>;
  imageMs: number | null;
  pages: number;
  echecs: number;
}

export interface ResultatNavigateur {
  n: number;
  quart: FiltreQuart;
  tours: number;
  repetitionsFiltre: number;
  resume: Record<Variante, ResumeVariante>;
  /** Baseline time ÷ atlas time (> 1: the atlas is faster). */
  ratios: {
    leaflet: { firstClusters: number | null; filterChange: number | null };
    maplibre: { firstClusters: number | null; filterChange: number | null };
  };
  /** Atlas requests before first clusters (first atlas page), with gzip sizes, and totals by kind. */
  chargementAtlas: { requetes: Requete[]; parSorte: Record<string, { octets: number; gzip: number; fichiers: number }> };
  pages: MesurePage[];
}

export interface OptionsNavigateur {
  tours: number;
  /** all → ¼ → all pairs per page. */
  repetitionsFiltre: number;
  variantes?: readonly Variante[];
  /** Give up on a page after this long, ms. */
  delaiMs?: number;
  journal?: (ligne: string) => void;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function avecDelai<T>(p: Promise<T>, ms: number, quoi: string): Promise<T> {
  let minuterie: NodeJS.Timeout | undefined;
  const delai = new Promise<never>((_ok, ko) => {
    minuterie = setTimeout(() => ko(new Error(`${quoi} : rien après ${ms} ms`)), ms);
  });
  return Promise.race([p, delai]).finally(() => clearTimeout(minuterie));
}

/** The kind of a file the page fetched, for the size totals. */
export function sorteRequete(chemin: string): string {
  if (/(^|\/)maplibre[^/]*\.m?js$/.test(chemin)) return 'js-maplibre';
  if (/\.m?js$/.test(chemin)) return 'js-app';
  if (/\.css$/.test(chemin)) return 'css';
  if (chemin.startsWith('fonts/')) return 'polices';
  if (chemin.startsWith('basemap/')) return 'fond-de-carte';
  if (chemin.startsWith('data/')) return 'donnees-atlas';
  if (chemin === '' || chemin.endsWith('.html')) return 'html';
  return 'autre';
}

/** bench/pages/adaptateur-atlas.js: `__bench.filtrer(quart)` for the atlas page. */
const ADAPTATEUR_ATLAS = readFileSync(fileURLToPath(new URL('./pages/adaptateur-atlas.js', import.meta.url)), 'utf8')
  .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
  .trim()
  .replace(/;$/, '');

async function attendrePret(page: Page, variante: Variante, delaiMs: number): Promise<number | null> {
  if (variante === 'atlas') {
    await page.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean; erreur: string | null } }).__atlas?.ready || (window as unknown as { __atlas?: { erreur: string | null } }).__atlas?.erreur, null, {
      timeout: delaiMs,
      polling: 50,
    });
    const r = await page.evaluate(() => {
      const a = (window as unknown as { __atlas: { premiersClustersMs: number | null; carte: boolean | null; erreur: string | null } }).__atlas;
      return { ms: a.premiersClustersMs, carte: a.carte, erreur: a.erreur };
    });
    if (r.erreur) throw new Error(`atlas : ${r.erreur}`);
    if (r.carte !== true) throw new Error('atlas prêt sans carte (WebGL indisponible ?)');
    return r.ms;
  }
  await page.waitForFunction(() => {
    const b = (window as unknown as { __bench?: { ready: boolean; erreur: string | null } }).__bench;
    return !!b && (b.ready || !!b.erreur);
  }, null, { timeout: delaiMs, polling: 50 });
  const r = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { premiersClustersMs: number | null; erreur: string | null } }).__bench;
    return { ms: b.premiersClustersMs, erreur: b.erreur };
  });
  if (r.erreur) throw new Error(`${variante} : ${r.erreur}`);
  return r.ms;
}

async function attendreCalme(page: Page, variante: Variante): Promise<void> {
  if (variante === 'atlas')
    await page.waitForFunction(() => (window as unknown as { __atlas: { inactif: boolean } }).__atlas.inactif, null, { timeout: 30_000, polling: 50 }).catch(() => undefined);
  if (variante === 'maplibre')
    await page
      .waitForFunction(() => (window as unknown as { __bench: { inactif: () => boolean } }).__bench.inactif(), null, { timeout: 30_000, polling: 50 })
      .catch(() => undefined);
  await pause(300);
}

async function tasApresGc(cdp: CDPSession): Promise<number | null> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = metrics.find((x) => x.name === 'JSHeapUsedSize');
    return m ? m.value / 2 ** 20 : null;
  } catch {
    return null;
  }
}

async function mesurerPage(browser: Browser, site: SiteBench, base: string, variante: Variante, tour: number, o: Required<Omit<OptionsNavigateur, 'journal' | 'variantes'>>): Promise<MesurePage> {
  const m: MesurePage = {
    variante,
    tour,
    premiersClustersMs: null,
    tasMio: null,
    filtreQuartMs: [],
    filtreToutMs: [],
    listeQuartMs: [],
    listeToutMs: [],
    dessines: null,
    requetes: [],
    marques: {},
    imageMs: [],
    erreurs: [],
  };
  const ctx = await newOfflineContext(browser);
  const vues: { url: string; debut: number }[] = [];
  ctx.context.on('request', (r) => {
    if (r.url().startsWith(base)) vues.push({ url: r.url(), debut: Date.now() });
  });
  const finies: { url: string; debut: number }[] = [];
  ctx.context.on('requestfinished', (r) => {
    if (!r.url().startsWith(base)) return;
    const t = r.timing();
    finies.push({ url: r.url(), debut: t.startTime > 0 ? t.startTime : NaN });
  });
  try {
    const url = variante === 'atlas' ? base : `${base}baselines/${variante}.html`;
    await ctx.page.goto(url, { waitUntil: 'commit', timeout: o.delaiMs });
    m.premiersClustersMs = await attendrePret(ctx.page, variante, o.delaiMs);
    const origine = await ctx.page.evaluate(() => performance.timeOrigin);
    m.marques = Object.fromEntries(
      await ctx.page.evaluate(() => performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)] as [string, number])),
    );
    // Requests issued before the first clusters (browser timestamps when known, else when Playwright saw them).
    const fin = origine + (m.premiersClustersMs ?? 0);
    const debuts = new Map<string, number>();
    for (const v of vues) if (!debuts.has(v.url)) debuts.set(v.url, v.debut);
    for (const f of finies) if (Number.isFinite(f.debut)) debuts.set(f.url, Math.min(f.debut, debuts.get(f.url) ?? Infinity));
    for (const [u, debut] of debuts) {
      if (debut > fin) continue;
      const chemin = decodeURIComponent(new URL(u).pathname.slice(new URL(base).pathname.length));
      const fichier = join(site.dossier, chemin === '' ? 'index.html' : chemin);
      let octets = 0;
      let gzip = 0;
      try {
        const reel = realpathSync(fichier);
        octets = statSync(reel).size;
        gzip = tailleGzip(reel);
      } catch {
        // a 404: counted with no size
      }
      m.requetes.push({ chemin, octets, gzip, debutMs: Math.round(debut - origine) });
    }
    m.requetes.sort((a, b) => a.debutMs - b.debutMs);

    await attendreCalme(ctx.page, variante);
    const cdp = await ctx.context.newCDPSession(ctx.page);
    m.tasMio = await tasApresGc(cdp);
    if (variante === 'atlas') {
      await ctx.page.evaluate(`${ADAPTATEUR_ATLAS}(${site.quart.rang})`);
      m.dessines = await ctx.page.evaluate(() => (window as unknown as { __atlas: { clustersDrawn: number } }).__atlas.clustersDrawn);
    } else {
      m.dessines = await ctx.page.evaluate(() => (window as unknown as { __bench: { dessines: () => number } }).__bench.dessines());
    }
    if (variante === 'maplibre')
      for (let k = 0; k < 5; k++) m.imageMs.push(await ctx.page.evaluate(() => (window as unknown as { __bench: { image: () => Promise<number> } }).__bench.image()));
    for (let k = 0; k < o.repetitionsFiltre; k++) {
      for (const quart of [true, false]) {
        const r = await avecDelai(
          ctx.page.evaluate((q) => {
            const b = (window as unknown as { __bench: { filtrer: (q: boolean) => Promise<number | { carte: number; liste: number | null }> } }).__bench;
            return b.filtrer(q);
          }, quart),
          o.delaiMs,
          `filtre ${quart ? 'tout → ¼' : '¼ → tout'}`,
        );
        const carte = typeof r === 'number' ? r : r.carte;
        const liste = typeof r === 'number' ? null : r.liste;
        (quart ? m.filtreQuartMs : m.filtreToutMs).push(carte);
        if (liste !== null) (quart ? m.listeQuartMs : m.listeToutMs).push(liste);
        await attendreCalme(ctx.page, variante);
      }
    }
  } catch (e) {
    m.erreurs.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
  } finally {
    m.erreurs.push(...ctx.errors.slice(0, 5));
    if (ctx.remote.count() > 0) m.erreurs.push(`${ctx.remote.count()} requête(s) distante(s) bloquée(s)`);
    await ctx.close().catch(() => undefined);
  }
  return m;
}

function resumer(pages: MesurePage[]): ResumeVariante {
  const ok = pages.filter((p) => p.premiersClustersMs !== null);
  const tout = (f: (p: MesurePage) => number[]) => ok.flatMap(f);
  return {
    premiersClustersMs: mediane(ok.map((p) => p.premiersClustersMs)),
    filtreQuartMs: mediane(tout((p) => p.filtreQuartMs)),
    filtreToutMs: mediane(tout((p) => p.filtreToutMs)),
    filtreMs: mediane(tout((p) => [...p.filtreQuartMs, ...p.filtreToutMs])),
    listeQuartMs: mediane(tout((p) => p.listeQuartMs)),
    listeToutMs: mediane(tout((p) => p.listeToutMs)),
    tasMio: mediane(ok.map((p) => p.tasMio)),
    marques: Object.fromEntries(
      [...new Set(ok.flatMap((p) => Object.keys(p.marques)))].map((nom) => [nom, mediane(ok.map((p) => p.marques[nom]))]),
    ),
    imageMs: mediane(tout((p) => p.imageMs)),
    pages: pages.length,
    echecs: pages.filter((p) => p.erreurs.some((e) => !/requête|console/i.test(e)) || p.premiersClustersMs === null).length,
  };
}

export function totauxParSorte(requetes: readonly Requete[]): Record<string, { octets: number; gzip: number; fichiers: number }> {
  const t: Record<string, { octets: number; gzip: number; fichiers: number }> = {};
  for (const r of requetes) {
    const s = (t[sorteRequete(r.chemin)] ??= { octets: 0, gzip: 0, fichiers: 0 });
    s.octets += r.octets;
    s.gzip += r.gzip;
    s.fichiers++;
  }
  return t;
}

/** Runs every variant on every site, interleaved; one browser and one server per site. */
export async function benchNavigateur(sites: readonly SiteBench[], options: OptionsNavigateur): Promise<ResultatNavigateur[]> {
  const variantes = options.variantes ?? VARIANTES;
  const o = { tours: options.tours, repetitionsFiltre: options.repetitionsFiltre, delaiMs: options.delaiMs ?? 180_000 };
  const journal = options.journal ?? (() => undefined);
  const resultats: ResultatNavigateur[] = [];
  for (const site of sites) {
    const serveur = await serveStatic(site.dossier);
    const browser = await launchChromium();
    const pages: MesurePage[] = [];
    try {
      for (let tour = 0; tour < o.tours; tour++) {
        for (const v of variantes) {
          const m = await mesurerPage(browser, site, serveur.url, v, tour, o);
          pages.push(m);
          journal(
            `  n=${site.n} tour ${tour + 1}/${o.tours} ${v.padEnd(8)} premiers clusters ${m.premiersClustersMs?.toFixed(0) ?? '—'} ms, ` +
              `filtre ¼ ${m.filtreQuartMs.map((x) => x.toFixed(0)).join('/') || '—'} ms, tout ${m.filtreToutMs.map((x) => x.toFixed(0)).join('/') || '—'} ms` +
              (m.erreurs.length ? `  [${m.erreurs.join(' ; ')}]` : ''),
          );
        }
      }
    } finally {
      await browser.close().catch(() => undefined);
      await serveur.close();
    }
    const resume = Object.fromEntries(VARIANTES.map((v) => [v, resumer(pages.filter((p) => p.variante === v))])) as Record<Variante, ResumeVariante>;
    const a = resume.atlas;
    const premiereAtlas = pages.find((p) => p.variante === 'atlas' && p.premiersClustersMs !== null);
    const requetes = premiereAtlas?.requetes ?? [];
    resultats.push({
      n: site.n,
      quart: site.quart,
      tours: o.tours,
      repetitionsFiltre: o.repetitionsFiltre,
      resume,
      ratios: {
        leaflet: { firstClusters: ratio(resume.leaflet.premiersClustersMs, a.premiersClustersMs), filterChange: ratio(resume.leaflet.filtreMs, a.filtreMs) },
        maplibre: { firstClusters: ratio(resume.maplibre.premiersClustersMs, a.premiersClustersMs), filterChange: ratio(resume.maplibre.filtreMs, a.filtreMs) },
      },
      chargementAtlas: { requetes, parSorte: totauxParSorte(requetes) },
      pages,
    });
  }
  return resultats;
}

/** Gzip size of every file of the built app's initial JS, by kind (what index.html loads, the worker, maplibre). */
export function tailleApp(app: string): { fichier: string; octets: number; gzip: number; sorte: string }[] {
  const html = readFileSync(join(app, 'index.html'), 'utf8');
  const fichiers = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:m?js|css))"/g)) fichiers.add(m[1]);
  return [...fichiers].map((f) => {
    const p = join(app, f);
    return { fichier: f, octets: statSync(p).size, gzip: tailleGzip(p), sorte: sorteRequete(f) };
  });
}

export interface EvenementChronologie {
  /** ms from the click (filter) or from navigation start (load). */
  t: number;
  quoi: string;
}

export interface Chronologie {
  n: number;
  chargement: EvenementChronologie[];
  filtreQuart: EvenementChronologie[];
  filtreTout: EvenementChronologie[];
}

const ESPION_WORKER = readFileSync(fileURLToPath(new URL('./pages/espion-worker.js', import.meta.url)), 'utf8');

/**
 * Diagnostic, one atlas page: when each request to the atlas worker is posted and answered (pages/espion-worker.js),
 * with the page's marks, during load and during one filter change each way. Says where the time goes
 * between the main thread, the worker and MapLibre.
 */
export async function chronologieAtlas(site: SiteBench): Promise<Chronologie> {
  const serveur = await serveStatic(site.dossier);
  const browser = await launchChromium();
  const ctx = await newOfflineContext(browser);
  type Espion = { t: number; sens: string; type: string; id: number }[];
  const lireJournal = (depuis: number) =>
    ctx.page.evaluate((d) => (window as unknown as { __espion: Espion }).__espion.filter((e) => e.t >= d), depuis);
  const enEvenements = (journal: Espion, t0: number): EvenementChronologie[] => journal.map((e) => ({ t: Math.round(e.t - t0), quoi: `${e.sens} ${e.type}` }));
  try {
    await ctx.page.addInitScript({ content: ESPION_WORKER });
    await ctx.page.goto(serveur.url);
    await attendrePret(ctx.page, 'atlas', 180_000);
    const marques = await ctx.page.evaluate(() => performance.getEntriesByType('mark').map((e) => ({ t: Math.round(e.startTime), quoi: e.name })));
    const chargement = [...enEvenements(await lireJournal(0), 0), ...marques].sort((a, b) => a.t - b.t);
    await attendreCalme(ctx.page, 'atlas');
    await ctx.page.evaluate(`${ADAPTATEUR_ATLAS}(${site.quart.rang})`);
    const filtres: EvenementChronologie[][] = [];
    for (const quart of [true, false]) {
      const r = await ctx.page.evaluate(async (q) => {
        const t0 = performance.now();
        const m = await (window as unknown as { __bench: { filtrer: (q: boolean) => Promise<{ carte: number; liste: number | null }> } }).__bench.filtrer(q);
        return { t0, ...m };
      }, quart);
      filtres.push(
        [
          ...enEvenements(await lireJournal(r.t0), r.t0),
          { t: Math.round(r.carte), quoi: 'carte dessinée' },
          ...(r.liste !== null ? [{ t: Math.round(r.liste), quoi: 'liste reçue' }] : []),
        ].sort((a, b) => a.t - b.t),
      );
      await attendreCalme(ctx.page, 'atlas');
    }
    return { n: site.n, chargement, filtreQuart: filtres[0], filtreTout: filtres[1] };
  } finally {
    await ctx.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    await serveur.close();
  }
}
