import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ETAT_VIDE, parseEtatUrl, serialiseEtatUrl, type EtatUrl } from '../../src/state/url.ts';
import { PORTEES } from '../../src/core/pairs/similarite.ts';
import { COMPARES_MAX, RAYON_MAX_KM, RAYON_MIN_KM, type EtatPairsUrl } from '../../src/state/url-pairs.ts';

const code = fc.stringMatching(/^[0-9A-Za-z:]{1,10}$/);
const pairs: fc.Arbitrary<EtatPairsUrl> = fc
  .record({
    commune: code,
    portee: fc.constantFrom(...PORTEES),
    rayonKm: fc.integer({ min: RAYON_MIN_KM, max: RAYON_MAX_KM }),
    memeStrate: fc.boolean(),
    comparer: fc.uniqueArray(code, { maxLength: COMPARES_MAX }),
  })
  .map((p) => ({ ...p, comparer: p.comparer.filter((c) => c !== p.commune) }));

describe('« Ma commune » in the URL', () => {
  it('parses what it serialises', () => {
    fc.assert(
      fc.property(pairs, (p) => {
        const e: EtatUrl = { ...ETAT_VIDE, onglet: 'commune', pairs: p };
        expect(parseEtatUrl(serialiseEtatUrl(e))).toEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  it('writes only what differs from the defaults', () => {
    const e: EtatUrl = { ...ETAT_VIDE, onglet: 'commune', pairs: { commune: '13056', portee: 'rayon', rayonKm: 100, memeStrate: true, comparer: [] } };
    expect(serialiseEtatUrl(e)).toBe('?onglet=commune&commune=13056');
    const f: EtatUrl = { ...e, pairs: { commune: '13056', portee: 'region', rayonKm: 50, memeStrate: false, comparer: ['13001', '83137'] } };
    expect(serialiseEtatUrl(f)).toBe('?onglet=commune&commune=13056&portee=region&rayon=50&strate=toutes&comparer=13001,83137');
  });

  it('ignores the settings without a commune, and bad values', () => {
    expect(parseEtatUrl('?portee=region&rayon=50')).toEqual(ETAT_VIDE);
    expect(parseEtatUrl('?commune=13056&portee=lune&rayon=9999&comparer=13056,13001,13001').pairs).toEqual({
      commune: '13056',
      portee: 'rayon',
      rayonKm: 100,
      memeStrate: true,
      comparer: ['13001'],
    });
    expect(parseEtatUrl('?commune=<script>').pairs).toBeUndefined();
  });

  it('keeps at most three compared collectivités', () => {
    expect(parseEtatUrl('?commune=1&comparer=2,3,4,5').pairs?.comparer).toEqual(['2', '3', '4']);
  });
});
