import { describe, expect, it } from 'vitest';
import { geojsonSelection } from '../../src/core/geojson-selection.ts';

const feature = (id: string, titre: string) => ({
  type: 'Feature',
  id,
  geometry: id === 'b' ? null : { type: 'Point', coordinates: [1.5, 43.6] },
  properties: { id, titre },
});
const features = [feature('a', 'Un'), feature('b', 'Deux, "trois"\nquatre'), feature('c', 'Cinq'), feature('d', 'Six')];
/** The layout the build writes: one Feature per line. */
const parLigne = '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';

describe('GeoJSON of the selection', () => {
  it('keeps the wanted Features, in order, as valid GeoJSON', () => {
    const g = JSON.parse(geojsonSelection(parLigne, [1, 3], 4));
    expect(g.type).toBe('FeatureCollection');
    expect(g.features).toEqual([features[1], features[3]]);
  });

  it('keeps the bytes of each Feature line as the open data wrote them', () => {
    const s = geojsonSelection(parLigne, [2], 4);
    expect(s).toContain(JSON.stringify(features[2]));
  });

  it('gives an empty collection for an empty selection', () => {
    expect(JSON.parse(geojsonSelection(parLigne, [], 4)).features).toEqual([]);
  });

  it('falls back to a full parse when the file has another layout', () => {
    const compact = JSON.stringify({ type: 'FeatureCollection', features });
    expect(JSON.parse(geojsonSelection(compact, [0, 2], 4)).features).toEqual([features[0], features[2]]);
  });

  it('checks the ids when given, and finds the Features by id when the order differs', () => {
    const melange = '{"type":"FeatureCollection","features":[\n' + [features[3], features[0], features[1], features[2]].map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
    expect(JSON.parse(geojsonSelection(melange, [0, 2], 4, ['a', 'c'])).features).toEqual([features[0], features[2]]);
  });

  it('refuses a file that lacks fiches of the selection', () => {
    expect(() => geojsonSelection(parLigne, [0, 9], 10, ['a', 'z'])).toThrow(/ne correspondent pas/);
  });
});
