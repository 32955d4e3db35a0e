/**
 * The static folders the browser benchmark serves, one per atlas size, under bench/out/:
 *
 *   app/                 the front end, `vite build` of the working tree without public/ (or dist/, BENCH_APP=dist)
 *   atlas-<n>/           the atlas data built from the demo export of n fiches (build.bench.ts)
 *   site-<n>/            app/* + public/basemap + public/fonts + data → atlas-<n>   (links, no copies)
 *     baselines/         the two comparison pages (bench/pages/*.html) and their data:
 *       leaflet.html     Leaflet 1.9 + Leaflet.markercluster 1.5, one L.marker per initiative, no basemap
 *       maplibre.html    MapLibre GL JS with its built-in clustering (cluster: true), the atlas's offline basemap
 *       points.json      { lng[], lat[], q[] } of every placed initiative (q = 1: kept by the "quarter" filter)
 *       points.geojson   the same points as one FeatureCollection, properties { q }
 *       style.json       src/map/style.ts's offline style, site URL left as http://BASE/ for the page to fill in
 *       config.json      bounds of the first view and the filter used
 *
 * The "quarter" filter is one axe of the taxonomy (the one whose share of placed initiatives is closest
 * to 25 %), applied with the atlas's own predicates (src/core/filtres.ts) so that the three pages keep
 * exactly the same points.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RACINE } from '../scripts/build-atlas.ts';
import { ecrirePremiersClusters } from '../scripts/site/premiers-clusters-html.ts';
import type { AtlasMeta } from '../src/core/atlas-data.ts';
import { masqueFiltres, tablesFiltres } from '../src/core/filtres.ts';
import { decodePointsIndex } from '../src/core/points-index.ts';
import { createBasemapStyle } from '../src/map/style.ts';
import { VUES_TERRITOIRES } from '../src/map/territoires.ts';

export const SORTIE = resolve(RACINE, 'bench/out');

export interface FiltreQuart {
  /** Axe code (`4`) and its rank in taxonomie.axes (= its button in the legend). */
  axe: string;
  rang: number;
  libelle: string;
  /** Placed initiatives kept by the filter, and placed initiatives in all. */
  gardes: number;
  places: number;
}

export interface SiteBench {
  n: number;
  dossier: string;
  atlas: string;
  quart: FiltreQuart;
}

/**
 * The front end without the atlas data: `vite build` of the working tree into bench/out/app, so the
 * benchmark measures the current code whatever state dist/ is in. BENCH_APP=dist takes dist/ as is.
 */
export async function construireApp(): Promise<string> {
  if (process.env.BENCH_APP === 'dist') {
    const dist = resolve(RACINE, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('BENCH_APP=dist mais dist/index.html est absent : lancer npm run build');
    return dist;
  }
  const out = join(SORTIE, 'app');
  const { build } = await import('vite');
  await build({ root: RACINE, logLevel: 'warn', publicDir: false, build: { outDir: out, emptyOutDir: true } });
  return out;
}

/** The atlas's own filter predicates over points.bin: which placed points one axe keeps. */
export function choisirQuart(atlas: string): { quart: FiltreQuart; lng: Float32Array; lat: Float32Array; garde: Uint8Array; place: Uint8Array } {
  const meta = JSON.parse(readFileSync(join(atlas, 'atlas.json'), 'utf8')) as AtlasMeta;
  const buf = readFileSync(join(atlas, meta.fichiers.points));
  const index = decodePointsIndex(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  const tables = tablesFiltres(meta);
  const place = new Uint8Array(index.n);
  let places = 0;
  for (let i = 0; i < index.n; i++)
    if (!Number.isNaN(index.lng[i]) && !Number.isNaN(index.lat[i])) {
      place[i] = 1;
      places++;
    }
  let meilleur: { quart: FiltreQuart; garde: Uint8Array } | null = null;
  meta.taxonomie.axes.forEach((a, rang) => {
    const masque = masqueFiltres(index, { axes: [a.code] }, tables);
    let gardes = 0;
    for (let i = 0; i < index.n; i++) if (masque[i] && place[i]) gardes++;
    const q: FiltreQuart = { axe: a.code, rang, libelle: a.libelle, gardes, places };
    if (!meilleur || Math.abs(gardes / places - 0.25) < Math.abs(meilleur.quart.gardes / places - 0.25)) meilleur = { quart: q, garde: masque };
  });
  if (!meilleur) throw new Error(`${atlas} : aucun axe dans la taxonomie`);
  const m = meilleur as { quart: FiltreQuart; garde: Uint8Array };
  return { quart: m.quart, lng: index.lng, lat: index.lat, garde: m.garde, place };
}

const r5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** bench/out/site-<n>: the app, the basemap, the atlas data of n fiches and the two baseline pages. */
export function preparerSite(n: number, atlas: string, app: string): SiteBench {
  const dossier = join(SORTIE, `site-${n}`);
  rmSync(dossier, { recursive: true, force: true });
  mkdirSync(dossier, { recursive: true });
  for (const f of readdirSync(app)) if (!['data', 'basemap', 'fonts', 'favicon.png', 'index.html'].includes(f)) symlinkSync(join(app, f), join(dossier, f));
  // The page with this atlas's first clusters written in, as the site build does (scripts/site).
  cpSync(join(app, 'index.html'), join(dossier, 'index.html'));
  symlinkSync(resolve(RACINE, 'public/basemap'), join(dossier, 'basemap'));
  symlinkSync(resolve(RACINE, 'public/fonts'), join(dossier, 'fonts'));
  symlinkSync(resolve(RACINE, 'public/favicon.png'), join(dossier, 'favicon.png'));
  symlinkSync(atlas, join(dossier, 'data'));
  ecrirePremiersClusters(dossier);

  const b = join(dossier, 'baselines');
  mkdirSync(join(b, 'lib'), { recursive: true });
  symlinkSync(resolve(RACINE, 'node_modules/leaflet/dist'), join(b, 'lib/leaflet'));
  symlinkSync(resolve(RACINE, 'node_modules/leaflet.markercluster/dist'), join(b, 'lib/markercluster'));
  symlinkSync(resolve(RACINE, 'node_modules/maplibre-gl/dist'), join(b, 'lib/maplibre'));
  for (const page of ['leaflet.html', 'maplibre.html']) cpSync(resolve(RACINE, 'bench/pages', page), join(b, page));

  const { quart, lng, lat, garde, place } = choisirQuart(atlas);
  const L: number[] = [];
  const B: number[] = [];
  const Q: number[] = [];
  for (let i = 0; i < place.length; i++) {
    if (!place[i]) continue;
    L.push(r5(lng[i]));
    B.push(r5(lat[i]));
    Q.push(garde[i] ? 1 : 0);
  }
  writeFileSync(join(b, 'points.json'), JSON.stringify({ lng: L, lat: B, q: Q }));
  const features = L.map((x, k) => `{"type":"Feature","geometry":{"type":"Point","coordinates":[${x},${B[k]}]},"properties":{"q":${Q[k]}}}`);
  writeFileSync(join(b, 'points.geojson'), `{"type":"FeatureCollection","features":[${features.join(',')}]}`);
  writeFileSync(join(b, 'style.json'), JSON.stringify(createBasemapStyle({ baseUrl: 'http://BASE/' })));
  writeFileSync(join(b, 'config.json'), JSON.stringify({ bornes: VUES_TERRITOIRES[0].bounds, quart }));
  return { n, dossier, atlas, quart };
}
