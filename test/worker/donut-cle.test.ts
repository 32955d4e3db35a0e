import { describe, expect, it } from 'vitest';
import { cleDonut, lireCleDonut, partsDonut, SEGMENTS } from '../../src/worker/donut-cle.ts';

describe('donut ids', () => {
  it.each([
    [[1, 1], [12, 12]],
    [[1, 0, 0], [24, 0, 0]],
    [[1, 1, 1], [8, 8, 8]],
    [[5, 3, 1, 1], [12, 7, 3, 2]],
    [[0, 0], [0, 0]],
  ])('rounds %j to parts of %i', (compte, attendu) => {
    expect(partsDonut(compte)).toEqual(attendu);
  });

  it('always sums to SEGMENTS for a non-empty count', () => {
    for (const c of [[3, 3, 3, 1], [100, 1, 1], [7, 13, 29, 41, 2]]) expect(partsDonut(c).reduce((a, b) => a + b)).toBe(SEGMENTS);
  });

  it('reads back what it writes, and nothing else', () => {
    expect(lireCleDonut(cleDonut([2, 1, 1]))).toEqual([12, 6, 6]);
    expect(lireCleDonut('marker-15')).toBeNull();
    expect(lireCleDonut('d:1.x')).toBeNull();
  });
});
