import { describe, expect, it } from 'vitest';
import { SERIE_MAX, SERIE_MIN, parseAnnee, parseDateFiche } from '../../../src/core/champs/date.ts';

describe('parseDateFiche', () => {
  it('reads an ISO date without calling it a repair', () => {
    expect(parseDateFiche('2014-03-12')).toEqual({ statut: 'ok', valeur: { annee: 2014, iso: '2014-03-12' } });
  });

  it('reads a year alone, with no day', () => {
    expect(parseDateFiche('2014')).toEqual({ statut: 'ok', valeur: { annee: 2014 } });
  });

  it.each([
    ['converts a French date 12/03/2014', '12/03/2014', '2014-03-12'],
    ['converts a French date with dashes 12-03-2014', '12-03-2014', '2014-03-12'],
    ['converts a French date with dots 12.03.2014', '12.03.2014', '2014-03-12'],
    ['converts a one-digit day and month 1/3/2014', '1/3/2014', '2014-03-01'],
    ['converts a two-digit year 12/03/14', '12/03/14', '2014-03-12'],
    ['converts a two-digit year of the 1990s 12/03/98', '12/03/98', '1998-03-12'],
    ['converts the Excel serial day 41710 (days since 1899-12-30)', '41710', '2014-03-12'],
    ['converts an Excel serial day with a time fraction', '41710.5', '2014-03-12'],
    ['drops the time of an ISO date-time', '2014-03-12 00:00:00', '2014-03-12'],
    ['drops the time of a French date-time', '12/03/2014 10:30', '2014-03-12'],
    ['pads an ISO date written without zeros', '2014-3-2', '2014-03-02'],
    ['converts a year-first date with slashes', '2014/03/12', '2014-03-12'],
    ['converts an American date whose month is above 12', '03/25/2014', '2014-03-25'],
    ['converts a date in French words', '12 mars 2014', '2014-03-12'],
    ['converts a first of the month in words', '1er février 2014', '2014-02-01'],
  ])('%s', (_, brut, iso) => {
    expect(parseDateFiche(brut)).toMatchObject({ statut: 'ok', valeur: { annee: Number(iso.slice(0, 4)), iso }, reparation: expect.any(String) });
  });

  it.each([
    ['keeps only the year of 2014.0', '2014.0', 2014],
    ['keeps only the year of a month and year', '03/2014', 2014],
    ['keeps only the year of a month in words', 'mars 2014', 2014],
  ])('%s', (_, brut, annee) => {
    expect(parseDateFiche(brut)).toMatchObject({ statut: 'ok', valeur: { annee }, reparation: expect.any(String) });
  });

  it('reads an empty cell as empty', () => {
    expect(parseDateFiche(' ')).toEqual({ statut: 'vide' });
  });

  it.each([
    ['refuses a day that does not exist', '31/02/2014'],
    ['refuses a 13th month when the day cannot be it either', '25/13/2014'],
    ['refuses a year before 1980', '1850'],
    ['refuses a serial day before 1990', String(SERIE_MIN - 1)],
    ['refuses a serial day after 2035', String(SERIE_MAX + 1)],
    ['refuses words', 'printemps'],
    ['refuses a bare small number', '12'],
  ])('%s', (_, brut) => {
    expect(parseDateFiche(brut).statut).toBe('illisible');
  });

  it('accepts the serial days of 1990-01-01 and 2035-12-31', () => {
    expect(parseDateFiche(String(SERIE_MIN))).toMatchObject({ valeur: { iso: '1990-01-01' } });
    expect(parseDateFiche(String(SERIE_MAX))).toMatchObject({ valeur: { iso: '2035-12-31' } });
  });
});

describe('parseAnnee', () => {
  it.each([
    ['reads a year', '2014', 2014],
    ['reads a year written as a float', '2014.0', 2014],
    ['reads the year of a full date', '12/03/2014', 2014],
  ])('%s', (_, brut, annee) => {
    expect(parseAnnee(brut)).toMatchObject({ statut: 'ok', valeur: annee });
  });

  it('refuses a year out of range', () => {
    expect(parseAnnee('3014').statut).toBe('illisible');
  });
});
