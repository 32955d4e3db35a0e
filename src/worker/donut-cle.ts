/**
 * The id of a cluster's donut image: the axe shares rounded to SEGMENTS parts, e.g. `d:12.6.6.0`.
 * The worker writes it into each cluster; the map draws the image the first time it is missing
 * (`styleimagemissing`), so only the few distinct mixes seen are ever drawn.
 */
export const SEGMENTS = 24;
const PREFIXE = 'd:';

/** Largest-remainder rounding of counts to parts summing to SEGMENTS (all zero when the total is 0). */
export function partsDonut(compte: ArrayLike<number>): number[] {
  let total = 0;
  for (let k = 0; k < compte.length; k++) total += compte[k];
  const parts = new Array<number>(compte.length).fill(0);
  if (total === 0) return parts;
  const restes: [number, number][] = [];
  let somme = 0;
  for (let k = 0; k < compte.length; k++) {
    const exact = (compte[k] * SEGMENTS) / total;
    parts[k] = Math.floor(exact);
    somme += parts[k];
    restes.push([exact - parts[k], k]);
  }
  restes.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; somme < SEGMENTS; j++, somme++) parts[restes[j][1]]++;
  return parts;
}

export function cleDonut(compte: ArrayLike<number>): string {
  return PREFIXE + partsDonut(compte).join('.');
}

/** The parts of a donut id, or null when the id is not one. */
export function lireCleDonut(id: string): number[] | null {
  if (!id.startsWith(PREFIXE)) return null;
  const parts = id.slice(PREFIXE.length).split('.').map(Number);
  return parts.every((p) => Number.isInteger(p) && p >= 0) ? parts : null;
}
