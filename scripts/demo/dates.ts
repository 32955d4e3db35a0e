import { numeroSerieExcel, type Anomalies } from './anomalies.ts';
import type { Rng } from './prng.ts';

/** Publication years 2000–2020, mostly 2008–2020 (the platform's busy years peak around 2013–2014). */
const ANNEES = [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
const POIDS = [5, 6, 8, 9, 10, 11, 11, 10, 9, 8, 7, 6, 5];

const TAUX = { jjmmaaaa: 0.02, annee: 0.015, serie: 0.015, vide: 0.003 };

export interface DateDemo {
  annee: number;
  mois: number;
  jour: number;
}

export function tirerDate(rng: Rng): DateDemo {
  const annee = rng.chance(0.08) ? rng.int(2000, 2007) : ANNEES[rng.pickWeight(POIDS)];
  const mois = rng.int(1, 12);
  const jour = rng.int(1, mois === 2 ? 28 : [4, 6, 9, 11].includes(mois) ? 30 : 31);
  return { annee, mois, jour };
}

const deux = (n: number) => String(n).padStart(2, '0');

/** ISO `2014-03-12` for most rows; a small share as `12/03/2014`, `2014`, `41710` or empty. */
export function formaterDate(d: DateDemo, rng: Rng, anomalies: Anomalies): string {
  const r = rng.float();
  if (r < TAUX.jjmmaaaa) {
    anomalies.add('actions.date-jj-mm-aaaa');
    return `${deux(d.jour)}/${deux(d.mois)}/${d.annee}`;
  }
  if (r < TAUX.jjmmaaaa + TAUX.annee) {
    anomalies.add('actions.date-annee');
    return String(d.annee);
  }
  if (r < TAUX.jjmmaaaa + TAUX.annee + TAUX.serie) {
    anomalies.add('actions.date-serie-excel');
    return String(numeroSerieExcel(d.annee, d.mois, d.jour));
  }
  if (r < TAUX.jjmmaaaa + TAUX.annee + TAUX.serie + TAUX.vide) {
    anomalies.add('actions.date-vide');
    return '';
  }
  return `${d.annee}-${deux(d.mois)}-${deux(d.jour)}`;
}
