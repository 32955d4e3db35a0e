/** The outlines of public/basemap/, fetched the first time a choropleth needs them. */
import type { FeatureContour } from './projection.ts';

const fonds = new Map<string, Promise<FeatureContour[]>>();

export function chargerFond(niveau: 'regions' | 'departements'): Promise<FeatureContour[]> {
  let p = fonds.get(niveau);
  if (!p) {
    p = fetch(new URL(`basemap/${niveau}.geojson`, document.baseURI).href)
      .then((r) => {
        if (!r.ok) throw new Error(`Les contours des ${niveau === 'regions' ? 'régions' : 'départements'} n’ont pas pu être chargés (HTTP ${r.status}).`);
        return r.json() as Promise<{ features: FeatureContour[] }>;
      })
      .then((g) => g.features);
    p.catch(() => fonds.delete(niveau));
    fonds.set(niveau, p);
  }
  return p;
}
