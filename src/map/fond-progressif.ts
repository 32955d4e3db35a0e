/**
 * The offline basemap in two steps. The first frame only needs the sea, the regions and their
 * names under the clusters; the neighbouring countries (pays.geojson, 132 KB) and the department
 * outlines (departements.geojson, 185 KB) are added once the first clusters are drawn.
 *
 * Why: MapLibre parses and tiles every GeoJSON source in its single worker (one per two cores)
 * before the atlas's own source, and each source that arrives costs a full repaint, ~100–200 ms
 * under SwiftShader. Measured side by side (bench, 11,784 fiches): see README "Performance".
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { SOURCES_FOND } from './style.ts';

/** Sources of the basemap added after the first clusters. */
export const SOURCES_DIFFEREES: readonly string[] = [SOURCES_FOND.pays, SOURCES_FOND.departements];

export interface FondEnDeuxTemps {
  /** The style to create the map with. */
  initial: StyleSpecification;
  /** Sources and layers left out, in the style's order; `avant` = the layer each goes under. */
  differes: { sources: Record<string, SourceSpecification>; couches: { couche: LayerSpecification; avant: string | undefined }[] };
}

const sourceDe = (l: LayerSpecification): string | undefined => ('source' in l && typeof l.source === 'string' ? l.source : undefined);

/**
 * Splits a style: the deferred sources and their layers out of `initial`. Each deferred layer
 * remembers the first kept layer above it, so that adding them back restores the style's order.
 */
export function separerFond(style: StyleSpecification, differees: readonly string[] = SOURCES_DIFFEREES): FondEnDeuxTemps {
  const aDifferer = new Set(differees.filter((s) => s in style.sources));
  const sources: Record<string, SourceSpecification> = {};
  const gardees: Record<string, SourceSpecification> = {};
  for (const [id, s] of Object.entries(style.sources)) (aDifferer.has(id) ? sources : gardees)[id] = s;
  const couches: FondEnDeuxTemps['differes']['couches'] = [];
  const initiales: LayerSpecification[] = [];
  const enAttente: LayerSpecification[] = [];
  for (const l of style.layers) {
    const s = sourceDe(l);
    if (s && aDifferer.has(s)) {
      enAttente.push(l);
      continue;
    }
    for (const d of enAttente.splice(0)) couches.push({ couche: d, avant: l.id });
    initiales.push(l);
  }
  for (const d of enAttente) couches.push({ couche: d, avant: undefined });
  return { initial: { ...style, sources: gardees, layers: initiales }, differes: { sources, couches } };
}

/** What `completerFond` needs of a MapLibre map. */
export interface CarteFond {
  getSource(id: string): unknown;
  getLayer(id: string): unknown;
  addSource(id: string, s: SourceSpecification): unknown;
  addLayer(l: LayerSpecification, avant?: string): unknown;
}

/** Adds the deferred sources and layers (once: what is already there is left alone). */
export function completerFond(map: CarteFond, differes: FondEnDeuxTemps['differes']): void {
  for (const [id, s] of Object.entries(differes.sources)) if (!map.getSource(id)) map.addSource(id, s);
  for (const { couche, avant } of differes.couches) {
    if (map.getLayer(couche.id)) continue;
    map.addLayer(couche, avant && map.getLayer(avant) ? avant : undefined);
  }
}
