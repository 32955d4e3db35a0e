import { describe, expect, it } from 'vitest';
import { lireEntite, niveauTuile, urlSourcePmtiles } from '../../src/map/tuiles-clusters-lecture.ts';

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
