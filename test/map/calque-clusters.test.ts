import { describe, expect, it } from 'vitest';
import { ECHELLE_CLUSTER, interpoler, marqueSous, ordreDessin, RAYON_FICHE, rayonEntite, type Marque } from '../../src/map/calque-clusters.ts';
import { TAILLE_DONUT } from '../../src/map/donut.ts';
import type { EntiteCarte, ProprietesEntite } from '../../src/worker/messages.ts';

const entite = (properties: ProprietesEntite, lng = 2, lat = 46): EntiteCarte => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties });
const fiche = (i: number) => entite({ k: 'f', i, r: 0 });
const pile = (s: number, n: number) => entite({ k: 'p', s, n, r: 1, d: 'd:24.0', t: String(n) });
const cluster = (id: number, n: number) => entite({ k: 'c', id, n, r: 0, d: 'd:24.0', t: String(n) });

describe('interpoler', () => {
  it('is MapLibre’s linear interpolate, clamped at both ends', () => {
    expect(interpoler(0, RAYON_FICHE)).toBe(4.5);
    expect(interpoler(4, RAYON_FICHE)).toBe(4.5);
    expect(interpoler(7, RAYON_FICHE)).toBeCloseTo(5.5);
    expect(interpoler(12.5, RAYON_FICHE)).toBeCloseTo(7.75);
    expect(interpoler(22, RAYON_FICHE)).toBe(9);
    expect(interpoler(6, ECHELLE_CLUSTER)).toBeCloseTo(0.66);
  });
});

describe('ordreDessin', () => {
  it('draws fiches, then piles, then clusters from the smallest, so the biggest cluster is on top', () => {
    const ordre = ordreDessin([cluster(1, 500), fiche(3), pile(2, 4), cluster(2, 20), fiche(1), pile(1, 9)]);
    expect(ordre.map((e) => e.properties.k + ('n' in e.properties ? e.properties.n : ''))).toEqual(['f', 'f', 'p4', 'p9', 'c20', 'c500']);
    // Fiches keep the worker's order.
    expect(ordre.slice(0, 2).map((e) => (e.properties as { i: number }).i)).toEqual([3, 1]);
  });
});

describe('marqueSous', () => {
  const zoom = 10;
  it('hits a disc of the radius drawn, and misses just outside it', () => {
    const m: Marque[] = [{ e: cluster(7, 100), x: 100, y: 100 }];
    const r = (TAILLE_DONUT / 2 - 2) * interpoler(100, ECHELLE_CLUSTER);
    expect(marqueSous(m, { x: 100 + r - 0.5, y: 100 }, zoom)?.e.properties).toMatchObject({ id: 7 });
    expect(marqueSous(m, { x: 100 + r + 0.5, y: 100 }, zoom)).toBeNull();
  });

  it('gives the topmost marker where two overlap', () => {
    const m: Marque[] = [
      { e: fiche(5), x: 50, y: 50 },
      { e: cluster(9, 30), x: 68, y: 50 },
    ];
    expect(marqueSous(m, { x: 52, y: 50 }, zoom)?.e.properties.k).toBe('c');
    expect(marqueSous(m, { x: 40, y: 50 }, zoom)?.e.properties).toMatchObject({ k: 'f', i: 5 });
  });

  it('keeps small fiches easy to hit: a few pixels of margin beyond the disc and its halo', () => {
    const r = rayonEntite(fiche(1), 4);
    expect(r).toBeGreaterThan(interpoler(4, RAYON_FICHE) + 2.5);
    expect(marqueSous([{ e: fiche(1), x: 0, y: 0 }], { x: r - 0.1, y: 0 }, 4)).not.toBeNull();
  });
});
