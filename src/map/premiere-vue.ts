/**
 * The map's first view, the same whoever draws it: the early script (src/vue-immediate.ts), before
 * the app has run, and the map (src/ui/carte/Carte.tsx) before MapLibre has loaded. France fitted in
 * the map's box (above the bottom sheet on phones), and atlas.json's precomputed clusters for it.
 */
import type { PremiersClusters } from '../core/atlas-data.ts';
import './premiere-vue-globales.ts';
import type { EntitesCarte } from '../worker/messages.ts';
import { REQUETE_TELEPHONE } from '../ui/requete-telephone.ts';
import { cameraPourBornes, type Camera, type Rembourrage } from './camera.ts';
import { VUES_TERRITOIRES } from './territoires.ts';

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

/**
 * The site build writes the first clusters into index.html (scripts/site/premiers-clusters-html.ts),
 * as JSON in a script element of this id: the early view then draws with no request at all.
 * `genere` is atlas.json's: clusters of another build than the data served are not drawn.
 */
export const ID_PREMIERS_CLUSTERS = 'atlaas-premiers-clusters';

export interface PremiersClustersEnLigne {
  genere: string;
  premiersClusters: PremiersClusters;
}

/** The first clusters written in the page, or null (a dev server, a big atlas, an unreadable element). */
export function premiersClustersEnLigne(): PremiersClustersEnLigne | null {
  const texte = document.getElementById(ID_PREMIERS_CLUSTERS)?.textContent;
  if (!texte) return null;
  try {
    const p = JSON.parse(texte) as Partial<PremiersClustersEnLigne>;
    return typeof p.genere === 'string' && p.premiersClusters && Array.isArray(p.premiersClusters.zooms) ? (p as PremiersClustersEnLigne) : null;
  } catch {
    return null;
  }
}

/** Class of the early view's box (app.css): where the map will be. */
export const CLASSE_VUE_IMMEDIATE = 'vue-immediate';

/** Removes the early view: the map draws its own markers now. */
export function retirerVueImmediate(): void {
  document.querySelector(`.${CLASSE_VUE_IMMEDIATE}`)?.remove();
}
