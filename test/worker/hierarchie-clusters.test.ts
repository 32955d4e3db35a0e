import { describe, expect, it } from 'vitest';
import Supercluster from 'supercluster';
import { HierarchieClusters } from '../../src/worker/hierarchie-clusters.ts';
import type { BBox } from '../../src/worker/messages.ts';

const OPTIONS = { radius: 64, maxZoom: 15, minPoints: 2, extent: 512, nodeSize: 64 };
const MONDE: BBox = [-180, -85, 180, 85];
const K = 3;

/** Deterministic pseudo-random numbers (mulberry32). */
function alea(graine: number): () => number {
  let a = graine;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sites over France, denser around a few towns, each with fiches per axe. */
function jeu(graine: number, nbSites: number) {
  const r = alea(graine);
  const coords = new Float64Array(2 * nbSites);
  const villes = [
    [2.35, 48.85],
    [4.83, 45.76],
    [5.37, 43.3],
    [-1.55, 47.22],
  ];
  for (let s = 0; s < nbSites; s++) {
    const [lng, lat] = r() < 0.5 ? villes[Math.floor(r() * villes.length)] : [-4 + r() * 12, 42 + r() * 9];
    coords[2 * s] = lng + (r() - 0.5) * 0.6;
    coords[2 * s + 1] = lat + (r() - 0.5) * 0.4;
  }
  // Every site has a fiche at least, as in an atlas.
  const axes = Array.from({ length: nbSites }, () => Array.from({ length: K }, (_, k) => Math.floor(r() * 3) + (k === 0 ? 1 : 0)));
  const arbre = new Supercluster<Record<string, number>, Record<string, number>>({
    ...OPTIONS,
    map: (p) => ({ n: p.n, a0: p.a0, a1: p.a1, a2: p.a2 }),
    reduce: (acc, p) => {
      acc.n += p.n;
      acc.a0 += p.a0;
      acc.a1 += p.a1;
      acc.a2 += p.a2;
    },
  });
  arbre.load(
    axes.map((a, s) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [coords[2 * s], coords[2 * s + 1]] },
      properties: { s, n: a[0] + a[1] + a[2], a0: a[0], a1: a[1], a2: a[2] },
    })),
  );
  return { r, coords, axes, arbre, h: new HierarchieClusters(arbre, nbSites, K, OPTIONS, coords) };
}

/** A random filter: per site, how many of its fiches of each axe still match. */
function poids(r: () => number, axes: number[][], part: number) {
  const S = axes.length;
  const parSite = axes.map((a) => a.map((n) => (r() < part ? n : Math.floor(n * r()))));
  return { parSite, S };
}

function enRangs(h: HierarchieClusters, parSite: number[][]) {
  const fiches = new Int32Array(h.nbSites);
  const parAxe = new Int32Array(h.nbSites * K);
  parSite.forEach((a, s) => {
    const rang = h.rangDuSite[s];
    for (let k = 0; k < K; k++) {
      fiches[rang] += a[k];
      parAxe[rang * K + k] = a[k];
    }
  });
  return { fiches, parAxe };
}

const sitesDe = (arbre: Supercluster<Record<string, number>, Record<string, number>>, p: Record<string, unknown>): number[] =>
  p.cluster ? arbre.getLeaves(p.cluster_id as number, Infinity).map((f) => f.properties.s) : [p.s as number];

