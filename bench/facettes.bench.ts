/**
 * How long the facet engine (src/core/facettes.ts) takes to answer one filter change: matching
 * indices + every facet's counts, on the atlas of a folder and on a synthetic atlas of 100,000
 * fiches (its points copied with a jitter of ±0.05°). 50 scripted filter combinations, each run
 * `tours` times after a warm-up; p50 / p95 over all runs. Prints nothing: bench/run.ts does.
 *
 *   tsx bench/facettes.bench.ts [atlas folder, default bench/out/atlas-11784]   prints a table
 *
 * Budget (issue "Find: faceted filters that answer in a frame"): < 3 ms for 11,784 fiches and
 * < 25 ms for 100,000 in Node, so a click updates map and list within 50 ms in the browser.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RACINE } from '../scripts/build-atlas.ts';
import type { AtlasMeta } from '../src/core/atlas-data.ts';
import { creerMoteurFacettes } from '../src/core/facettes.ts';
import type { Filtres, Selection } from '../src/core/filtres.ts';
import { decodePointsIndex, encodePointsIndex, type PointLigne, type PointsIndex } from '../src/core/points-index.ts';
import { ms, nombre, quantile, tableau } from './mesures.ts';

export interface OptionsFacettes {
  combinaisons: number; // scripted filter combinations
  tours: number; // timed runs of each combination, after one warm-up run
  synthetique: number; // fiches of the synthetic atlas (0: none)
  graine: number; // seed of the script and of the jitter
}

export const OPTIONS_FACETTES: OptionsFacettes = {
  combinaisons: 50,
  tours: 5,
  synthetique: 100_000,
  graine: 2014,
};

export interface MesureFacettes {
  fiches: number;
  /** Building the engine's tables (once per atlas load). */
  creationMs: number;
  /** One `filtrer` call, over every run of every combination. */
  p50: number;
  p95: number;
  max: number;
  /** Mean number of matching fiches over the combinations. */
  retenusMoyen: number;
  combinaisons: number;
}

