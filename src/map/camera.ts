/**
 * The first camera of the map and its Web Mercator projection, computed without MapLibre: the
 * markers of the first view are drawn while MapLibre (1 MB of script) still loads, and the map is
 * then created with this very camera, so both agree to the pixel. Same conventions as MapLibre:
 * 512-pixel tiles, latitudes clamped to ±85.051129°, padding shifting the centre.
 */
import type { VueCalque } from './calque-clusters.ts';

export const TAILLE_TUILE = 512;
const LAT_MAX = 85.051129;
export const ZOOM_MIN = 1.5;
export const ZOOM_MAX = 18;

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface Rembourrage {
  haut: number;
  bas: number;
  gauche: number;
  droite: number;
}

const SANS_REMBOURRAGE: Rembourrage = { haut: 0, bas: 0, gauche: 0, droite: 0 };

/** Mercator coordinates in [0, 1] × [0, 1] (x east, y south). */
export function mercator(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-LAT_MAX, Math.min(LAT_MAX, lat)) * Math.PI) / 180;
  return [(180 + lng) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360];
}

export function inverseMercator(x: number, y: number): [number, number] {
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
  return [x * 360 - 180, lat];
}

/**
 * The camera that fits bounds [w, s, e, n] in a container, `marge` pixels from each edge of the part
 * left free by the padding (MapLibre's fitBounds with `padding`).
 */
export function cameraPourBornes(bornes: readonly [number, number, number, number], largeur: number, hauteur: number, marge = 0, r: Rembourrage = SANS_REMBOURRAGE): Camera {
  const [x0, y1] = mercator(bornes[0], bornes[1]);
  const [x1, y0] = mercator(bornes[2], bornes[3]);
  const libreX = Math.max(1, largeur - r.gauche - r.droite - 2 * marge);
  const libreY = Math.max(1, hauteur - r.haut - r.bas - 2 * marge);
  const echelle = Math.min(libreX / ((x1 - x0) * TAILLE_TUILE), libreY / ((y1 - y0) * TAILLE_TUILE));
  const zoom = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, Math.log2(echelle)));
  const [lng, lat] = inverseMercator((x0 + x1) / 2, (y0 + y1) / 2);
  return { lng, lat, zoom };
}

/** Where a camera puts each point of a container of this size (MapLibre's `project` without rotation or pitch). */
export function projectionCamera(camera: Camera, largeur: number, hauteur: number, r: Rembourrage = SANS_REMBOURRAGE): VueCalque {
  const monde = TAILLE_TUILE * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.lng, camera.lat);
  const ox = r.gauche + (largeur - r.gauche - r.droite) / 2;
  const oy = r.haut + (hauteur - r.haut - r.bas) / 2;
  return {
    getZoom: () => camera.zoom,
    project: ([lng, lat]) => {
      const [x, y] = mercator(lng, lat);
      return { x: (x - cx) * monde + ox, y: (y - cy) * monde + oy };
    },
  };
}
