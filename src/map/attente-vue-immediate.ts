/**
 * The entry's wait for the early view (src/vue-immediate.ts). A module of its own, bundled into the
 * entry: importing the app's chunk for it would evaluate the whole app before the wait.
 */
import './premiere-vue-globales.ts';

/** The app waits for the early view at most this long (its script may not load). */
export const ATTENTE_MAX_MS = 1000;

/** Resolves once the early view (src/vue-immediate.ts) is painted or given up, or after ATTENTE_MAX_MS. */
export function vueImmediateFaite(): Promise<void> {
  const fin = typeof window !== 'undefined' ? window.__atlaasVueImmediate?.fin : undefined;
  if (!fin) return Promise.resolve();
  return Promise.race([fin, new Promise<void>((ok) => setTimeout(ok, ATTENTE_MAX_MS))]);
}
