import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parScore, trierIndices } from '../../src/worker/tri-indices.ts';

const parComparateur = (indices: number[], cle: Float64Array) => [...indices].sort((a, b) => cle[a] - cle[b] || a - b);

describe('trierIndices', () => {
  it('orders integer keys (years, ranks) exactly like the comparator sort, ties by index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3e8, max: 3e8 }), { minLength: 0, maxLength: 400 }), (cles) => {
        const cle = Float64Array.from(cles);
        const indices = cles.map((_, i) => i).reverse();
        expect(trierIndices(indices, cle)).toEqual(parComparateur(indices, cle));
      }),
    );
  });

  it('orders float keys (squared distances, with Infinity for unplaced fiches) like the comparator', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constant(Infinity)), { maxLength: 400 }), (cles) => {
        const cle = Float64Array.from(cles);
        // Distinct keys further apart than float32's precision: the same order.
        const indices = cles.map((_, i) => i).filter((i) => cles.every((c, j) => j === i || c === cles[i] || Math.abs(c - cles[i]) > 1e-3 * Math.max(1, Math.abs(c))));
        expect(trierIndices(indices, cle)).toEqual(parComparateur(indices, cle));
      }),
    );
  });

  it('sorts a subset of a large index, indices up to a million', () => {
    const cle = new Float64Array(1_000_000);
    const indices = [999_999, 5, 500_000, 42];
    cle[999_999] = 0.5;
    cle[5] = 2.25;
    cle[500_000] = 0.5;
    cle[42] = -1;
    expect(trierIndices(indices, cle)).toEqual([42, 500_000, 999_999, 5]);
  });
});

describe('parScore', () => {
  it('orders a query’s list by proximity like the comparator: score down, then proximity, then index', () => {
    const poids = [4e6, 3e6, 4e4, 400, 4, 8e6, 7e6];
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.constantFrom(...poids), p: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(Infinity)) }), { maxLength: 300 }),
        (lignes) => {
          const score = Float64Array.from(lignes.map((l) => l.s));
          const proximite = Float64Array.from(lignes.map((l) => l.p));
          const indices = lignes.map((_, i) => i).reverse();
          const attendu = [...indices].sort((a, b) => score[b] - score[a] || proximite[a] - proximite[b] || a - b);
          expect(parScore(trierIndices(indices, proximite), score)).toEqual(attendu);
        },
      ),
    );
  });
});
