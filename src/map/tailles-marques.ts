/**
 * The sizes of the map's markers, one definition for whoever draws or hit-tests them: the canvas
 * overlay (calque-clusters.ts) and the precomputed tiles' layers and hit-test (tuiles-clusters*.ts).
 */

/** Stops [input, output] of a piecewise-linear curve, as in a MapLibre `interpolate` expression. */
export type Paliers = readonly (readonly [number, number])[];

/** Piecewise-linear interpolation, clamped at both ends (MapLibre's `interpolate linear`). */
export function interpoler(x: number, paliers: Paliers): number {
  if (x <= paliers[0][0]) return paliers[0][1];
  for (let k = 1; k < paliers.length; k++) {
    const [x1, y1] = paliers[k];
    if (x <= x1) {
      const [x0, y0] = paliers[k - 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return paliers[paliers.length - 1][1];
}

/** Radius of a single fiche by zoom, of a pile by its count; scale of a cluster's donut and size of its count by count. */
export const RAYON_FICHE: Paliers = [[4, 4.5], [10, 6.5], [15, 9]];
export const RAYON_PILE: Paliers = [[2, 12], [10, 14], [50, 17], [200, 20]];
export const ECHELLE_CLUSTER: Paliers = [[2, 0.6], [10, 0.72], [50, 0.84], [200, 0.96], [1000, 1.14], [3000, 1.26]];
export const TEXTE_CLUSTER: Paliers = [[2, 11.5], [100, 13], [999, 13.5], [1000, 13], [3000, 14]];
/** How much wider than a single fiche's dot its halo is, px. */
export const HALO_FICHE = 2.5;
