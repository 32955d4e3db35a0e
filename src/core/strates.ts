import type { StrateMeta } from './atlas-data.ts';

/** Population size classes ("strates"), the ones the label and INSEE statistics use. */
export const STRATES: readonly StrateMeta[] = [
  { code: 'moins-500', libelle: 'Moins de 500 hab.', min: 0, max: 500 },
  { code: '500-2000', libelle: '500 à 2 000 hab.', min: 500, max: 2000 },
  { code: '2000-3500', libelle: '2 000 à 3 500 hab.', min: 2000, max: 3500 },
  { code: '3500-10000', libelle: '3 500 à 10 000 hab.', min: 3500, max: 10000 },
  { code: '10000-20000', libelle: '10 000 à 20 000 hab.', min: 10000, max: 20000 },
  { code: '20000-50000', libelle: '20 000 à 50 000 hab.', min: 20000, max: 50000 },
  { code: '50000-100000', libelle: '50 000 à 100 000 hab.', min: 50000, max: 100000 },
  { code: 'plus-100000', libelle: 'Plus de 100 000 hab.', min: 100000, max: null },
];

/** Index into STRATES, or -1 when the population is unknown. */
export function strateOf(population: number | null | undefined): number {
  if (population === null || population === undefined || !Number.isFinite(population) || population < 0) return -1;
  return STRATES.findIndex((s) => population >= s.min && (s.max === null || population < s.max));
}
