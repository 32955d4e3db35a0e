import { describe, expect, it } from 'vitest';
import { codesEnjeux, enjeuxDe } from '../../src/core/pairs/enjeux-couverts.ts';
import { distanceKm as distanceCore } from '../../src/core/pairs/distance.ts';
import { distanceKm as distanceMoteur, Moteur } from '../../src/worker/moteur.ts';
import { couvertureEnjeux, fichesDeCollectivites } from '../../src/worker/pairs.ts';
import { bufferTest, LYON, META, PARIS } from './fixture-moteur.ts';

const nouveau = () => new Moteur(bufferTest(), META);

describe('the worker side of « Ma commune »', () => {
  it('counts the enjeux of every collectivité, whatever the current filter', () => {
    const m = nouveau();
    m.filtrer({ axes: ['2'] });
    const cv = couvertureEnjeux(m, codesEnjeux(META.taxonomie), 5);
    // Paris (0): three fiches in 1.1, one of them also in 2.1; Marseille (4): a fiche without service.
    expect([...enjeuxDe(cv, 0)]).toEqual([
      ['1.1', 3],
      ['2.1', 1],
    ]);
    expect([...enjeuxDe(cv, 1)]).toEqual([['2.1', 1]]);
    expect([...cv.fiches]).toEqual([3, 1, 1, 1, 1]);
    expect(enjeuxDe(cv, 4).size).toBe(0);
  });

  it('computes the coverage once per engine', () => {
    const m = nouveau();
    const enjeux = codesEnjeux(META.taxonomie);
    expect(couvertureEnjeux(m, enjeux, 5)).toBe(couvertureEnjeux(m, enjeux, 5));
  });

  it('lists the fiches of some collectivités, newest first, with their enjeux', () => {
    const f = fichesDeCollectivites(nouveau(), [0, 2]);
    expect(f.map((x) => [x.i, x.c, x.annee, x.enjeux])).toEqual([
      [1, 0, 2014, ['2.1', '1.1']],
      [4, 2, 2013, ['1.1']],
      [0, 0, 2012, ['1.1']],
      [2, 0, 2010, ['1.1']],
    ]);
  });

  it('measures distances as the engine does', () => {
    expect(distanceCore(PARIS[0], PARIS[1], LYON[0], LYON[1])).toBe(distanceMoteur(PARIS[0], PARIS[1], LYON[0], LYON[1]));
  });
});
