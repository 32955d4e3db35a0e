import { describe, expect, it } from 'vitest';
import { formatCompte, formatDate, formatKm, formatNombre, texteArobases } from '../../src/ui/format.ts';

// Intl writes a narrow no-break space (U+202F) between thousands in fr-FR.
const n = (s: string) => s.replace(/\u202f|\u00a0/g, ' ');

describe('French formatting', () => {
  it('groups thousands', () => {
    expect(n(formatNombre(1234))).toBe('1 234');
    expect(n(formatNombre(11784))).toBe('11 784');
    expect(formatNombre(7)).toBe('7');
  });

  it('agrees the noun with the count', () => {
    expect(formatCompte(0, 'initiative')).toBe('0 initiative');
    expect(formatCompte(1, 'initiative')).toBe('1 initiative');
    expect(n(formatCompte(1234, 'initiative'))).toBe('1 234 initiatives');
    expect(formatCompte(2, 'commune trouvée', 'communes trouvées')).toBe('2 communes trouvées');
  });

  it.each([
    ['2014-03-12', null, '12 mars 2014'],
    ['2014-03', null, 'mars 2014'],
    ['2014', null, '2014'],
    [null, 2012, '2012'],
    [null, null, null],
    ['n’importe quoi', 2010, '2010'],
  ])('formats the date %s / %s', (date, annee, attendu) => {
    expect(formatDate(date, annee)).toBe(attendu);
  });

  it.each([
    [0.2, '200 m'],
    [0.856, '860 m'],
    [0.996, '1,0 km'],
    [3.44, '3,4 km'],
    [27.4, '27 km'],
    [1234.5, '1 235 km'],
  ])('formats %s km', (km, attendu) => {
    expect(n(formatKm(km))).toBe(attendu);
  });

  it('spells the label level', () => {
    expect(texteArobases(1)).toBe('1 arobase sur 5');
    expect(texteArobases(3)).toBe('3 arobases sur 5');
  });
});
