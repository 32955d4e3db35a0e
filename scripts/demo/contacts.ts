import { RUES } from './banques/noms.ts';
import type { Rng } from './prng.ts';

/**
 * Fake contact details. Phone numbers are drawn from the blocks that ARCEP keeps for fiction
 * (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, mobiles 06 39 98), so none should ring anyone.
 */
const PREFIXE_PAR_REGION: Record<string, string> = {
  '11': '01 99 00',
  '24': '02 61 91', '28': '02 61 91', '52': '02 61 91', '53': '02 61 91', '04': '02 61 91', '06': '02 61 91',
  '27': '03 53 01', '32': '03 53 01', '44': '03 53 01',
  '84': '04 65 71', '93': '04 65 71', '94': '04 65 71',
  '75': '05 36 49', '76': '05 36 49', '01': '05 36 49', '02': '05 36 49', '03': '05 36 49',
};

const deuxChiffres = (rng: Rng) => String(rng.int(0, 99)).padStart(2, '0');

export function telephoneFixe(rng: Rng, region: string): string {
  return `${PREFIXE_PAR_REGION[region] ?? '01 99 00'} ${deuxChiffres(rng)} ${deuxChiffres(rng)}`;
}

export function telephoneMobile(rng: Rng): string {
  return `06 39 98 ${deuxChiffres(rng)} ${deuxChiffres(rng)}`;
}

/** "0465711234" read as a number by a spreadsheet: "465711234". */
export function telephoneSansZero(telephone: string): string {
  return telephone.replace(/\s+/g, '').replace(/^0/, '');
}

export function adresse(rng: Rng): string {
  return rng.pick(RUES).replace('{n}', String(rng.int(1, 48)));
}
