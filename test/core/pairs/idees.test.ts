import { describe, expect, it } from 'vitest';
import { ideesDesPairs, type FichePair } from '../../../src/core/pairs/idees.ts';

const f = (i: number, c: number, annee: number, enjeux: string[]): FichePair => ({ i, c, annee, enjeux, lng: 5, lat: 43 });
const ordre = ['1.1', '1.2', '2.1', '3.1'];

describe('« Ce que font vos pairs »', () => {
  const fiches = [
    f(1, 10, 2018, ['1.1', '1.2']), // best peer
    f(2, 10, 2020, ['1.2']),
    f(3, 11, 2019, ['1.2', '3.1']),
    f(4, 12, 2021, ['2.1']), // not a peer
    f(5, 99, 2016, ['3.1']), // the chosen one itself
  ];
  const rangs = new Map([
    [10, 0],
    [11, 1],
  ]);

  it('keeps only the enjeux the chosen one has none in, in taxonomy order', () => {
    const g = ideesDesPairs(new Set(['1.1']), fiches, rangs, ordre);
    expect(g.map((x) => x.enjeu)).toEqual(['1.2', '3.1']);
  });

  it('puts one fiche per peer first, best peer first, then the others newest first', () => {
    const [g] = ideesDesPairs(new Set(['1.1']), fiches, rangs, ordre);
    expect(g.fiches.map((x) => x.i)).toEqual([2, 3, 1]);
    expect(g.total).toBe(3);
    expect(g.nbPairs).toBe(2);
  });

  it('only counts the peers’ fiches', () => {
    const g = ideesDesPairs(new Set(), fiches, rangs, ordre);
    expect(g.map((x) => [x.enjeu, x.total])).toEqual([
      ['1.1', 1],
      ['1.2', 3],
      ['3.1', 1],
    ]);
  });

  it('caps each group at `parEnjeu` fiches but keeps the total', () => {
    const [g] = ideesDesPairs(new Set(['1.1']), fiches, rangs, ordre, 1);
    expect(g.fiches).toHaveLength(1);
    expect(g.total).toBe(3);
  });
});
