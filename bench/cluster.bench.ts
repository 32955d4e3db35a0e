/**
 * The atlas worker's engine (src/worker/moteur.ts) alone, in Node: what part of a first frame or a
 * filter change is the worker's own computing. Same code as in the browser's worker (pure, no DOM).
 * Phases timed (median of `runs`), with the heap growth after a forced GC when run with --expose-gc.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasMeta } from '../src/core/atlas-data.ts';
import { VUES_TERRITOIRES } from '../src/map/territoires.ts';
import { Moteur } from '../src/worker/moteur.ts';
import type { BBox, MetaMoteur } from '../src/worker/messages.ts';
import { mediane } from './mesures.ts';
import { choisirQuart } from './site.ts';

export interface MesureMoteur {
  n: number;
  /** ms per phase (median). */
  phases: Record<string, number | null>;
  /** Heap after init, MiB (after GC when available). */
  tasMio: number;
  /** Features sent to the map for the first view. */
  entites: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const tas = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** The first view of the app: metropolitan France, zoom 5 (1280 × 800 px minus the side panel). */
const VUE: { bbox: BBox; zoom: number } = { bbox: VUES_TERRITOIRES[0].bounds as BBox, zoom: 5 };

export function benchMoteur(dossierAtlas: string, runs = 5): MesureMoteur {
  const meta = JSON.parse(readFileSync(join(dossierAtlas, 'atlas.json'), 'utf8')) as AtlasMeta;
  const pourMoteur: MetaMoteur = meta;
  const octets = readFileSync(join(dossierAtlas, meta.fichiers.points));
  const { quart } = choisirQuart(dossierAtlas);
  const t: Record<string, number[]> = { init: [], entites: [], 'liste (vue)': [], 'filtrer ¼': [], 'entites ¼': [], 'filtrer tout': [], 'entites tout': [] };
  const chrono = <T>(nom: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    t[nom].push(performance.now() - t0);
    return r;
  };
  let entites = 0;
  const tas0 = tas();
  let tasInit = 0;
  for (let k = 0; k < runs; k++) {
    const buffer = octets.buffer.slice(octets.byteOffset, octets.byteOffset + octets.byteLength) as ArrayBuffer;
    const m = chrono('init', () => new Moteur(buffer, pourMoteur, {}));
    if (k === 0) tasInit = tas() - tas0;
    entites = chrono('entites', () => m.entites(VUE.bbox, VUE.zoom)).features.length;
    chrono('liste (vue)', () => m.liste(VUE.bbox, 'pertinence', [2.5, 46.6]));
    chrono('filtrer ¼', () => m.filtrer({ axes: [quart.axe] }));
    chrono('entites ¼', () => m.entites(VUE.bbox, VUE.zoom));
    chrono('filtrer tout', () => m.filtrer({}));
    chrono('entites tout', () => m.entites(VUE.bbox, VUE.zoom));
  }
  return { n: meta.total, phases: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, mediane(v)])), tasMio: tasInit, entites };
}
