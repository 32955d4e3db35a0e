/** `__atlas.resultats`: one per filter result shown on both the map and the list. */
import { beforeEach, describe, expect, it } from 'vitest';
import { attendreResultat, instrumentation, resultatMontre } from '../../src/state/instrumentation.ts';

describe('the results counter', () => {
  beforeEach(() => {
    instrumentation.carte = true;
    instrumentation.resultats = 0;
  });

  it('counts a result once the map drew its generation and the list asked after it came', () => {
    const s = attendreResultat(7, true);
    resultatMontre('liste', s);
    expect(instrumentation.resultats).toBe(0);
    resultatMontre('carte', 6); // an older draw
    expect(instrumentation.resultats).toBe(0);
    resultatMontre('carte', 7);
    expect(instrumentation.resultats).toBe(1);
    resultatMontre('carte', 7); // a pan redraws: not a new result
    resultatMontre('liste', s);
    expect(instrumentation.resultats).toBe(1);
  });

  it('ignores a list asked for before the result, and needs no map draw when nothing changed', () => {
    const avant = attendreResultat(3, false);
    const s = attendreResultat(3, false);
    resultatMontre('liste', avant);
    expect(instrumentation.resultats).toBe(0);
    resultatMontre('liste', s);
    expect(instrumentation.resultats).toBe(1);
  });

  it('counts on the list alone without a map', () => {
    instrumentation.carte = false;
    resultatMontre('liste', attendreResultat(9, true));
    expect(instrumentation.resultats).toBe(1);
  });
});
