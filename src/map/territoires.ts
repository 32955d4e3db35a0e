/**
 * View presets for metropolitan France and the five overseas departments (DROM), so that the map can
 * jump to a territory that is far from the others ("Aller à La Réunion").
 *
 * Bounds are [west, south, east, north] in degrees, the departments' own extent (measured on
 * public/basemap/departements.geojson) plus a small margin. scripts/basemap/generate-basemap.ts
 * checks that every department lies inside the bounds of its territory.
 */

export type Bounds = [number, number, number, number];

export type CodeTerritoire = 'metropole' | 'guadeloupe' | 'martinique' | 'guyane' | 'la-reunion' | 'mayotte';

export interface VueTerritoire {
  code: CodeTerritoire;
  /** Name shown to users. */
  nom: string;
  /** [west, south, east, north]: fit the map to this. */
  bounds: Bounds;
  /** INSEE codes of the regions of this territory. */
  regions: readonly string[];
  /**
   * [west, south, east, north] that the basemap covers around the territory: neighbouring land is
   * clipped there (sea beyond). Keep the camera inside it, e.g. with `maxBounds` or a `minZoom`.
   */
  etendue: Bounds;
}

/** Neighbouring land is kept this many degrees around each DROM's bounds. */
const MARGE_DROM = 4;

function autour([w, s, e, n]: Bounds, marge: number): Bounds {
  return [w - marge, s - marge, e + marge, n + marge];
}

export const VUES_TERRITOIRES: readonly VueTerritoire[] = [
  {
    code: 'metropole',
    nom: 'France métropolitaine',
    bounds: [-5.3, 41.25, 9.7, 51.2],
    regions: ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'],
    etendue: [-11, 35.5, 21, 57],
  },
  ...(
    [
      ['guadeloupe', 'Guadeloupe', [-61.86, 15.8, -60.93, 16.56], '01'],
      ['martinique', 'Martinique', [-61.28, 14.36, -60.76, 14.92], '02'],
      ['guyane', 'Guyane', [-54.75, 2.0, -51.5, 5.85], '03'],
      ['la-reunion', 'La Réunion', [55.17, -21.42, 55.91, -20.81], '04'],
      ['mayotte', 'Mayotte', [44.98, -13.04, 45.35, -12.6], '06'],
    ] as const
  ).map(
    ([code, nom, bounds, region]): VueTerritoire => ({
      code,
      nom,
      bounds: [...bounds],
      regions: [region],
      etendue: autour([...bounds], MARGE_DROM),
    }),
  ),
];

/** The preset with this code (throws on an unknown code: the list above is closed). */
export function vueTerritoire(code: CodeTerritoire): VueTerritoire {
  const vue = VUES_TERRITOIRES.find((v) => v.code === code);
  if (!vue) throw new Error(`Territoire inconnu : ${code}`);
  return vue;
}

/** The territory whose bounds contain the point, or null (sea, abroad, other overseas collectivities). */
export function territoireDuPoint(lng: number, lat: number): VueTerritoire | null {
  for (const vue of VUES_TERRITOIRES) {
    const [w, s, e, n] = vue.bounds;
    if (lng >= w && lng <= e && lat >= s && lat <= n) return vue;
  }
  return null;
}

/** The territory a region (INSEE code) belongs to, or null. */
export function territoireDeRegion(codeRegion: string): VueTerritoire | null {
  return VUES_TERRITOIRES.find((v) => v.regions.includes(codeRegion)) ?? null;
}
