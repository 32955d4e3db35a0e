import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ETAT_VIDE, parseEtatUrl, serialiseEtatUrl, type EtatUrl } from '../../src/state/url.ts';
import { lireAutour, type Autour } from '../../src/state/url-autour.ts';
import { lienAtlasComplet } from '../../src/state/integration.ts';

const arrondi3 = (x: number) => Math.round(x * 1000) / 1000 + 0;
const codeCommune = fc.oneof(fc.stringMatching(/^[0-9]{5}$/), fc.stringMatching(/^2[AB][0-9]{3}$/));
const autour: fc.Arbitrary<Autour> = fc.oneof(
  codeCommune.map((commune) => ({ commune })),
  fc.record({
    lng: fc.double({ min: -180, max: 180, noNaN: true }).map(arrondi3),
    lat: fc.double({ min: -85, max: 85, noNaN: true }).map(arrondi3),
  }),
);
const codesCollectivites = fc.uniqueArray(fc.oneof(fc.stringMatching(/^[0-9]{5}$/), fc.stringMatching(/^[0-9]{9}$/)), { minLength: 1, maxLength: 3 });

const etat: fc.Arbitrary<EtatUrl> = fc
  .record({
    autour: fc.option(autour, { nil: undefined }),
    embed: fc.option(fc.constant(true as const), { nil: undefined }),
    collectivites: fc.option(codesCollectivites, { nil: undefined }),
    departements: fc.option(fc.uniqueArray(fc.constantFrom('13', '2A', '971'), { minLength: 1 }), { nil: undefined }),
  })
  .map(({ autour, embed, collectivites, departements }) => {
    const e: EtatUrl = { ...ETAT_VIDE, filtres: {} };
    if (autour) e.autour = autour;
    if (embed) e.embed = embed;
    if (collectivites) e.filtres = { ...e.filtres, collectivites };
    if (departements) e.filtres = { ...e.filtres, departements };
    return e;
  });

describe('URL state of the citizens’ journeys', () => {
  it('parses what it serialises: autour, embed and the collectivité filter', () => {
    fc.assert(
      fc.property(etat, (e) => {
        expect(parseEtatUrl(serialiseEtatUrl(e))).toEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a commune as its INSEE code and a position with 3 decimals', () => {
    expect(serialiseEtatUrl({ ...ETAT_VIDE, autour: { commune: '13056' } })).toBe('?autour=13056');
    expect(serialiseEtatUrl({ ...ETAT_VIDE, autour: { lng: 5.054321, lat: 43.405678 } })).toBe('?autour=5.054,43.406');
  });

  it('writes the embed mode with the usual filters', () => {
    expect(serialiseEtatUrl({ ...ETAT_VIDE, embed: true, filtres: { departements: ['13'], collectivites: ['200054807'] } })).toBe(
      '?departements=13&collectivites=200054807&embed=1',
    );
  });

  it.each([
    ['13056', { commune: '13056' }],
    ['2a004', { commune: '2A004' }],
    [' 5.1 , 43.2 ', { lng: 5.1, lat: 43.2 }],
    ['-1.5536,47.2184', { lng: -1.554, lat: 47.218 }],
  ])('reads autour=%s', (s, attendu) => {
    expect(lireAutour(s)).toEqual(attendu);
  });

  it.each(['', 'abc', '1305', '5.1', '5.1,43.2,9', '200,45', '5,95', 'NaN,1'])('ignores autour=%s', (s) => {
    expect(lireAutour(s)).toBeUndefined();
  });

  it('reads embed=1 only', () => {
    expect(parseEtatUrl('?embed=1').embed).toBe(true);
    expect(parseEtatUrl('?embed=0').embed).toBeUndefined();
    expect(parseEtatUrl('?embed=oui')).toEqual(ETAT_VIDE);
  });

  it('links the embed to the full atlas with the same state, embed left out', () => {
    expect(lienAtlasComplet('/atlas/', '?vue=5.1,43.4,9&departements=13&embed=1')).toBe('/atlas/?vue=5.1,43.4,9&departements=13');
    expect(lienAtlasComplet('/', '?embed=1')).toBe('/');
  });
});
