import { describe, expect, it } from 'vitest';
import { premiersClusters } from '../../scripts/build/write/premiers-clusters.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import { bufferTest, LIGNES, META } from '../worker/fixture-moteur.ts';

describe('premiersClusters', () => {
  const p = premiersClusters(bufferTest(), META, 8);

  it('gives every zoom from 0 to zoomMax, each counting every placed fiche once', () => {
    expect(p.zoomMax).toBe(8);
    expect(p.zooms).toHaveLength(9);
    const places = LIGNES.filter((l) => l.lng !== null).length;
    for (const entites of p.zooms) expect(entites.reduce((s, [, , pr]) => s + (pr.k === 'f' ? 1 : pr.n), 0)).toBe(places);
  });

  it('is what the worker draws for the unfiltered atlas in any view, same ids, same generation', () => {
    const moteur = new Moteur(bufferTest(), META, {});
    expect(p.generation).toBe(moteur.generation);
    for (const z of [0, 5, 8]) {
      const vue = moteur.entites([-5, 41, 10, 52], z).features.map((f) => [f.geometry.coordinates[0], f.geometry.coordinates[1], f.properties]);
      const dansVue = p.zooms[z].filter(([lng, lat]) => lng >= -5 && lng <= 10 && lat >= 41 && lat <= 52);
      expect(dansVue).toEqual(vue);
      // The cluster ids resolve in the worker's generation.
      for (const [, , pr] of dansVue) if (pr.k === 'c') expect(moteur.expansion(p.generation, pr.id)).toBeGreaterThan(z);
    }
  });

  it('clusters all of France in one at zoom 0; at zoom 8, the three Paris fiches are one pile and Versailles a fiche', () => {
    expect(p.zooms[0].map(([, , pr]) => pr)).toMatchObject([{ k: 'c', n: 6 }]);
    expect(p.zooms[8].map(([, , pr]) => pr)).toMatchObject([{ k: 'p', n: 3 }, { k: 'f', i: 3 }, { k: 'f', i: 4 }, { k: 'f', i: 6 }]);
  });
});
