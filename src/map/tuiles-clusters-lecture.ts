/**
 * What the map reads from the precomputed cluster tiles (scripts/build/write/clusters.ts), with no
 * MapLibre in it: the source URL of the archive, the zoom of the tiles shown, and the reading of a
 * tile feature's properties into a cluster, a pile or a fiche.
 */
import { ECHELLE_CLUSTER, HALO_FICHE, interpoler, RAYON_FICHE, RAYON_PILE } from './tailles-marques.ts';

/** What is drawn at a place: the same kinds as the worker's entities (src/worker/messages.ts). */
export type EntiteTuile =
  | {
      k: 'c';
      n: number;
      lng: number;
      lat: number;
      /** Dominant axe (index into taxonomie.axes), -1: none. */
      r: number;
      /**
       * Zoom to go to so that the cluster splits; null when no tile of the archive splits it (a
       * cluster of the last tile zoom, whose fiches are a street or two apart): list its fiches instead.
       */
      zoom: number | null;
    }
  | { k: 'p'; n: number; lng: number; lat: number; r: number; /** Index in points.bin of the site's first fiche. */ i: number }
  | { k: 'f'; n: 1; lng: number; lat: number; r: number; /** Index of the fiche in points.bin. */ i: number };

/** The `url` of a vector source read through the pmtiles protocol: `pmtiles://` + the archive's absolute URL. */
export function urlSourcePmtiles(urlArchive: string, base: string): string {
  if (urlArchive.startsWith('pmtiles://')) return urlArchive;
  return 'pmtiles://' + new URL(urlArchive, base).href;
}

/**
 * The zoom of the tiles the map shows at a zoom: 512-pixel tiles, so tile zoom z from map zoom z to
 * z + 1; beyond the archive's last zoom, its tiles are overzoomed.
 */
export function niveauTuile(zoomCarte: number, zoomMax: number): number {
  return Math.max(0, Math.min(Math.floor(zoomCarte), zoomMax));
}

function nombre(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * A tile feature's properties (`n`, `k`, `r`, `zoom` for clusters, `i` for sites) at the position it
 * is drawn at, shown from tiles of zoom `niveau`. Null when they are not a feature of this archive.
 */
export function lireEntite(p: Record<string, unknown>, [lng, lat]: [number, number], niveau: number): EntiteTuile | null {
  const n = nombre(p.n);
  if (n === null || n < 1) return null;
  const r = nombre(p.r) ?? -1;
  const zoom = nombre(p.zoom);
  const i = nombre(p.i);
  // An archive written before `k` was: a cluster is what has a zoom to go to.
  const k = p.k === 'c' || p.k === 'p' || p.k === 'f' ? p.k : zoom !== null ? 'c' : n > 1 ? 'p' : 'f';
  if (k === 'c') return { k, n, lng, lat, r, zoom: zoom !== null && zoom > niveau ? zoom : null };
  if (i === null) return null;
  return k === 'p' ? { k, n, lng, lat, r, i } : { k: 'f', n: 1, lng, lat, r, i };
}

/** Radius in CSS pixels of what the map draws for an entity at a zoom. */
export function rayonEntiteTuile(e: EntiteTuile, zoom: number, tailleDonut: number): number {
  if (e.k === 'c') return (interpoler(e.n, ECHELLE_CLUSTER) * tailleDonut) / 2;
  if (e.k === 'p') return interpoler(e.n, RAYON_PILE);
  return interpoler(zoom, RAYON_FICHE) + HALO_FICHE;
}

/**
 * The entity drawn under a point, given where each is drawn: clusters over piles over fiches (the
 * layers' order), then the biggest count, then the nearest. MapLibre's own point query misses
 * symbols drawn with `icon-ignore-placement` (the clusters), hence this geometric test.
 */
export function entiteTuileSous<E extends { e: EntiteTuile; x: number; y: number }>(dessinees: readonly E[], point: { x: number; y: number }, zoom: number, tailleDonut: number): E | null {
  const rang = { c: 0, p: 1, f: 2 } as const;
  let meilleure: E | null = null;
  let distanceMeilleure = Infinity;
  for (const d of dessinees) {
    const distance = Math.hypot(d.x - point.x, d.y - point.y);
    if (distance > rayonEntiteTuile(d.e, zoom, tailleDonut)) continue;
    if (
      !meilleure ||
      rang[d.e.k] < rang[meilleure.e.k] ||
      (rang[d.e.k] === rang[meilleure.e.k] && (d.e.n > meilleure.e.n || (d.e.n === meilleure.e.n && distance < distanceMeilleure)))
    ) {
      meilleure = d;
      distanceMeilleure = distance;
    }
  }
  return meilleure;
}
