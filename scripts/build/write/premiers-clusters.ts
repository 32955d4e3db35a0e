/**
 * The clusters of the first view, computed at build time by the worker's own engine over the
 * points.bin just written: every entity of the unfiltered atlas at zooms 0 … ZOOM_MAX_PREMIERS
 * (a few hundred entities, ~17 kB at 12k fiches), kept in atlas.json. The map draws its first
 * view from them while its worker starts, and the worker's first answer then draws the same.
 */
import type { AtlasMeta, EntiteCompacte, PremiersClusters } from '../../../src/core/atlas-data.ts';
import { Moteur } from '../../../src/worker/moteur.ts';
import type { MetaMoteur } from '../../../src/worker/messages.ts';

/** Metropolitan France fits in zoom 4 to 6 on phones to wide screens; deeper first views go to the worker. */
export const ZOOM_MAX_PREMIERS = 6;
const MONDE: [number, number, number, number] = [-180, -85, 180, 85];

export function premiersClusters(pointsBin: ArrayBuffer | Uint8Array, meta: MetaMoteur | AtlasMeta, zoomMax = ZOOM_MAX_PREMIERS): PremiersClusters {
  const octets = pointsBin instanceof Uint8Array ? pointsBin : new Uint8Array(pointsBin);
  // The engine takes its buffer over (the worker receives it transferred): give it a copy.
  const moteur = new Moteur(octets.slice().buffer, meta, {});
  const zooms: EntiteCompacte[][] = [];
  for (let z = 0; z <= zoomMax; z++)
    zooms.push(moteur.entites(MONDE, z).features.map((f) => [f.geometry.coordinates[0], f.geometry.coordinates[1], f.properties]));
  return { generation: moteur.generation, zoomMax, zooms };
}
