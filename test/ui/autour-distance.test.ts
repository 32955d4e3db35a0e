import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../src/ui/autour/distance.ts';

// Intl writes a narrow no-break space between thousands; compare with plain spaces.
const n = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatDistance', () => {
  it.each([
    [0, 'à moins de 50 m'],
    [0.049, 'à moins de 50 m'],
    [0.05, '50 m'],
    [0.853, '850 m'],
    [0.994, '990 m'],
    [0.996, '1,0 km'],
    [1.234, '1,2 km'],
    [1.25, '1,3 km'],
    [9.94, '9,9 km'],
    [9.96, '10 km'],
    [27.4, '27 km'],
    [1234.5, '1 235 km'],
  ])('writes %s km as « %s »', (km, attendu) => {
    expect(n(formatDistance(km))).toBe(attendu);
  });

  it('writes nothing for a distance that is not one', () => {
    expect(formatDistance(Number.NaN)).toBe('');
    expect(formatDistance(-1)).toBe('');
  });
});