describe('HierarchieClusters', () => {
  it('gives every cluster, at every zoom, the contiguous range of its sites', () => {
    const { arbre, h } = jeu(1, 600);
    expect([...h.siteDuRang].sort((a, b) => a - b)).toEqual(Array.from({ length: 600 }, (_, s) => s));
    for (const z of [0, 3, 6, 9, 12]) {
      for (const f of arbre.getClusters(MONDE, z)) {
        const p = f.properties as Record<string, unknown>;
        if (!p.cluster) continue;
        const rangs = sitesDe(arbre, p).map((s) => h.rangDuSite[s]).sort((a, b) => a - b);
        expect(rangs.at(-1)! - rangs[0] + 1).toBe(rangs.length);
      }
    }
  });

  // Sites come out where the atlas put them; supercluster gives them back through its projection (1e-14 off).
  const arrondi = (x: number) => Math.round(x * 1e9) / 1e9;

  it('without a filter, draws supercluster’s own clusters', () => {
    const { arbre, axes, h } = jeu(2, 400);
    const { fiches, parAxe } = enRangs(h, axes);
    h.ponderer(fiches, parAxe);
    for (const z of [0, 4, 7, 10, 16]) {
      const attendus = arbre
        .getClusters(MONDE, z)
        .map((f) => {
          const p = f.properties as Record<string, number>;
          return { n: p.n, lng: arrondi(f.geometry.coordinates[0]), lat: arrondi(f.geometry.coordinates[1]) };
        })
        .filter((e) => e.n > 0)
        .sort((a, b) => a.lng - b.lng || a.lat - b.lat);
      const obtenus = h
        .elements(MONDE, z)
        .map((e) => ({ n: e.n, lng: arrondi(e.lng), lat: arrondi(e.lat) }))
        .sort((a, b) => a.lng - b.lng || a.lat - b.lat);
      expect(obtenus).toEqual(attendus);
    }
  });

  it('with random filters, counts what matches in each cluster and draws a cluster with one matching site as that site', () => {
    for (const graine of [3, 4, 5]) {
      const { r, arbre, axes, coords, h } = jeu(graine, 500);
      for (const part of [0.05, 0.3, 0.8]) {
        const { parSite } = poids(r, axes, part);
        const { fiches, parAxe } = enRangs(h, parSite);
        h.ponderer(fiches, parAxe);
        const total = parSite.reduce((t, a) => t + a[0] + a[1] + a[2], 0);
        for (const z of [0, 5, 8, 11, 16]) {
          const elements = h.elements(MONDE, z);
          expect(elements.reduce((t, e) => t + e.n, 0)).toBe(total);
          const parId = new Map(arbre.getClusters(MONDE, z).map((f) => [(f.properties as Record<string, unknown>).cluster_id as number | undefined, f]));
          for (const e of elements) {
            if (e.id === null) {
              const s = e.site as number;
              expect(e.n).toBe(parSite[s][0] + parSite[s][1] + parSite[s][2]);
              expect(e.compte).toEqual(parSite[s]);
              expect([e.lng, e.lat]).toEqual([coords[2 * s], coords[2 * s + 1]]);
              continue;
            }
            const f = parId.get(e.id);
            expect(f).toBeDefined();
            const actifs = sitesDe(arbre, f!.properties as Record<string, unknown>).filter((s) => parSite[s].some((n) => n > 0));
            expect(actifs.length).toBeGreaterThan(1);
            expect(e.compte).toEqual([0, 1, 2].map((k) => actifs.reduce((t, s) => t + parSite[s][k], 0)));
          }
        }
      }
    }
  });

  it('answers the zoom at which a thinned cluster’s matching sites split, and only shows what falls in the bbox', () => {
    const { r, arbre, axes, h } = jeu(6, 500);
    const { parSite } = poids(r, axes, 0.2);
    const { fiches, parAxe } = enRangs(h, parSite);
    h.ponderer(fiches, parAxe);
    const actif = (s: number) => parSite[s].some((n) => n > 0);
    let verifies = 0;
    for (const e of h.elements(MONDE, 4)) {
      if (e.id === null) continue;
      const z = h.expansion(e.id) as number;
      expect(z).toBeGreaterThan(4);
      const sites = new Set(arbre.getLeaves(e.id, Infinity).map((f) => f.properties.s).filter(actif));
      // At z the matching sites are in two items or more; one zoom above, in one.
      const items = (zoom: number) =>
        arbre.getClusters(MONDE, zoom).filter((f) => sitesDe(arbre, f.properties as Record<string, unknown>).some((s) => sites.has(s))).length;
      expect(items(z)).toBeGreaterThan(1);
      expect(items(z - 1)).toBe(1);
      verifies++;
    }
    expect(verifies).toBeGreaterThan(0);
    const vue: BBox = [1, 47, 4, 49.5];
    for (const e of h.elements(vue, 9)) {
      expect(e.lng >= vue[0] && e.lng <= vue[2] && e.lat >= vue[1] && e.lat <= vue[3]).toBe(true);
    }
    const dedans = h.elements(MONDE, 9).filter((e) => e.lng >= vue[0] && e.lng <= vue[2] && e.lat >= vue[1] && e.lat <= vue[3]);
    expect(h.elements(vue, 9).length).toBe(dedans.length);
  });

  it('answers null for an id it does not know', () => {
    const { h } = jeu(7, 50);
    expect(h.expansion(-1)).toBeNull();
  });
});
