import type { DateFiche } from '../modele.ts';
import { foldTexte } from '../texte.ts';
import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

/** Years an initiative or a label can plausibly carry. */
export const ANNEE_MIN = 1980;
export const ANNEE_MAX = 2100;

const JOUR_MS = 86_400_000;
/** Excel's day 0 (its serial 60 is the fictitious 1900-02-29, so day 0 is 1899-12-30 for all modern dates). */
const EPOQUE_EXCEL = Date.UTC(1899, 11, 30);
/** Serial day numbers accepted as dates: 1990-01-01 … 2035-12-31 (32874 … 49674). */
export const SERIE_MIN = (Date.UTC(1990, 0, 1) - EPOQUE_EXCEL) / JOUR_MS;
export const SERIE_MAX = (Date.UTC(2035, 11, 31) - EPOQUE_EXCEL) / JOUR_MS;

const HEURE = String.raw`(?:[T ]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${HEURE}$`);
const ANNEE_D_ABORD = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${HEURE}$`);
const JOUR_D_ABORD = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${HEURE}$`);
const MOIS_ANNEE = /^(\d{1,2})[/.-](\d{4})$/;
const ANNEE = /^(\d{4})(?:[.,]0+)?$/;
const SERIE = /^(\d{5})(?:[.,]\d+)?$/;
const MOIS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const EN_LETTRES = new RegExp(String.raw`^(?:(\d{1,2})(?: ?er)? )?(${MOIS.join('|')}) (\d{4})$`);

const deux = (n: number) => String(n).padStart(2, '0');

/** The ISO date of a calendar day, or undefined when the day does not exist (31/02). */
function jourIso(annee: number, mois: number, jour: number): string | undefined {
  if (annee < ANNEE_MIN || annee > ANNEE_MAX || mois < 1 || mois > 12 || jour < 1) return undefined;
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  if (d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== jour) return undefined;
  return `${annee}-${deux(mois)}-${deux(jour)}`;
}

function jour(annee: number, mois: number, j: number, reparation: string | undefined): Lecture<DateFiche> {
  const iso = jourIso(annee, mois, j);
  if (!iso) return illisible(`le jour ${deux(j)}/${deux(mois)}/${annee} n'existe pas ou est hors de ${ANNEE_MIN}–${ANNEE_MAX}`);
  return ok({ annee, iso }, reparation);
}

/**
 * Reads the Date of a fiche. Seen in exports: ISO `2014-03-12`, French `12/03/2014` (also
 * `12-03-2014`, `12.03.14`), a year alone `2014`, or an Excel serial day number `41710`
 * (days since 1899-12-30, accepted for 1990–2035). A year alone gives no `iso`.
 */
export function parseDateFiche(brut: string): Lecture<DateFiche> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  let m = ISO.exec(texte);
  if (m) {
    const lecture = jour(+m[1], +m[2], +m[3], undefined);
    if (lecture.statut === 'ok' && lecture.valeur.iso !== texte) return ok(lecture.valeur, 'date ISO réécrite aaaa-mm-jj');
    return lecture;
  }
  m = ANNEE_D_ABORD.exec(texte);
  if (m) return jour(+m[1], +m[2], +m[3], 'date aaaa/mm/jj convertie');
  m = JOUR_D_ABORD.exec(texte);
  if (m) {
    let annee = +m[4];
    if (m[4].length === 2) annee += annee <= 50 ? 2000 : 1900;
    let [j, mois] = [+m[1], +m[3]];
    let reparation = 'date jj/mm/aaaa convertie';
    if (mois > 12 && j <= 12) {
      [j, mois] = [mois, j];
      reparation = 'date mm/jj/aaaa (ordre américain) convertie';
    }
    return jour(annee, mois, j, reparation);
  }
  m = ANNEE.exec(texte);
  if (m) {
    const annee = +m[1];
    if (annee < ANNEE_MIN || annee > ANNEE_MAX) return illisible(`année hors de ${ANNEE_MIN}–${ANNEE_MAX}`);
    return ok({ annee }, m[0] !== m[1] ? '« .0 » retiré' : undefined);
  }
  m = SERIE.exec(texte);
  if (m) {
    const serie = +m[1];
    if (serie < SERIE_MIN || serie > SERIE_MAX) return illisible(`nombre de jours Excel hors de ${SERIE_MIN}–${SERIE_MAX} (1990–2035)`);
    const d = new Date(EPOQUE_EXCEL + serie * JOUR_MS);
    return jour(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'numéro de jour Excel converti');
  }
  m = MOIS_ANNEE.exec(texte);
  if (m && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= ANNEE_MIN && +m[2] <= ANNEE_MAX) return ok({ annee: +m[2] }, 'mois/année : seule l\'année est gardée');
  m = EN_LETTRES.exec(foldTexte(texte));
  if (m) {
    const mois = MOIS.indexOf(m[2]) + 1;
    if (m[1] === undefined) {
      const annee = +m[3];
      if (annee < ANNEE_MIN || annee > ANNEE_MAX) return illisible(`année hors de ${ANNEE_MIN}–${ANNEE_MAX}`);
      return ok({ annee }, 'mois en lettres : seule l\'année est gardée');
    }
    return jour(+m[3], mois, +m[1], 'date en lettres convertie');
  }
  return illisible('date attendue : 2014-03-12, 12/03/2014, 2014 ou numéro de jour Excel');
}

/** Reads a year cell (Labels' Année): `2014`, `2014.0`, or any date parseDateFiche reads. */
export function parseAnnee(brut: string): Lecture<number> {
  const lecture = parseDateFiche(brut);
  if (lecture.statut !== 'ok') return lecture;
  return ok(lecture.valeur.annee, lecture.reparation);
}
