/**
 * Bounding boxes [west, south, east, north] in WGS84 degrees, and the few geometric helpers the
 * geolocation needs. A box is a cheap, offline stand-in for a commune's outline.
 */
export type Boite = [number, number, number, number];
export type Point = [number, number];

export function unionBoites(a: Boite | null, b: Boite | null): Boite | null {
  if (!a) return b ? [...b] : null;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function centreBoite(b: Boite): Point {
  return [arrondir((b[0] + b[2]) / 2), arrondir((b[1] + b[3]) / 2)];
}

/** Is the point inside the box widened by `marge` degrees on every side? */
export function dansBoite(b: Boite, lng: number, lat: number, marge = 0): boolean {
  return lng >= b[0] - marge && lng <= b[2] + marge && lat >= b[1] - marge && lat <= b[3] + marge;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 5 decimals: about 1 m, more than any source here is worth. */
export function arrondir(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

export function moyennePoints(points: Point[]): Point | null {
  if (points.length === 0) return null;
  let lng = 0;
  let lat = 0;
  for (const p of points) (lng += p[0]), (lat += p[1]);
  return [arrondir(lng / points.length), arrondir(lat / points.length)];
}

/** Metropolitan France with Corsica, a little wider than the coast and the borders. */
export const BOITE_METROPOLE: Boite = [-5.6, 41.2, 9.8, 51.2];

/**
 * Overseas collectivities, which @etalab/fr-bounding-boxes does not cover (it has the five DROM).
 * Boxes of the inhabited islands, rounded outwards by hand from the territories' extents; used to
 * tell whether coordinates are in France at all, and as a last-resort centre.
 * TAAF (984) and Clipperton (989) have no inhabitants and are left out.
 */
export const BOITES_OUTRE_MER_COM: Readonly<Record<string, Boite>> = {
  '975': [-56.6, 46.7, -56.0, 47.2], // Saint-Pierre-et-Miquelon
  '977': [-62.98, 17.85, -62.76, 17.98], // Saint-Barthélemy
  '978': [-63.17, 18.03, -62.96, 18.14], // Saint-Martin
  '986': [-178.3, -14.45, -176.05, -13.15], // Wallis-et-Futuna
  '987': [-154.9, -27.8, -134.3, -7.8], // Polynésie française
  '988': [163.5, -22.9, 168.3, -19.5], // Nouvelle-Calédonie (Grande Terre, Loyauté, Belep, Pins)
};
