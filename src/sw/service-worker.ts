/// <reference lib="webworker" />
/**
 * The service worker of the built site (sw.js at its root, registered by src/sw/enregistrer.ts in
 * production builds only): a second visit starts from the cache and the atlas works fully offline.
 *
 * - install: precaches the app shell of this build (the list written into this file by
 *   scripts/vite/service-worker.ts: index.html, assets/, basemap/, fonts/) and the initial data
 *   named by atlas.json (points, collectivités).
 * - activate: drops the shell caches of older builds, takes control of the open pages.
 * - fetch: see routes.ts. Tiles, fiches, the search index, the communes and the ranges of the
 *   cluster archive read so far are stored on first use.
 *
 * Updates: a new build has a new shell list, hence a new sw.js; it installs beside the old one and
 * waits. The page shows « Nouvelle version » and, when asked, sends `activer`; every page then
 * reloads once (their state is all in the URL). New data alone (same app) is seen through
 * atlas.json, fetched network first: when it changes, the data cache starts afresh.
 */
import { CACHE_DONNEES, cacheApp, clePlage, donneesInitiales, PREFIXE_CACHE, routeDe } from './routes.ts';

declare const self: ServiceWorkerGlobalScope;

interface Manifeste {
  version: string;
  /** Paths relative to the site's root; '' is the page itself. */
  coquille: string[];
}

// Replaced at build time by scripts/vite/service-worker.ts (a string literal survives minification).
const MANIFESTE_BRUT = '__ATLAAS_MANIFESTE__';
const MANIFESTE: Manifeste = MANIFESTE_BRUT.startsWith('{') ? (JSON.parse(MANIFESTE_BRUT) as Manifeste) : { version: 'dev', coquille: [''] };
const CACHE_APP = cacheApp(MANIFESTE.version);
/** After this long without an answer for atlas.json, the cached copy is used. */
const DELAI_META_MS = 4000;

const portee = () => self.registration.scope;
const urlSite = (chemin: string) => new URL(chemin, portee()).href;
const URL_META = () => urlSite('data/atlas.json');

self.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_APP);
      await cache.addAll(MANIFESTE.coquille.map((c) => new Request(urlSite(c), { cache: 'no-cache' })));
      // The data is precached too, but a failure there must not block the shell.
      await prechargerDonnees().catch(() => undefined);
    })(),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      for (const nom of await caches.keys()) if (nom.startsWith(`${PREFIXE_CACHE}app-`) && nom !== CACHE_APP) await caches.delete(nom);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (e) => {
  const d = e.data as { type?: string } | null;
  if (d?.type === 'activer') void self.skipWaiting();
  if (d?.type === 'version') e.ports[0]?.postMessage({ version: MANIFESTE.version });
});

self.addEventListener('fetch', (e) => {
  const r = e.request;
  const route = routeDe({ url: r.url, method: r.method, mode: r.mode, range: r.headers.get('range') }, portee());
  if (route === 'reseau') return;
  if (route === 'navigation') e.respondWith(page(r));
  else if (route === 'coquille') e.respondWith(cacheDabord(r, CACHE_APP));
  else if (route === 'meta') e.respondWith(meta(r));
  else if (route === 'plage') e.respondWith(plage(r, r.headers.get('range') as string));
  else e.respondWith(cacheDabord(r, CACHE_DONNEES));
});

/** The page of this build, whatever its query string (?fiche=…, the view…). */
async function page(r: Request): Promise<Response> {
  const cache = await caches.open(CACHE_APP);
  const enCache = await cache.match(urlSite(''), { ignoreSearch: true });
  if (enCache) return enCache;
  return fetch(r);
}

async function cacheDabord(r: Request, nomCache: string): Promise<Response> {
  const enCache = await caches.match(r);
  if (enCache) return enCache;
  const reponse = await fetch(r);
  if (reponse.ok && reponse.status === 200 && reponse.type === 'basic') {
    const copie = reponse.clone();
    void caches.open(nomCache).then((c) => c.put(r, copie));
  }
  return reponse;
}

/** Headers of a range answer worth keeping: what the pmtiles library reads. */
const ENTETES_PLAGE = ['content-range', 'content-type', 'etag', 'last-modified'];

/** A byte range of the cluster archive: the cached copy (a 206 again), else the network's, stored. */
async function plage(r: Request, range: string): Promise<Response> {
  const cle = clePlage(r.url, range);
  const enCache = await caches.match(cle, { cacheName: CACHE_DONNEES });
  if (enCache) return new Response(enCache.body, { status: 206, statusText: 'Partial Content', headers: enCache.headers });
  const reponse = await fetch(r);
  if (reponse.status === 206 && reponse.type === 'basic') {
    const corps = await reponse.clone().arrayBuffer();
    const entetes = new Headers({ 'content-length': String(corps.byteLength) });
    for (const h of ENTETES_PLAGE) {
      const v = reponse.headers.get(h);
      if (v !== null) entetes.set(h, v);
    }
    void caches.open(CACHE_DONNEES).then((c) => c.put(cle, new Response(corps, { status: 200, headers: entetes })));
  }
  return reponse;
}

/** atlas.json: the network's (storing it, and starting the data cache afresh if it changed), else the cached one. */
async function meta(r: Request): Promise<Response> {
  let minuterie: ReturnType<typeof setTimeout> | undefined;
  const delai = new Promise<null>((ok) => (minuterie = setTimeout(() => ok(null), DELAI_META_MS)));
  const reseau = fetch(r.url, { cache: 'no-cache' })
    .then(async (rep) => (rep.ok ? await retenirMeta(rep) : rep))
    .catch(() => null);
  const rep = await Promise.race([reseau, delai]);
  clearTimeout(minuterie);
  if (rep?.ok) return rep;
  const enCache = await caches.match(URL_META(), { cacheName: CACHE_DONNEES });
  return enCache ?? rep ?? Response.error();
}

/** Stores a fresh atlas.json; when it differs from the cached one, the old data goes first. */
async function retenirMeta(rep: Response): Promise<Response> {
  const texte = await rep.clone().text();
  const ancien = await caches.match(URL_META(), { cacheName: CACHE_DONNEES });
  if (ancien && (await ancien.text()) !== texte) await caches.delete(CACHE_DONNEES);
  const cache = await caches.open(CACHE_DONNEES);
  await cache.put(URL_META(), rep.clone());
  return rep;
}

async function prechargerDonnees(): Promise<void> {
  const rep = await fetch(URL_META(), { cache: 'no-cache' });
  if (!rep.ok) return;
  const m: unknown = await (await retenirMeta(rep)).json();
  const cache = await caches.open(CACHE_DONNEES);
  for (const f of donneesInitiales(m)) {
    const url = urlSite(`data/${f}`);
    if (!(await cache.match(url))) await cache.add(url);
  }
}
