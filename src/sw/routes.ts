/**
 * How the service worker treats each request of the site (pure: unit-tested in Node).
 *
 *   coquille   the page, assets/ (content-hashed), basemap/, fonts/, the favicon: from the cache of the current
 *              version, precached at install; a new build comes with a new service worker.
 *   meta       data/atlas.json: network first (its content says which data is current), the cached
 *              copy when offline or after a few seconds without an answer.
 *   donnee     the rest of data/ (points, collectivités, tiles, fiches, search index, communes):
 *              cache first, stored on first use, dropped when atlas.json changes.
 *   plage      a byte range of the cluster archive (data/*.pmtiles, read by range requests): each
 *              range is stored on first use under its own key (clePlage), so that the tiles
 *              seen once are there offline.
 *   reseau     everything else (other origins, non-GET, other byte ranges, the open-data downloads
 *              and the build report, which are large and not needed by the app): left to the network.
 */
export type Route = 'navigation' | 'coquille' | 'meta' | 'donnee' | 'plage' | 'reseau';

export interface RequeteVue {
  url: string;
  method: string;
  mode: string;
  /** The Range header, if any. */
  range: string | null;
}

/** Data files the app never needs offline: the open data (28 MB for the demo) and the build report. */
const HORS_CACHE = /(^|\/)(initiatives\.geojson|report\.(json|txt|csv))$/;

/** One range of bytes, as the pmtiles library asks: `bytes=a-b`. */
const PLAGE = /^bytes=\d+-\d+$/;

export function routeDe(r: RequeteVue, portee: string): Route {
  if (r.method !== 'GET' || !r.url.startsWith(portee)) return 'reseau';
  const chemin = decodeURIComponent(new URL(r.url).pathname.slice(new URL(portee).pathname.length));
  if (r.range) return PLAGE.test(r.range) && /^data\/[^/]+\.pmtiles$/.test(chemin) ? 'plage' : 'reseau';
  if (r.mode === 'navigate') return 'navigation';
  if (chemin === '' || chemin === 'index.html') return 'navigation';
  if (chemin === 'data/atlas.json') return 'meta';
  if (chemin.startsWith('data/')) return HORS_CACHE.test(chemin) ? 'reseau' : 'donnee';
  if (chemin.startsWith('assets/') || chemin.startsWith('basemap/') || chemin.startsWith('fonts/') || chemin === 'favicon.png') return 'coquille';
  return 'reseau';
}

/** The data files to precache, as named by atlas.json (`fichiers.points`, `fichiers.collectivites`). */
export function donneesInitiales(meta: unknown): string[] {
  const f = (meta as { fichiers?: Record<string, unknown> } | null)?.fichiers;
  if (!f) return [];
  return [f.points, f.collectivites].filter((x): x is string => typeof x === 'string' && x.length > 0 && !x.includes('..'));
}

/** Cache names: one per app version, one for the data. */
export const PREFIXE_CACHE = 'atlaas-';
export const cacheApp = (version: string) => `${PREFIXE_CACHE}app-${version}`;
export const CACHE_DONNEES = `${PREFIXE_CACHE}donnees`;

/**
 * The cache key of a byte range of a file: its URL with the range as a query parameter (the Cache
 * API matches whole responses, and cannot store a 206 one as it is).
 */
export function clePlage(url: string, range: string): string {
  const u = new URL(url);
  u.searchParams.set('plage', range.replace(/^bytes=/, ''));
  return u.href;
}
