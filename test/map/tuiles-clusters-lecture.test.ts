import { describe, expect, it } from 'vitest';
import { entiteTuileSous, lireEntite, niveauTuile, rayonEntiteTuile, urlSourcePmtiles, type EntiteTuile } from '../../src/map/tuiles-clusters-lecture.ts';

describe('urlSourcePmtiles', () => {
  it.each([
    ['data/clusters.0123456789.pmtiles', 'http://127.0.0.1:4173/', 'pmtiles://http://127.0.0.1:4173/data/clusters.0123456789.pmtiles'],
    ['data/clusters.a.pmtiles', 'https://exemple.fr/atlaas/index.html?vue=1,2,3', 'pmtiles://https://exemple.fr/atlaas/data/clusters.a.pmtiles'],
    ['data/clusters.a.pmtiles', 'https://exemple.fr/atlaas', 'pmtiles://https://exemple.fr/data/clusters.a.pmtiles'],
    ['https://cdn.exemple.fr/c.pmtiles', 'http://127.0.0.1/', 'pmtiles://https://cdn.exemple.fr/c.pmtiles'],
    ['pmtiles://https://cdn.exemple.fr/c.pmtiles', 'http://127.0.0.1/', 'pmtiles://https://cdn.exemple.fr/c.pmtiles'],
  ])('makes %s against the base %s into %s', (url, base, attendu) => {
    expect(urlSourcePmtiles(url, base)).toBe(attendu);
  });
});

describe('niveauTuile', () => {
  it.each([
    [0, 14, 0],
    [4.99, 14, 4],
    [5, 14, 5],
    [14.5, 14, 14],
    [17, 14, 14],
    [-0.5, 14, 0],
  ])('shows tiles of zoom %s… at map zoom %s with 14 as the last: %s', (zoom, max, attendu) => {
    expect(niveauTuile(zoom, max)).toBe(attendu);
  });
});

describe('lireEntite', () => {
  const ici: [number, number] = [4.85, 45.76];

  it('reads a cluster with the zoom it splits at', () => {
    expect(lireEntite({ k: 'c', n: 120, r: 2, zoom: 7, d: 'd:24.0', t: '120', a0: 1 }, ici, 5)).toEqual({ k: 'c', n: 120, lng: 4.85, lat: 45.76, r: 2, zoom: 7 });
  });

  it('gives no zoom to a cluster that no tile of the archive splits (the last zoom)', () => {
    expect(lireEntite({ k: 'c', n: 3, r: 0, zoom: 14 }, ici, 14)).toMatchObject({ k: 'c', zoom: null });
  });

  it('reads a pile with the index of its first fiche', () => {
    expect(lireEntite({ k: 'p', n: 4, r: -1, i: 812 }, ici, 9)).toEqual({ k: 'p', n: 4, lng: 4.85, lat: 45.76, r: -1, i: 812 });
  });

  it('reads a single fiche with its index', () => {
    expect(lireEntite({ k: 'f', n: 1, r: 1, i: 0 }, ici, 12)).toEqual({ k: 'f', n: 1, lng: 4.85, lat: 45.76, r: 1, i: 0 });
  });

  it.each([
    [{ n: 9, zoom: 6 }, 'c'],
    [{ n: 2, i: 5 }, 'p'],
    [{ n: 1, i: 5 }, 'f'],
  ])('tells the kind of %j from an archive without `k`: %s', (p, k) => {
    expect(lireEntite(p, ici, 3)?.k).toBe(k);
  });

  it('takes -1 as the axe when there is none', () => {
    expect(lireEntite({ k: 'f', n: 1, i: 3 }, ici, 12)?.r).toBe(-1);
  });

  it.each([
    [{}],
    [{ k: 'c', n: 0, zoom: 3 }],
    [{ k: 'f', n: 1 }],
    [{ k: 'p', n: '4', i: 2 }],
  ])('refuses %j, not a feature of the archive', (p) => {
    expect(lireEntite(p, ici, 3)).toBeNull();
  });
});

describe('hit-testing the tile markers', () => {
  const cluster = (n: number): EntiteTuile => ({ k: 'c', n, lng: 0, lat: 0, r: 0, zoom: 6 });
  const pile = (n: number): EntiteTuile => ({ k: 'p', n, lng: 0, lat: 0, r: 0, i: 1 });
  const fiche: EntiteTuile = { k: 'f', n: 1, lng: 0, lat: 0, r: 0, i: 2 };

  it('gives each marker the radius its layer draws', () => {
    expect(rayonEntiteTuile(pile(6), 5, 56)).toBe(13);
    expect(rayonEntiteTuile(pile(5000), 5, 56)).toBe(20);
    expect(rayonEntiteTuile(cluster(2), 5, 56)).toBeCloseTo(0.6 * 28);
    expect(rayonEntiteTuile(fiche, 10, 56)).toBe(6.5 + 2.5);
  });

  it('finds the marker whose disc holds the point, a cluster over a pile over a fiche', () => {
    const dessinees = [
      { e: fiche, x: 100, y: 100 },
      { e: pile(4), x: 104, y: 100 },
      { e: cluster(30), x: 120, y: 100 },
    ];
    expect(entiteTuileSous(dessinees, { x: 101, y: 100 }, 8, 56)?.e).toBe(dessinees[2].e);
    expect(entiteTuileSous(dessinees, { x: 95, y: 100 }, 8, 56)?.e).toBe(dessinees[1].e);
    expect(entiteTuileSous(dessinees, { x: 100, y: 60 }, 8, 56)).toBeNull();
    expect(entiteTuileSous([{ e: fiche, x: 10, y: 10 }], { x: 16, y: 10 }, 8, 56)?.e).toBe(fiche);
  });

  it('prefers the bigger cluster where two overlap', () => {
    const petit = { e: cluster(3), x: 0, y: 0 };
    const gros = { e: cluster(300), x: 20, y: 0 };
    expect(entiteTuileSous([petit, gros], { x: 10, y: 0 }, 5, 56)).toBe(gros);
  });
});
