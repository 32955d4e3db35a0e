import { describe, expect, it } from 'vitest';
import { texteDistance } from '../../../src/core/pairs/raisons.ts';
import { classerPairs, REGLAGES_PAIRS_DEFAUT } from '../../../src/core/pairs/similarite.ts';
import { auNord, profil } from './profils.ts';

const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('why a peer is a peer', () => {
  it('says « même strate, 32 km, même label, 4 enjeux en commun »', () => {
    const a = profil({ population: 30_000, arobases: 4 }, { '1.1': 1, '1.2': 1, '2.1': 1, '2.2': 1, '3.1': 1 });
    const b = profil({ population: 35_000, arobases: 4, ...auNord(32) }, { '1.1': 2, '1.2': 1, '2.1': 1, '2.2': 3 });
    const [p] = classerPairs(a, [b]);
    expect(p.raisons.join(', ')).toBe('même strate, 32 km, même label (4 @), 4 enjeux en commun');
  });

  it('names the size ratio, another label and the enjeux new to the chosen one', () => {
    const a = profil({ population: 9_000, arobases: 2 }, { '1.1': 1 });
    const b = profil({ population: 16_200, arobases: 5, ...auNord(7.25) }, { '1.1': 1, '3.2': 1, '4.1': 2 });
    const [p] = classerPairs(a, [b], { ...REGLAGES_PAIRS_DEFAUT, memeStrate: false });
    expect(p.raisons.map(nbsp)).toEqual(['1,8 fois plus peuplée', '7,3 km', 'label 5 @', '1 enjeu en commun', '2 enjeux nouveaux pour vous']);
  });

  it('says nothing about shared enjeux when the chosen one has no initiative yet', () => {
    const a = profil({ population: 48_000 });
    const b = profil({ population: 12_000, ...auNord(140) }, { '1.1': 1 });
    const [p] = classerPairs(a, [b], { ...REGLAGES_PAIRS_DEFAUT, portee: 'france', memeStrate: false, facteurPopulation: 5 });
    expect(p.raisons.map(nbsp)).toEqual(['4,0 fois moins peuplée', '140 km', 'non labellisée', '1 enjeu nouveau pour vous']);
  });

  it.each([
    [0.4321, '430 m'],
    [3.44, '3,4 km'],
    [31.6, '32 km'],
    [1234, '1 234 km'],
  ])('writes %f km as %s', (km, texte) => {
    expect(nbsp(texteDistance(km))).toBe(texte);
  });
});
