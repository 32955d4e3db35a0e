/**
 * Lazy GeoJSON tiles `tuiles/<empreinte>/{z}/{x}/{y}.json` at atlas.tuileZoom: titles and communes for list
 * rows and tooltips. Each tile is fetched once; `versionTuiles` ticks when one arrives so
 * components that read it re-render.
 */
import { signal } from '@preact/signals';
import { tuileDuPoint, type ProprietesTuile, type TuileGeoJSON } from '../core/atlas-data.ts';
import { chargerJson } from './adresse.ts';
import { dossiers } from './dossiers.ts';

export const TUILE_SANS_LIEU = 'sans-lieu';
export const versionTuiles = signal(0);

const tuiles = new Map<string, Map<number, ProprietesTuile> | 'chargement' | 'erreur'>();
const parIndice = new Map<number, ProprietesTuile>();
const attentes = new Map<string, Promise<void>>();

export function cleTuile(lng: number, lat: number, z: number): string {
  if (Number.isNaN(lng) || Number.isNaN(lat)) return TUILE_SANS_LIEU;
  const [x, y] = tuileDuPoint(lng, lat, z);
  return `${z}/${x}/${y}`;
}

function chargerTuile(cle: string): Promise<void> {
  const deja = attentes.get(cle);
  if (deja) return deja;
  tuiles.set(cle, 'chargement');
  const p = chargerJson<TuileGeoJSON>(`${dossiers.tuiles}/${cle}.json`)
    .then((t) => {
      const m = new Map<number, ProprietesTuile>();
      for (const f of t.features) {
        m.set(f.properties.i, f.properties);
        parIndice.set(f.properties.i, f.properties);
      }
      tuiles.set(cle, m);
    })
    .catch(() => {
      tuiles.set(cle, 'erreur');
    })
    .finally(() => {
      versionTuiles.value++;
    });
  attentes.set(cle, p);
  return p;
}

/** Keys of the tile of a point and its 8 neighbours (float32 coordinates can fall across an edge). */
function voisines(cle: string): string[] {
  const [z, x, y] = cle.split('/').map(Number);
  const n = 2 ** z;
  const v: string[] = [];
  for (const dx of [-1, 0, 1])
    for (const dy of [-1, 0, 1]) {
      if (dx === 0 && dy === 0) continue;
      const xx = x + dx;
      const yy = y + dy;
      if (xx >= 0 && yy >= 0 && xx < n && yy < n) v.push(`${z}/${xx}/${yy}`);
    }
  return v;
}

/**
 * The tile properties of fiche i if already loaded; otherwise starts loading its tile and
 * returns undefined (read `versionTuiles.value` in the caller to re-render when it arrives).
 */
export function proprietesFiche(i: number, lng: number, lat: number, z: number): ProprietesTuile | undefined {
  const connu = parIndice.get(i);
  if (connu) return connu;
  const cle = cleTuile(lng, lat, z);
  const t = tuiles.get(cle);
  if (t === undefined) {
    void chargerTuile(cle);
    return undefined;
  }
  if (t === 'chargement' || cle === TUILE_SANS_LIEU) return undefined;
  // Loaded but missing: look in the neighbouring tiles.
  for (const v of voisines(cle)) if (!tuiles.has(v)) void chargerTuile(v);
  return undefined;
}

/** Same, as a promise (for tooltips and fiche lists). */
export async function proprietesFicheAsync(i: number, lng: number, lat: number, z: number): Promise<ProprietesTuile | undefined> {
  const connu = parIndice.get(i);
  if (connu) return connu;
  const cle = cleTuile(lng, lat, z);
  await chargerTuile(cle);
  if (parIndice.has(i) || cle === TUILE_SANS_LIEU) return parIndice.get(i);
  await Promise.all(voisines(cle).map(chargerTuile));
  return parIndice.get(i);
}

/** A fiche's tile properties if already known (no loading). */
export function proprietesConnues(i: number): ProprietesTuile | undefined {
  return parIndice.get(i);
}
