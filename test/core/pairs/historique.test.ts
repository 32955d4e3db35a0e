import { describe, expect, it } from 'vitest';
import { bornesLabels, historiqueLabels } from '../../../src/core/pairs/historique.ts';

describe('label history', () => {
  const labels = [
    { annee: 2010, arobases: 2 },
    { annee: 2012, arobases: 3, mention: 'Mention spéciale du jury' },
  ];

  it('gives one cell per year, 0 for a year without label', () => {
    expect(historiqueLabels(labels, 2009, 2013).map((a) => a.arobases)).toEqual([0, 2, 0, 3, 0]);
    expect(historiqueLabels(labels, 2012, 2012)[0].mention).toBe('Mention spéciale du jury');
  });

  it('spans every history, up to the latest label year', () => {
    expect(bornesLabels([labels, [{ annee: 2015, arobases: 1 }]])).toEqual([2010, 2015]);
    expect(bornesLabels([labels], 2020)).toEqual([2010, 2020]);
    expect(bornesLabels([[], []])).toBeNull();
  });
});
