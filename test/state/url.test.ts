import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ETAT_VIDE, ONGLETS, parseEtatUrl, serialiseEtatUrl, type EtatUrl } from '../../src/state/url.ts';
import { TYPES_COLLECTIVITE } from '../../src/core/atlas-data.ts';
import { TRIS } from '../../src/worker/messages.ts';

const code = fc.stringMatching(/^[0-9A-Za-z.]{1,6}$/);
const liste = fc.option(fc.uniqueArray(code, { minLength: 1, maxLength: 4 }), { nil: undefined });
const arrondi = (d: number) => (x: number) => Math.round(x * 10 ** d) / 10 ** d + 0;

const etat: fc.Arbitrary<EtatUrl> = fc.record({
  vue: fc.option(
    fc.record({
      lng: fc.double({ min: -180, max: 180, noNaN: true }).map(arrondi(5)),
      lat: fc.double({ min: -85, max: 85, noNaN: true }).map(arrondi(5)),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }).map(arrondi(2)),
    }),
    { nil: null },
  ),
  fiche: fc.option(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ''), { nil: null }),
  panneau: fc.constantFrom('liste' as const, 'ferme' as const),
  onglet: fc.constantFrom(...ONGLETS),
  tri: fc.constantFrom(...TRIS),
  test: fc.boolean(),
  filtres: fc
    .record({
      axes: liste,
      enjeux: liste,
      usages: liste,
      services: liste,
      regions: liste,
      departements: liste,
      strates: liste,
      collectivites: liste,
      types: fc.option(fc.uniqueArray(fc.constantFrom(...TYPES_COLLECTIVITE), { minLength: 1 }), { nil: undefined }),
      arobases: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1 }), { nil: undefined }),
      annees: fc.option(
        fc.tuple(fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }), fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null })).filter(([a, b]) => a !== null || b !== null),
        { nil: undefined },
      ),
      texte: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), { nil: undefined }),
    })
    .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))),
});

describe('URL state', () => {
  it('parses what it serialises (parse ∘ serialise = identity on canonical states)', () => {
    fc.assert(
      fc.property(etat, (e) => {
        expect(parseEtatUrl(serialiseEtatUrl(e))).toEqual(e);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps « Chiffres » on its statistics, and only with the Chiffres tab', () => {
    const e: EtatUrl = { ...ETAT_VIDE, onglet: 'chiffres', chiffres: 'statistiques' };
    expect(serialiseEtatUrl(e)).toBe('?onglet=chiffres&chiffres=statistiques');
    expect(parseEtatUrl('?onglet=chiffres&chiffres=statistiques')).toEqual(e);
    expect(serialiseEtatUrl({ ...e, onglet: 'liste' })).toBe('');
    expect(parseEtatUrl('?chiffres=statistiques').chiffres).toBeUndefined();
    expect(parseEtatUrl('?onglet=chiffres&chiffres=autre').chiffres).toBeUndefined();
  });

  it('writes nothing for the default state', () => {
    expect(serialiseEtatUrl(ETAT_VIDE)).toBe('');
    expect(parseEtatUrl('')).toEqual(ETAT_VIDE);
  });

  it('writes a readable query string', () => {
    const s = serialiseEtatUrl({
      ...ETAT_VIDE,
      vue: { lng: 4.38722, lat: 45.43389, zoom: 12 },
      fiche: '1021',
      tri: 'date',
      filtres: { axes: ['1', '3'], annees: [2012, null], departements: ['2A'] },
      test: true,
    });
    expect(s).toBe('?vue=4.38722,45.43389,12&fiche=1021&tri=date&axes=1,3&departements=2A&annees=2012-&test=1');
  });

  it('rounds the view to 5 and 2 decimals', () => {
    const s = serialiseEtatUrl({ ...ETAT_VIDE, vue: { lng: 2.123456789, lat: 46.987654321, zoom: 5.4321 } });
    expect(s).toBe('?vue=2.12346,46.98765,5.43');
  });

  it.each([
    ['vue=abc', null],
    ['vue=1,2', null],
    ['vue=200,45,5', null],
    ['vue=2,45,30', null],
    ['vue=,,', null],
  ])('ignores an invalid view %s', (q, vue) => {
    expect(parseEtatUrl(q).vue).toBe(vue);
  });

  it('drops unknown types, sorts and out-of-range arobases', () => {
    const e = parseEtatUrl('?types=ville,chateau&arobases=3,9,x&tri=hasard');
    expect(e.filtres.types).toEqual(['ville']);
    expect(e.filtres.arobases).toEqual([3]);
    expect(e.tri).toBe('pertinence');
  });

  it('reads a single year as a one-year range', () => {
    expect(parseEtatUrl('?annees=2014').filtres.annees).toEqual([2014, 2014]);
    expect(parseEtatUrl('?annees=-2010').filtres.annees).toEqual([null, 2010]);
  });
});
