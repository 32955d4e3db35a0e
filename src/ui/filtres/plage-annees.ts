/**
 * The year range of the filter tab: two handles over [first, last] year of the atlas, written in
 * `Filtres.annees` with an open end where a handle sits at its bound. Pure.
 */
import type { CompteurFacette } from '../../core/atlas-data.ts';
import type { Filtres } from '../../core/filtres.ts';

export type Bornes = readonly [number, number];
export type Curseurs = [number, number];

const borner = (x: number, [a, b]: Bornes) => Math.min(b, Math.max(a, x));

/** Where the two handles sit for a filter (an open end sits at its bound). */
export function curseursDe(annees: Filtres['annees'], bornes: Bornes): Curseurs {
  let lo = borner(annees?.[0] ?? bornes[0], bornes);
  let hi = borner(annees?.[1] ?? bornes[1], bornes);
  if (lo > hi) [lo, hi] = [hi, lo];
  return [lo, hi];
}

/** The filter of two handles: undefined when they span every year. */
export function plageDe([lo, hi]: Curseurs, bornes: Bornes): Filtres['annees'] | undefined {
  const min = lo <= bornes[0] ? null : lo;
  const max = hi >= bornes[1] ? null : hi;
  return min === null && max === null ? undefined : [min, max];
}

/** Moves one handle; it stops at the other one (the two may meet: a single year). */
export function deplacer(quel: 'min' | 'max', valeur: number, [lo, hi]: Curseurs, bornes: Bornes): Curseurs {
  const v = borner(Math.round(valeur), bornes);
  return quel === 'min' ? [Math.min(v, hi), hi] : [lo, Math.max(v, lo)];
}

export interface Barre {
  annee: number;
  n: number;
  /** Inside the chosen range. */
  dedans: boolean;
}

/** One bar per year of the bounds, 0 where the counts have none. */
export function barresAnnees(comptes: CompteurFacette, bornes: Bornes, [lo, hi]: Curseurs): Barre[] {
  const b: Barre[] = [];
  for (let a = bornes[0]; a <= bornes[1]; a++) b.push({ annee: a, n: comptes[String(a)] ?? 0, dedans: a >= lo && a <= hi });
  return b;
}

/** The range as a sentence: « de 2010 à 2015 », « en 2012 », « toutes les années ». */
export function textePlage([lo, hi]: Curseurs, bornes: Bornes): string {
  if (lo <= bornes[0] && hi >= bornes[1]) return 'toutes les années';
  if (lo === hi) return `en ${lo}`;
  return `de ${lo} à ${hi}`;
}

/** Whether two year filters select the same years (absent = every year). */
export function memePlage(a: Filtres['annees'] | undefined, b: Filtres['annees'] | undefined): boolean {
  const x = a && (a[0] !== null || a[1] !== null) ? a : null;
  const y = b && (b[0] !== null || b[1] !== null) ? b : null;
  if (x === null || y === null) return x === y;
  return x[0] === y[0] && x[1] === y[1];
}
