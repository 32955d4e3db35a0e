import { describe, expect, it } from 'vitest';
import { ETAT_VIDE, parseEtatUrl, serialiseEtatUrl } from '../../src/state/url.ts';

describe('« Seulement la vue de la carte » in the URL', () => {
  it('writes the map view filter as emprise=w,s,e,n with 4 decimals and reads it back', () => {
    const s = serialiseEtatUrl({ ...ETAT_VIDE, filtres: { vue: [1.234567, 42.5, 4.87654321, 44.25] } });
    expect(s).toBe('?emprise=1.2346,42.5,4.8765,44.25');
    expect(parseEtatUrl(s).filtres.vue).toEqual([1.2346, 42.5, 4.8765, 44.25]);
  });

  it('keeps a view that crosses the antimeridian as written', () => {
    expect(parseEtatUrl('?emprise=170,-20,-170,10').filtres.vue).toEqual([170, -20, -170, 10]);
  });

  it.each(['1,2,3', '1,2,3,x', '0,50,10,40', '0,-95,10,40', '0,,10,40'])('ignores a malformed emprise (%s)', (v) => {
    expect(parseEtatUrl(`?emprise=${v}`).filtres.vue).toBeUndefined();
  });
});
