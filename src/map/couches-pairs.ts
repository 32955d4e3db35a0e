/**
 * « Ma commune » on the map: a ring around the chosen collectivité and around each peer, with
 * the peer's rank and name, drawn above the markers (the peers' own fiches stay clickable
 * underneath: these layers take no pointer events).
 */
import type { ExpressionSpecification, GeoJSONSource, Map as CarteMapLibre } from 'maplibre-gl';
import { NEUTRES } from './couleurs.ts';
import { POLICES } from './style.ts';

export const SOURCE_PAIRS = 'atlas-pairs';
export const COUCHES_PAIRS = {
  anneaux: 'atlas-pairs-anneaux',
  rangs: 'atlas-pairs-rangs',
  noms: 'atlas-pairs-noms',
} as const;

/** Dark violet: apart from the axe palette and from the selection's colour. */
export const COULEUR_PAIRS = '#4B2380';

export interface PointsPairsCarte {
  choisie: { lng: number; lat: number; nom: string } | null;
  pairs: { lng: number; lat: number; nom: string; rang: number }[];
}

export function ajouterCouchesPairs(m: CarteMapLibre): void {
  m.addSource(SOURCE_PAIRS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const choisie: ExpressionSpecification = ['==', ['get', 'sorte'], 'choisie'];
  m.addLayer({
    id: COUCHES_PAIRS.anneaux,
    type: 'circle',
    source: SOURCE_PAIRS,
    paint: {
      'circle-radius': ['case', choisie, 24, 20],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': ['case', choisie, NEUTRES.contour, COULEUR_PAIRS],
      'circle-stroke-width': ['case', choisie, 4, 3],
    },
  });
  m.addLayer({
    id: COUCHES_PAIRS.rangs,
    type: 'symbol',
    source: SOURCE_PAIRS,
    filter: ['!', choisie],
    layout: {
      'text-field': ['to-string', ['get', 'rang']],
      'text-font': [...POLICES.grasse],
      'text-size': 13,
      'text-offset': [1.45, -1.45],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': COULEUR_PAIRS, 'text-halo-width': 3 },
  });
  m.addLayer({
    id: COUCHES_PAIRS.noms,
    type: 'symbol',
    source: SOURCE_PAIRS,
    layout: {
      'text-field': ['get', 'nom'],
      'text-font': [...POLICES.grasse],
      'text-size': ['case', choisie, 15, 12.5],
      'text-anchor': 'top',
      'text-offset': [0, 1.9],
      'text-optional': true,
      'symbol-sort-key': ['case', choisie, 0, ['get', 'rang']],
    },
    paint: { 'text-color': ['case', choisie, NEUTRES.contour, COULEUR_PAIRS], 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
}

export function dessinerPairs(m: CarteMapLibre, p: PointsPairsCarte | null): void {
  const features: GeoJSON.Feature[] = [];
  if (p) {
    for (const x of p.pairs) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x.lng, x.lat] }, properties: { sorte: 'pair', rang: x.rang, nom: x.nom } });
    if (p.choisie) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.choisie.lng, p.choisie.lat] }, properties: { sorte: 'choisie', rang: 0, nom: p.choisie.nom } });
  }
  (m.getSource(SOURCE_PAIRS) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  // For the browser tests: what was asked, and the rings actually drawn once the map is idle.
  const trace = { demandes: features.length, rendus: -1 };
  (globalThis as unknown as { __atlasPairs?: typeof trace }).__atlasPairs = trace;
  m.once('idle', () => (trace.rendus = m.queryRenderedFeatures({ layers: [COUCHES_PAIRS.anneaux] }).length));
  m.triggerRepaint();
}
