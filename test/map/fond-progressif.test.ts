import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { completerFond, separerFond, SOURCES_DIFFEREES } from '../../src/map/fond-progressif.ts';
import { createBasemapStyle } from '../../src/map/style.ts';

/** A map stand-in that keeps sources and layers in order, as MapLibre's addLayer(beforeId) does. */
function fausseCarte(style: ReturnType<typeof createBasemapStyle> & object) {
  const sources = new Map<string, SourceSpecification>(Object.entries(style.sources));
  const couches: LayerSpecification[] = [...style.layers];
  return {
    couches,
    getSource: (id: string) => sources.get(id),
    getLayer: (id: string) => couches.find((l) => l.id === id),
    addSource: (id: string, s: SourceSpecification) => sources.set(id, s),
    addLayer: (l: LayerSpecification, avant?: string) => {
      const k = avant ? couches.findIndex((c) => c.id === avant) : -1;
      if (k < 0) couches.push(l);
      else couches.splice(k, 0, l);
    },
  };
}

describe('separerFond / completerFond', () => {
  const complet = createBasemapStyle({ baseUrl: 'http://127.0.0.1/' });

  it('leaves the deferred sources and their layers out of the first style', () => {
    const { initial, differes } = separerFond(complet);
    for (const s of SOURCES_DIFFEREES) {
      expect(initial.sources[s]).toBeUndefined();
      expect(differes.sources[s]).toBeDefined();
    }
    expect(initial.layers.some((l) => 'source' in l && SOURCES_DIFFEREES.includes(l.source as string))).toBe(false);
    expect(initial.layers.length + differes.couches.length).toBe(complet.layers.length);
  });

  it('adds them back in the order of the full style, under the app layers added meanwhile', () => {
    const { initial, differes } = separerFond(complet);
    const carte = fausseCarte(initial);
    carte.addLayer({ id: 'atlas-clusters', type: 'circle', source: 'atlas' } as LayerSpecification);
    completerFond(carte, differes);
    expect(carte.couches.map((l) => l.id)).toEqual([...complet.layers.map((l) => l.id), 'atlas-clusters']);
    completerFond(carte, differes); // a second call adds nothing
    expect(carte.couches.length).toBe(complet.layers.length + 1);
  });
});
