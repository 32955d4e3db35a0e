import { describe, expect, it } from 'vitest';
import { barresAnnees, curseursDe, deplacer, memePlage, plageDe, textePlage, type Bornes } from '../../src/ui/filtres/plage-annees.ts';

const bornes: Bornes = [2000, 2020];

describe('year range of the filter tab', () => {
  it('puts the handles at the bounds when the filter has open ends', () => {
    expect(curseursDe(undefined, bornes)).toEqual([2000, 2020]);
    expect(curseursDe([2010, null], bornes)).toEqual([2010, 2020]);
    expect(curseursDe([null, 2012], bornes)).toEqual([2000, 2012]);
  });

  it('clamps a range from the URL to the bounds and puts reversed ends in order', () => {
    expect(curseursDe([1990, 2030], bornes)).toEqual([2000, 2020]);
    expect(curseursDe([2015, 2005], bornes)).toEqual([2005, 2015]);
  });

  it('writes no filter when the handles span every year, and an open end where a handle sits at its bound', () => {
    expect(plageDe([2000, 2020], bornes)).toBeUndefined();
    expect(plageDe([2005, 2020], bornes)).toEqual([2005, null]);
    expect(plageDe([2000, 2011], bornes)).toEqual([null, 2011]);
    expect(plageDe([2012, 2012], bornes)).toEqual([2012, 2012]);
  });

  it('stops a handle at the other one, so that the range never turns inside out', () => {
    expect(deplacer('min', 2016, [2005, 2012], bornes)).toEqual([2012, 2012]);
    expect(deplacer('max', 2001, [2005, 2012], bornes)).toEqual([2005, 2005]);
    expect(deplacer('min', 2007, [2005, 2012], bornes)).toEqual([2007, 2012]);
    expect(deplacer('max', 2031, [2005, 2012], bornes)).toEqual([2005, 2020]);
  });

  it('gives one bar per year, 0 where no fiche has that year, and marks those in the range', () => {
    const b = barresAnnees({ '2000': 4, '2002': 9 }, [2000, 2003], [2001, 2002]);
    expect(b).toEqual([
      { annee: 2000, n: 4, dedans: false },
      { annee: 2001, n: 0, dedans: true },
      { annee: 2002, n: 9, dedans: true },
      { annee: 2003, n: 0, dedans: false },
    ]);
  });

  it('says the range in French', () => {
    expect(textePlage([2000, 2020], bornes)).toBe('toutes les années');
    expect(textePlage([2012, 2012], bornes)).toBe('en 2012');
    expect(textePlage([2005, 2020], bornes)).toBe('de 2005 à 2020');
  });

  it('tells two filters apart only when they select different years', () => {
    expect(memePlage(undefined, [null, null])).toBe(true);
    expect(memePlage([2005, null], [2005, null])).toBe(true);
    expect(memePlage([2005, null], [2005, 2020])).toBe(false);
    expect(memePlage(undefined, [2005, null])).toBe(false);
  });
});
