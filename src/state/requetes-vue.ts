/**
 * The requests the map and the list make of the worker for the current view, built in one place:
 * a filter asks the worker for them in advance (state/atlas.ts), and the map and the list then
 * find the answers under the very same parameters (client.ts, `anticiper`).
 */
import type { BBox, Params, Tri } from '../worker/messages.ts';
import type { Vue } from './url.ts';

/** The view's bbox widened by a quarter on each side: a small pan needs no new clusters at the edges. */
export function elargir(b: BBox, f = 0.25): BBox {
  const dx = (b[2] - b[0]) * f;
  const dy = (b[3] - b[1]) * f;
  return [b[0] - dx, Math.max(-85, b[1] - dy), b[2] + dx, Math.min(85, b[3] + dy)];
}

export function parametresClusters(b: BBox, v: Vue): Params<'clusters'> {
  return { bbox: elargir(b), zoom: v.zoom };
}

/** The list of the view (everything, with no map), or null while the map has no bbox yet. */
export function parametresListe(sansCarte: boolean, b: BBox | null, t: Tri, v: Vue | null): Params<'liste'> | null {
  if (!sansCarte && !b) return null;
  return { bbox: sansCarte ? null : b, tri: t, centre: v ? [v.lng, v.lat] : null };
}
