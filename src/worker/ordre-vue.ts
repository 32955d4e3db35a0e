/**
 * The order of a view's list whatever the filter: every fiche the view can show (placed and in the
 * bbox, or every fiche without a bbox), sorted by the list's key. A filter or a keystroke keeps
 * the view, so its list is this order with the non-matching fiches left out: a linear pass, no sort.
 * The order of any subset is the order the same sort would give it (trierIndices's keys are per fiche).
 */
import type { PointsIndex } from '../core/points-index.ts';
import { dansBbox } from './hierarchie-clusters.ts';
import type { BBox, Tri } from './messages.ts';
import { trierIndices } from './tri-indices.ts';

const place = (index: PointsIndex, i: number) => !Number.isNaN(index.lng[i]) && !Number.isNaN(index.lat[i]);

/**
 * The sort key of fiche i. `pertinence` is the nearest to the centre first (unplaced last, all
 * equal without a centre): a query's scores then regroup this order (parScore). `commune` is the
 * alphabetical rank of the collectivité, newest first within it; fiches of no known rank last.
 */
export function cleTri(index: PointsIndex, tri: Tri, centre: readonly [number, number] | null, rangs: Uint32Array | null): (i: number) => number {
  if (tri === 'date') return (i) => -(index.annee[i] || -1);
  if (tri === 'commune') {
    if (!rangs) return () => 0;
    // Keys stay below 2^53 ÷ 2^bits of the index, so the sort compares them exactly.
    const apres = rangs.length * 10000;
    return (i) => {
      const c = index.collectivite[i];
      return c < rangs.length ? rangs[c] * 10000 - index.annee[i] : apres;
    };
  }
  if (!centre) return () => 0;
  const [lng0, lat0] = centre;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  return (i) => (place(index, i) ? ((index.lng[i] - lng0) * cos) ** 2 + (index.lat[i] - lat0) ** 2 : Infinity);
}

/** The fiches of a view (bbox already clamped to the world, or null), sorted by cleTri. */
export function ordreVue(index: PointsIndex, bbox: BBox | null, tri: Tri, centre: readonly [number, number] | null, rangs: Uint32Array | null): Uint32Array {
  const choisis: number[] = [];
  for (let i = 0; i < index.n; i++) {
    if (bbox && !(place(index, i) && dansBbox(index.lng[i], index.lat[i], bbox))) continue;
    choisis.push(i);
  }
  const cle = new Float64Array(index.n);
  const f = cleTri(index, tri, centre, rangs);
  for (const i of choisis) cle[i] = f(i);
  return Uint32Array.from(trierIndices(choisis, cle));
}

/** The last view's order, made again only when the view, the sort or the ranks change. */
export class OrdresVue {
  private cle = '';
  private rangs: Uint32Array | null = null;
  private ordre: Uint32Array = new Uint32Array(0);

  constructor(private readonly index: PointsIndex) {}

  ordreDe(bbox: BBox | null, tri: Tri, centre: readonly [number, number] | null, rangs: Uint32Array | null): Uint32Array {
    const cle = JSON.stringify([bbox, tri, centre]);
    if (cle !== this.cle || rangs !== this.rangs) {
      this.ordre = ordreVue(this.index, bbox, tri, centre, rangs);
      this.cle = cle;
      this.rangs = rangs;
    }
    return this.ordre;
  }
}
