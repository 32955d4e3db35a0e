import { tuileDuPoint, type ProprietesTuile, type TuileGeoJSON } from '../../../src/core/atlas-data.ts';
import type { AtlasAssemble } from '../assemble.ts';

/** Zoom of the lazy list tiles: a metropolitan tile at z8 holds a few hundred fiches. */
export const TUILE_ZOOM = 8;
export const TUILE_SANS_LIEU = 'sans-lieu';

/** Groups fiches into tiles keyed `z/x/y` (or `sans-lieu`), with what a list row and a tooltip need. */
export function tuiles(atlas: AtlasAssemble, z = TUILE_ZOOM): Map<string, TuileGeoJSON> {
  const parCle = new Map<string, TuileGeoJSON>();
  for (const fa of atlas.fiches) {
    const loc = fa.principal?.loc;
    const placee = loc && loc.lng !== null && loc.lat !== null;
    const cle = placee ? `${z}/${tuileDuPoint(loc.lng as number, loc.lat as number, z).join('/')}` : TUILE_SANS_LIEU;
    let tuile = parCle.get(cle);
    if (!tuile) {
      tuile = { type: 'FeatureCollection', features: [] };
      parCle.set(cle, tuile);
    }
    const premier = fa.services[0] ? atlas.classement.get(fa.services[0].id) : undefined;
    const properties: ProprietesTuile = {
      i: fa.i,
      id: fa.fiche.id,
      titre: fa.fiche.titre,
      commune: atlas.collectivites[fa.collectivite]?.nom ?? fa.principal?.lieu.nom ?? '',
      annee: fa.annee,
      axe: premier?.axe ?? null,
    };
    tuile.features.push({
      type: 'Feature',
      geometry: placee ? { type: 'Point', coordinates: [round(loc.lng as number), round(loc.lat as number)] } : null,
      properties,
    });
  }
  return parCle;
}

export const round = (x: number) => Math.round(x * 1e5) / 1e5;
