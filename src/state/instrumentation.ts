/**
 * `window.__atlas`: what tests and benchmarks read. `ready` turns true (and `atlas:pret` is
 * dispatched on window) when the worker's first clusters are drawn (the map then answers clicks), or when the list is shown
 * instead because the map is unavailable.
 */
export interface Instrumentation {
  ready: boolean;
  /** Features (clusters, piles, fiches) in the last frame drawn. */
  clustersDrawn: number;
  /** Frames drawn with new data so far. */
  dessins: number;
  /** ms from navigation start to the first clusters on screen (the early view's, src/vue-immediate.ts, else the map's). */
  premiersClustersMs: number | null;
  /** false when the app runs without the map (no WebGL). */
  carte: boolean | null;
  /** The map has nothing left to load or draw (MapLibre's `idle`), e.g. before a screenshot. */
  inactif: boolean;
  /** Rows in the current list. */
  lignes: number;
  /**
   * Filter results shown on both the map and the list (the list alone without a map), counted
   * once each, even when a filter changed nothing (then the map keeps what it shows).
   */
  resultats: number;
  erreur: string | null;
  /** History writes not made yet (src/state/synchro-url.ts makes them once the page is idle). */
  ecrituresUrl: number;
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
  resultats: 0,
  erreur: null,
  ecrituresUrl: 0,
  entitesVisibles: () => [],
};

(globalThis as unknown as { __atlas: Instrumentation }).__atlas = instrumentation;

/** The first clusters are on screen (perhaps atlas.json's, before the worker answered). */
export function signalerPremiersClusters(): void {
  if (instrumentation.premiersClustersMs !== null) return;
  // The early view (src/vue-immediate.ts) may have painted these clusters before the app ran.
  instrumentation.premiersClustersMs = window.__atlaasVueImmediate?.ms ?? Math.round(performance.now());
  performance.mark?.('atlas:premiers-clusters');
}

/** The app answers: the worker's first clusters are drawn (or the list is shown without a map). */
export function signalerPret(): void {
  if (instrumentation.ready) return;
  signalerPremiersClusters();
  instrumentation.ready = true;
  globalThis.dispatchEvent?.(new CustomEvent('atlas:pret', { detail: { ...instrumentation } }));
}

/** The filter result being shown: its generation (the map's clusters) and its sequence (the list's). */
let attendu: { sequence: number; generation: number; carte: boolean; liste: boolean } | null = null;
let sequence = 0;

/**
 * A filter's answer was applied: `redessiner` when the map must draw a new generation (false: the
 * map already shows it). Returns the sequence that the list asked for next carries.
 */
export function attendreResultat(generation: number, redessiner: boolean): number {
  sequence++;
  attendu = { sequence, generation, carte: !redessiner, liste: false };
  return sequence;
}

/** The sequence of the last filter answer applied (a list asked for now shows it). */
export function sequenceResultat(): number {
  return sequence;
}

/** The map drew clusters of `generation`, or the list shows what was asked at `sequenceListe`. */
export function resultatMontre(ou: 'carte', generation: number): void;
export function resultatMontre(ou: 'liste', sequenceListe: number): void;
export function resultatMontre(ou: 'carte' | 'liste', n: number): void {
  const a = attendu;
  if (!a) return;
  if (ou === 'carte' && n === a.generation) a.carte = true;
  if (ou === 'liste' && n === a.sequence) a.liste = true;
  if (a.liste && (a.carte || instrumentation.carte === false)) {
    attendu = null;
    instrumentation.resultats++;
  }
}
