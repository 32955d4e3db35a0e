import { tuileDuPoint, type ProprietesTuile, type TuileGeoJSON } from '../../../src/core/atlas-data.ts';
import type { AtlasAssemble } from '../assemble.ts';

/** Zoom of the lazy list tiles: a metropolitan tile at z8 holds a few hundred fiches. */
export const TUILE_ZOOM = 8;
export const TUILE_SANS_LIEU = 'sans-lieu';

/** The key `z/x/y` (or `sans-lieu`) of each tile, with the indices of its fiches in build order. */
export function fichesParTuile(atlas: AtlasAssemble, z = TUILE_ZOOM): Map<string, number[]> {
  const parCle = new Map<string, number[]>();
  atlas.fiches.forEach((fa, k) => {
    const loc = fa.principal?.loc;
    const placee = loc && loc.lng !== null && loc.lat !== null;
    const cle = placee ? `${z}/${tuileDuPoint(loc.lng as number, loc.lat as number, z).join('/')}` : TUILE_SANS_LIEU;
    const liste = parCle.get(cle);
    if (liste) liste.push(k);
    else parCle.set(cle, [k]);
  });
  return parCle;
}

/** One tile: what a list row and a tooltip need of each of its fiches. */
export function tuile(atlas: AtlasAssemble, indices: readonly number[]): TuileGeoJSON {
  const t: TuileGeoJSON = { type: 'FeatureCollection', features: [] };
  for (const k of indices) {
    const fa = atlas.fiches[k];
    const loc = fa.principal?.loc;
    const placee = loc && loc.lng !== null && loc.lat !== null;
    const premier = fa.services[0] ? atlas.classement.get(fa.services[0].id) : undefined;
    const properties: ProprietesTuile = {
      i: fa.i,
      id: fa.fiche.id,
      titre: fa.fiche.titre,
      commune: atlas.collectivites[fa.collectivite]?.nom ?? fa.principal?.lieu.nom ?? '',
      annee: fa.annee,
      axe: premier?.axe ?? null,
    };
    t.features.push({
      type: 'Feature',
      geometry: placee ? { type: 'Point', coordinates: [round(loc.lng as number), round(loc.lat as number)] } : null,
      properties,
    });
  }
  return t;
}

/** Groups fiches into tiles keyed `z/x/y` (or `sans-lieu`). */
export function tuiles(atlas: AtlasAssemble, z = TUILE_ZOOM): Map<string, TuileGeoJSON> {
  return new Map([...fichesParTuile(atlas, z)].map(([cle, indices]) => [cle, tuile(atlas, indices)]));
}

export const round = (x: number) => Math.round(x * 1e5) / 1e5;
