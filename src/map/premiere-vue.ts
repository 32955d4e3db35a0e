/**
 * The map's first view, the same whoever draws it: the early script (src/vue-immediate.ts), before
 * the app has run, and the map (src/ui/carte/Carte.tsx) before MapLibre has loaded. France fitted in
 * the map's box (above the bottom sheet on phones), and atlas.json's precomputed clusters for it.
 */
import type { AtlasMeta, PremiersClusters } from '../core/atlas-data.ts';
import type { EntitesCarte } from '../worker/messages.ts';
import { REQUETE_TELEPHONE } from '../ui/requete-telephone.ts';
import { cameraPourBornes, type Camera, type Rembourrage } from './camera.ts';
import { VUES_TERRITOIRES } from './territoires.ts';

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

/**
 * Height of the half-open bottom sheet on phones (48dvh, see panneau.css): the map's bottom
 * padding. It stays the same when the sheet folds or unfolds, so the map does not jump.
 */
export function hauteurFeuille(): number {
  return Math.round(window.innerHeight * 0.48);
}

export function rembourragePremiereVue(): Rembourrage {
  return { haut: 0, bas: matchMedia(REQUETE_TELEPHONE).matches ? hauteurFeuille() : 0, gauche: 0, droite: 0 };
}

/** France in a map of this size. */
export function cameraPremiereVue(largeur: number, hauteur: number, r: Rembourrage): Camera {
  return cameraPourBornes(VUES_TERRITOIRES[0].bounds, largeur, hauteur, 24, r);
}

/** The precomputed clusters of the zoom a camera shows, or null beyond the zooms precomputed. */
export function entitesPremiersClusters(p: PremiersClusters, zoom: number): EntitesCarte | null {
  const z = Math.floor(zoom);
  const entites = p.zooms[z];
  if (!entites || z > p.zoomMax) return null;
  return { type: 'FeatureCollection', features: entites.map(([lng, lat, properties]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties })) };
}

/** Class of the early view's box (app.css): where the map will be. */
export const CLASSE_VUE_IMMEDIATE = 'vue-immediate';

/** Removes the early view: the map draws its own markers now. */
export function retirerVueImmediate(): void {
  document.querySelector(`.${CLASSE_VUE_IMMEDIATE}`)?.remove();
}

/** The app waits for the early view at most this long (its script may not load). */
export const ATTENTE_MAX_MS = 1000;

/** Resolves once the early view (src/vue-immediate.ts) is painted or given up, or after ATTENTE_MAX_MS. */
export function vueImmediateFaite(): Promise<void> {
  const fin = typeof window !== 'undefined' ? window.__atlaasVueImmediate?.fin : undefined;
  if (!fin) return Promise.resolve();
  return Promise.race([fin, new Promise<void>((ok) => setTimeout(ok, ATTENTE_MAX_MS))]);
}
