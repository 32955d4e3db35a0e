/**
 * `window.__atlas`: what tests and benchmarks read. `ready` turns true (and `atlas:pret` is
 * dispatched on window) when the first clustered frame is drawn, or when the list is shown
 * instead because the map is unavailable.
 */
export interface Instrumentation {
  ready: boolean;
  /** Features (clusters, piles, fiches) in the last frame drawn. */
  clustersDrawn: number;
  /** Frames drawn with new data so far. */
  dessins: number;
  /** ms from navigation start to the first clusters drawn. */
  premiersClustersMs: number | null;
  /** false when the app runs without the map (no WebGL). */
  carte: boolean | null;
  /** The map has nothing left to load or draw (MapLibre's `idle`), e.g. before a screenshot. */
  inactif: boolean;
  /** Rows in the current list. */
  lignes: number;
  erreur: string | null;
  /** Projected pixel positions of what the map draws (tests click on them). */
  entitesVisibles: () => { k: string; n: number; x: number; y: number; i?: number }[];
}

export const instrumentation: Instrumentation = {
  ready: false,
  clustersDrawn: 0,
  dessins: 0,
  premiersClustersMs: null,
  carte: null,
  inactif: false,
  lignes: 0,
  erreur: null,
  entitesVisibles: () => [],
};

(globalThis as unknown as { __atlas: Instrumentation }).__atlas = instrumentation;

export function signalerPret(): void {
  if (instrumentation.ready) return;
  instrumentation.ready = true;
  instrumentation.premiersClustersMs = Math.round(performance.now());
  performance.mark?.('atlas:premiers-clusters');
  globalThis.dispatchEvent?.(new CustomEvent('atlas:pret', { detail: { ...instrumentation } }));
}
