/**
 * The MapLibre map on the page, if any, for what lives outside the map's own component and needs
 * it once in a while (exporting the map view as an image).
 */
import type { Map as CarteMapLibre } from 'maplibre-gl';

let carte: CarteMapLibre | null = null;

export function enregistrerCarte(m: CarteMapLibre | null): void {
  carte = m;
}

export function carteCourante(): CarteMapLibre | null {
  return carte;
}
