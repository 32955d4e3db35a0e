import { describe, expect, it } from 'vitest';
import {
  classerPairs,
  estEligible,
  POIDS_SIMILARITE,
  REGLAGES_PAIRS_DEFAUT,
  scorePair,
  similariteDistance,
  similariteEnjeux,
  similariteTaille,
  type ReglagesPairs,
} from '../../../src/core/pairs/similarite.ts';
import { auNord, profil } from './profils.ts';

const partout: ReglagesPairs = { ...REGLAGES_PAIRS_DEFAUT, portee: 'france' };

describe('peer ranking: eligibility', () => {
  const ville = profil({ population: 48_000, arobases: 3 }, { '1.1': 2, '2.1': 1 });
  const village = profil({ population: 400, type: 'village', ...auNord(5) }, { '1.1': 1, '2.1': 1 });
  const metropole = profil({ population: 870_000, ...auNord(30) }, { '1.1': 40, '2.1': 12 });
  const voisine = profil({ population: 42_000, ...auNord(20) }, { '1.1': 1 });

  it('never ranks a village next to a metropolis, whatever the size setting', () => {
    for (const memeStrate of [true, false]) {
      const r = { ...partout, memeStrate };
      expect(classerPairs(village, [metropole, ville, voisine], r).map((p) => p.profil.code)).toEqual([]);
      expect(classerPairs(metropole, [village, ville, voisine], r).map((p) => p.profil.code)).toEqual([]);
    }
  });

  it('keeps the same strate only when asked, a population within the factor otherwise', () => {
    const plusPetite = profil({ population: 18_000, ...auNord(10) }); // another strate, ratio 2.67
    expect(estEligible(ville, plusPetite, { ...partout, memeStrate: true })).toBe(false);
    expect(estEligible(ville, plusPetite, { ...partout, memeStrate: false, facteurPopulation: 3 })).toBe(true);
    expect(estEligible(ville, plusPetite, { ...partout, memeStrate: false, facteurPopulation: 2 })).toBe(false);
  });

  it('compares communes with communes and territoires with territoires', () => {
    const epci = profil({ population: 45_000, nature: 'territoire', type: 'territoire', ...auNord(3) });
    expect(estEligible(ville, epci, partout)).toBe(false);
    expect(estEligible(ville, voisine, partout)).toBe(true);
  });

  it('keeps only candidates inside the radius, the department or the region', () => {
    const loin = profil({ population: 45_000, departement: '84', ...auNord(120) });
    const ailleurs = profil({ population: 45_000, departement: '69', region: '84', ...auNord(300) });
    const codes = (r: ReglagesPairs) => classerPairs(ville, [voisine, loin, ailleurs], r).map((p) => p.profil.code);
    expect(codes({ ...partout, portee: 'rayon', rayonKm: 100 })).toEqual([voisine.code]);
    expect(codes({ ...partout, portee: 'rayon', rayonKm: 150 })).toEqual([voisine.code, loin.code]);
    expect(codes({ ...partout, portee: 'departement' })).toEqual([voisine.code]);
    expect(codes({ ...partout, portee: 'region' })).toEqual([voisine.code, loin.code]);
    expect(codes(partout)).toEqual([voisine.code, loin.code, ailleurs.code]);
  });

  it('never lists the chosen collectivité as its own peer', () => {
    expect(classerPairs(ville, [ville, voisine], partout).map((p) => p.profil.code)).toEqual([voisine.code]);
  });
});

