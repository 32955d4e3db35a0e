/** Label history as one cell per year of a span, for a compact visual (@ per year). */
import type { LabelAnnee } from '../atlas-data.ts';

export interface AnneeLabel {
  annee: number;
  /** 0 when not labelled that year. */
  arobases: number;
  mention: string | null;
}

/** Years from `debut` to `fin` inclusive, each with its level. */
export function historiqueLabels(labels: readonly LabelAnnee[], debut: number, fin: number): AnneeLabel[] {
  const parAnnee = new Map(labels.map((l) => [l.annee, l]));
  const r: AnneeLabel[] = [];
  for (let a = debut; a <= fin; a++) {
    const l = parAnnee.get(a);
    r.push({ annee: a, arobases: l?.arobases ?? 0, mention: l?.mention ?? null });
  }
  return r;
}

/** [first, last] label year over several histories, or null when none has a label. */
export function bornesLabels(historiques: readonly (readonly LabelAnnee[])[], derniere: number | null = null): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const h of historiques)
    for (const l of h) {
      if (l.annee < min) min = l.annee;
      if (l.annee > max) max = l.annee;
    }
  if (!Number.isFinite(min)) return null;
  return [min, Math.max(max, derniere ?? max)];
}
