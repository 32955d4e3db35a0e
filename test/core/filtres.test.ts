import { describe, expect, it } from 'vitest';
import { decodePointsIndex } from '../../src/core/points-index.ts';
import { filtresActifs, masqueFiltres, tablesFiltres, type Filtres } from '../../src/core/filtres.ts';
import { bufferTest, META } from '../worker/fixture-moteur.ts';

const index = decodePointsIndex(bufferTest());
const tables = tablesFiltres(META);
const garde = (f: Filtres, texte?: Set<number>) =>
  [...masqueFiltres(index, f, tables, { texte })].flatMap((v, i) => (v ? [i] : []));

describe('filters', () => {
  it('keeps everything with no filter', () => {
    expect(garde({})).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it.each<[string, Filtres, number[]]>([
    ['axe (any service of the fiche)', { axes: ['2'] }, [1, 3]],
    ['two axes (OR)', { axes: ['1', '2'] }, [0, 1, 2, 3, 4, 5]],
    ['enjeu', { enjeux: ['1.1'] }, [0, 1, 2, 4, 5]],
    ['usage', { usages: ['2.1.1'] }, [1, 3]],
    ['service', { services: ['S3'] }, [4]],
    ['region', { regions: ['84'] }, [4]],
    ['department', { departements: ['78', '13'] }, [3, 6]],
    ['years', { annees: [2011, 2013] }, [0, 4, 5]],
    ['open-ended years', { annees: [null, 2010] }, [2, 6]],
    ['arobases', { arobases: [5] }, [0, 1, 2]],
    ['type', { types: ['ville'] }, [0, 1, 2, 3, 4, 5, 6]],
    ['type none', { types: ['village'] }, []],
    ['axe AND region', { axes: ['1'], regions: ['11'] }, [0, 1, 2]],
  ])('filters by %s', (_nom, f, attendu) => {
    expect(garde(f)).toEqual(attendu);
  });

  it('uses the indices the text search resolved', () => {
    expect(garde({ texte: 'wifi' }, new Set([2, 4]))).toEqual([2, 4]);
    expect(garde({ texte: 'wifi', axes: ['1'] }, new Set([2, 3]))).toEqual([2]);
  });

  it('says whether any filter is active', () => {
    expect(filtresActifs({})).toBe(false);
    expect(filtresActifs({ axes: [] })).toBe(false);
    expect(filtresActifs({ annees: [null, null] })).toBe(false);
    expect(filtresActifs({ annees: [2010, null] })).toBe(true);
    expect(filtresActifs({ texte: '  ' })).toBe(false);
    expect(filtresActifs({ departements: ['2A'] })).toBe(true);
  });
});
