import { describe, expect, it } from 'vitest';
import { COTE_PLANCHE, placeCase } from '../../src/map/planche-donuts.ts';
import { COTE_DONUT } from '../../src/map/donut.ts';

describe('placeCase', () => {
  it('fills a planche row by row, then starts the next one, with no two slots overlapping', () => {
    expect(placeCase(0)).toEqual({ planche: 0, x: 0, y: 0 });
    expect(placeCase(1)).toEqual({ planche: 0, x: COTE_DONUT, y: 0 });
    expect(placeCase(COTE_PLANCHE)).toEqual({ planche: 0, x: 0, y: COTE_DONUT });
    const derniere = COTE_PLANCHE * COTE_PLANCHE - 1;
    expect(placeCase(derniere)).toEqual({ planche: 0, x: (COTE_PLANCHE - 1) * COTE_DONUT, y: (COTE_PLANCHE - 1) * COTE_DONUT });
    expect(placeCase(derniere + 1)).toEqual({ planche: 1, x: 0, y: 0 });
    const vues = new Set<string>();
    for (let k = 0; k < 3 * COTE_PLANCHE * COTE_PLANCHE; k++) {
      const p = placeCase(k);
      expect(p.x + COTE_DONUT).toBeLessThanOrEqual(COTE_PLANCHE * COTE_DONUT);
      expect(p.y + COTE_DONUT).toBeLessThanOrEqual(COTE_PLANCHE * COTE_DONUT);
      vues.add(`${p.planche}:${p.x}:${p.y}`);
    }
    expect(vues.size).toBe(3 * COTE_PLANCHE * COTE_PLANCHE);
  });
});
