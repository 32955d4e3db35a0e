/** What index.html's inline script puts on window for the early view and the app (types only). */
import type { AtlasMeta } from '../core/atlas-data.ts';

declare global {
  interface Window {
    /** index.html's inline script: the initial data, fetched before any module runs. */
    __atlaasPrecharge?: { meta: Promise<AtlasMeta | null> };
    /**
     * Made by index.html's inline script: `fin` resolves once src/vue-immediate.ts has painted the early view
     * or given up (`terminer`); then `ms` (from navigation start) and `boite` say when and where, for
     * the app's instrumentation and the tests.
     */
    __atlaasVueImmediate?: { fin: Promise<void>; terminer: () => void; ms?: number; boite?: { x: number; y: number; largeur: number; hauteur: number } };
  }
}

export {};