/** mulberry32: a small seeded PRNG, so that the script is the same from run to run. */
function hasard(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One step of the script; `texte` is resolved for each atlas size by `resoudreTexte`. */
export interface EtapeScript {
  filtres: Filtres;
  /** A text search matching this share of the fiches, drawn with this seed. */
  texte: { part: number; graine: number } | null;
}

/**
 * A session of clicks: each step adds or removes one value of one facet (or sets the year range,
 * the map view or a text search), and the filters start over every 10 steps. Drawn from the real
 * atlas, so the synthetic one (whose first fiches are the real ones) gets the very same script.
 */
export function scriptFiltres(meta: AtlasMeta, index: PointsIndex, nombreEtapes: number, graine: number): EtapeScript[] {
  const r = hasard(graine);
  const un = <T>(l: readonly T[]): T => l[Math.floor(r() * l.length)];
  const axes = meta.taxonomie.axes;
  const enjeux = axes.flatMap((a) => a.enjeux);
  const usages = enjeux.flatMap((e) => e.usages);
  const services = usages.flatMap((u) => u.services.map((s) => s.id));
  const [anMin, anMax] = meta.annees ?? [2000, 2020];
  const basculer = <T>(l: readonly T[] | undefined, v: T): T[] => (l?.includes(v) ? l.filter((x) => x !== v) : [...(l ?? []), v]);
  const etapes: EtapeScript[] = [];
  let f: Filtres = {};
  let texte: EtapeScript['texte'] = null;
  for (let k = 0; k < nombreEtapes; k++) {
    if (k % 10 === 0) {
      f = {};
      texte = null;
    }
    switch (un(['axe', 'enjeu', 'usage', 'service', 'region', 'departement', 'annees', 'type', 'strate', 'arobases', 'vue', 'texte'] as const)) {
      case 'axe':
        f = { ...f, axes: basculer(f.axes, un(axes).code) };
        break;
      case 'enjeu':
        f = { ...f, enjeux: basculer(f.enjeux, un(enjeux).code) };
        break;
      case 'usage':
        f = { ...f, usages: basculer(f.usages, un(usages).code) };
        break;
      case 'service':
        f = { ...f, services: basculer(f.services, un(services)) };
        break;
      case 'region':
        f = { ...f, regions: basculer(f.regions, un(meta.regions).code) };
        break;
      case 'departement':
        f = { ...f, departements: basculer(f.departements, un(meta.departements).code) };
        break;
      case 'annees': {
        const a = anMin + Math.floor(r() * (anMax - anMin + 1));
        f = { ...f, annees: [a, Math.min(anMax, a + Math.floor(r() * 6))] };
        break;
      }
      case 'type':
        f = { ...f, types: basculer(f.types, un(meta.typesCollectivite)) };
        break;
      case 'strate':
        f = { ...f, strates: basculer(f.strates, un(meta.strates).code) };
        break;
      case 'arobases':
        f = { ...f, arobases: basculer(f.arobases, Math.floor(r() * 6)) };
        break;
      case 'vue': {
        // A view of 1–4° around a random placed fiche: a département or a region on screen.
        let i = Math.floor(r() * index.n);
        for (let essai = 0; essai < 100 && Number.isNaN(index.lng[i]); essai++) i = Math.floor(r() * index.n);
        const d = 0.5 + r() * 1.5;
        f = { ...f, vue: [index.lng[i] - d, index.lat[i] - d, index.lng[i] + d, index.lat[i] + d] };
        break;
      }
      case 'texte':
        // A word found in about 2–10 % of the fiches.
        texte = { part: 0.02 + r() * 0.08, graine: Math.floor(r() * 2 ** 31) };
        f = { ...f, texte: 'mot' };
        break;
    }
    etapes.push({ filtres: f, texte });
  }
  return etapes;
}

/** The Set of indices a text search of the script would give on an atlas of n fiches. */
export function resoudreTexte(texte: EtapeScript['texte'], n: number): Selection {
  if (!texte) return {};
  const r = hasard(texte.graine);
  const ensemble = new Set<number>();
  for (let i = 0; i < n; i++) if (r() < texte.part) ensemble.add(i);
  return { texte: ensemble };
}

/** `n` fiches made from the atlas's own, copied round-robin, each copy moved by up to ±0.05°. */
export function indexSynthetique(index: PointsIndex, n: number, graine: number): PointsIndex {
  const r = hasard(graine);
  const lignes: PointLigne[] = [];
  for (let k = 0; k < n; k++) {
    const i = k % index.n;
    const copie = k >= index.n;
    const place = !Number.isNaN(index.lng[i]);
    lignes.push({
      lng: place ? index.lng[i] + (copie ? (r() - 0.5) * 0.1 : 0) : null,
      lat: place ? index.lat[i] + (copie ? (r() - 0.5) * 0.1 : 0) : null,
      collectivite: index.collectivite[i] === 0xffffffff ? null : index.collectivite[i],
      services: Array.from(index.services.subarray(index.serviceOffsets[i], index.serviceOffsets[i + 1])),
      annee: index.annee[i] || null,
      arobases: index.arobases[i],
      type: index.type[i],
      strate: index.strate[i] === 255 ? null : index.strate[i],
      region: index.region[i] === 255 ? null : index.region[i],
      departement: index.departement[i] === 255 ? null : index.departement[i],
      precision: index.precision[i],
    });
  }
  return decodePointsIndex(encodePointsIndex(lignes));
}

function mesurer(index: PointsIndex, meta: AtlasMeta, etapes: readonly EtapeScript[], o: OptionsFacettes): MesureFacettes {
  const debut = performance.now();
  const moteur = creerMoteurFacettes(index, meta);
  const creationMs = performance.now() - debut;
  const script = etapes.map((e) => ({ filtres: e.filtres, selection: resoudreTexte(e.texte, index.n) }));
  let retenus = 0;
  (globalThis as { gc?: () => void }).gc?.(); // with node --expose-gc: the atlas's garbage is not collected mid-run
  for (const e of script) retenus += moteur.filtrer(e.filtres, e.selection).total;
  const durees: number[] = [];
  for (let tour = 0; tour < o.tours; tour++) {
    for (const e of script) {
      const t = performance.now();
      moteur.filtrer(e.filtres, e.selection);
      durees.push(performance.now() - t);
    }
  }
  return {
    fiches: index.n,
    creationMs,
    p50: quantile(durees, 0.5) ?? NaN,
    p95: quantile(durees, 0.95) ?? NaN,
    max: Math.max(...durees),
    retenusMoyen: Math.round(retenus / script.length),
    combinaisons: script.length,
  };
}

/** The engine on the atlas of `dossierAtlas` (atlas.json + points.bin), then on a synthetic 100,000. */
export function benchFacettes(dossierAtlas: string, options: Partial<OptionsFacettes> = {}): MesureFacettes[] {
  const o = { ...OPTIONS_FACETTES, ...options };
  const meta = JSON.parse(readFileSync(join(dossierAtlas, 'atlas.json'), 'utf8')) as AtlasMeta;
  const octets = readFileSync(join(dossierAtlas, meta.fichiers.points));
  const index = decodePointsIndex(octets.buffer.slice(octets.byteOffset, octets.byteOffset + octets.byteLength) as ArrayBuffer);
  const script = scriptFiltres(meta, index, o.combinaisons, o.graine);
  const mesures = [mesurer(index, meta, script, o)];
  if (o.synthetique > 0) mesures.push(mesurer(indexSynthetique(index, o.synthetique, o.graine), meta, script, o));
  return mesures;
}

export function tableauFacettes(mesures: readonly MesureFacettes[]): string {
  return tableau([
    ['fiches', 'création (ms)', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'retenues (moy.)'],
    ...mesures.map((m) => [nombre(m.fiches), ms(m.creationMs), m.p50.toFixed(2), m.p95.toFixed(2), m.max.toFixed(2), nombre(m.retenusMoyen)]),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dossier = resolve(process.argv[2] ?? join(RACINE, 'bench/out/atlas-11784'));
  const mesures = benchFacettes(dossier);
  console.log(`Facettes : un appel à filtrer() (${mesures[0].combinaisons} combinaisons scriptées × ${OPTIONS_FACETTES.tours} tours, ${dossier})`);
  console.log(tableauFacettes(mesures));
}
