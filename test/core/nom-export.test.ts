import { describe, expect, it } from 'vitest';
import { descriptionFiltres, nomExport, slug } from '../../src/core/nom-export.ts';

const noms = {
  regions: new Map([
    ['76', 'Occitanie'],
    ['93', "Provence-Alpes-Côte d'Azur"],
  ]),
  departements: new Map([['2A', 'Corse-du-Sud']]),
};

describe('download file names', () => {
  it('name the region and the date', () => {
    expect(nomExport('initiatives', { regions: ['76'] }, noms, 'csv', new Date(2026, 11, 1))).toBe('atlaas-initiatives-occitanie-2026-12-01.csv');
  });

  it('say "toutes" when nothing is filtered', () => {
    expect(nomExport('initiatives', {}, noms, 'geojson', new Date(2026, 0, 9))).toBe('atlaas-initiatives-toutes-2026-01-09.geojson');
  });

  it('fold accents and punctuation into plain words', () => {
    expect(slug("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(descriptionFiltres({ departements: ['2A'], enjeux: ['2.1'] }, noms)).toBe('corse-du-sud-enjeu-2-1');
  });

  it('describe label levels, years and a search', () => {
    expect(descriptionFiltres({ arobases: [4, 5], annees: [2015, null], texte: 'École numérique' }, noms)).toBe('4-5-arobases-depuis-2015-recherche-ecole-numerique');
    expect(descriptionFiltres({ annees: [2018, 2018] }, noms)).toBe('2018');
  });

  it('cut a long description at a word and say so', () => {
    const d = descriptionFiltres({ enjeux: Array.from({ length: 30 }, (_, k) => `${k}.${k}`) }, noms);
    expect(d.length).toBeLessThanOrEqual(94);
    expect(d.endsWith('-etc')).toBe(true);
  });
});