describe('peer ranking: the documented weights', () => {
  it('has weights that add up to 1', () => {
    expect(Object.values(POIDS_SIMILARITE).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.each([
    [1000, 1000, 1],
    [1000, 3000, 1 - Math.log(3) / Math.log(10)],
    [3000, 1000, 1 - Math.log(3) / Math.log(10)],
    [1000, 10_000, 0],
    [1000, 50_000, 0],
  ])('size similarity of %i and %i inhabitants is %f', (a, b, attendu) => {
    expect(similariteTaille(a, b)).toBeCloseTo(attendu, 10);
  });

  it.each([
    [0, 1],
    [50, 0.5],
    [100, 0.25],
  ])('distance similarity at %i km is %f', (km, attendu) => {
    expect(similariteDistance(km)).toBeCloseTo(attendu, 12);
  });

  it('measures the enjeux overlap as a Jaccard index', () => {
    const a = new Map([['1.1', 1], ['1.2', 3], ['2.1', 1]]);
    expect(similariteEnjeux(a, new Map([['1.1', 9], ['1.2', 1], ['2.1', 2]]))).toBe(1);
    expect(similariteEnjeux(a, new Map([['1.1', 1]]))).toBeCloseTo(1 / 3, 12);
    expect(similariteEnjeux(a, new Map([['1.1', 1], ['3.3', 1]]))).toBeCloseTo(1 / 4, 12);
    expect(similariteEnjeux(a, new Map())).toBe(0);
    expect(similariteEnjeux(new Map(), a)).toBeNull();
  });

  it('scores the weighted mean of the four similarities (hand-checked)', () => {
    const a = profil({ population: 20_000, arobases: 3 }, { '1.1': 1, '1.2': 1, '2.1': 1 });
    const b = profil({ population: 20_000, arobases: 3, ...auNord(10) }, { '1.1': 1, '1.2': 1, '2.1': 1 });
    // 0.35·1 + 0.25·0.5^(10/50) + 0.25·1 + 0.15·1 = 0.75 + 0.25·0.870550563…
    expect(scorePair(a, b).score).toBeCloseTo(96.7638, 3);
    const c = profil({ population: 20_000, arobases: 1, ...auNord(50) }, { '1.1': 1 });
    // 0.35·1 + 0.25·0.5 + 0.25·(1/3) + 0.15·(1 − 2/5)
    expect(scorePair(a, c).score).toBeCloseTo(100 * (0.35 + 0.125 + 0.25 / 3 + 0.15 * 0.6), 8);
  });

  it('ranks the nearer of two otherwise identical peers first', () => {
    const a = profil({ population: 20_000 }, { '1.1': 1 });
    const loin = profil({ population: 20_000, ...auNord(80) }, { '1.1': 1 });
    const pres = profil({ population: 20_000, ...auNord(15) }, { '1.1': 1 });
    expect(classerPairs(a, [loin, pres], partout).map((p) => p.profil.code)).toEqual([pres.code, loin.code]);
  });

  it('lets a shared set of enjeux outweigh a few kilometres, as the weights say', () => {
    const a = profil({ population: 20_000 }, { '1.1': 1, '1.2': 1, '2.1': 1, '3.1': 1 });
    const procheSansEnjeu = profil({ population: 20_000, ...auNord(5) }, { '4.1': 1 });
    const memesEnjeux = profil({ population: 20_000, ...auNord(25) }, { '1.1': 1, '1.2': 1, '2.1': 1, '3.1': 1 });
    // 0.25·(0.5^(5/50) − 0.5^(25/50)) = 0.056 of distance lost, 0.25 of enjeux gained
    const r = classerPairs(a, [procheSansEnjeu, memesEnjeux], partout);
    expect(r.map((p) => p.profil.code)).toEqual([memesEnjeux.code, procheSansEnjeu.code]);
    expect(r[0].score - r[1].score).toBeCloseTo(100 * (0.25 - 0.25 * (0.5 ** 0.1 - 0.5 ** 0.5)), 6);
  });

  it('leaves out the enjeux when the chosen one has none yet, averaging over the other weights', () => {
    const sansFiche = profil({ population: 48_000, arobases: 0 });
    const pair = profil({ population: 48_000, arobases: 0, ...auNord(0) }, { '1.1': 4 });
    const { score, composantes } = scorePair(sansFiche, pair);
    expect(composantes.enjeux).toBeNull();
    expect(score).toBeCloseTo(100, 10);
  });

  it('returns at most `limite` peers', () => {
    const a = profil({ population: 20_000 });
    const autres = Array.from({ length: 30 }, (_, k) => profil({ population: 20_000 + k, ...auNord(k) }));
    expect(classerPairs(a, autres, { ...partout, limite: 7 })).toHaveLength(7);
  });
});
