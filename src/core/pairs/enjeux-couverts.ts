/**
 * Which enjeux each collectivité has initiatives in, and how many: one pass over the point index.
 * A fiche counts once per enjeu even when several of its services fall in that enjeu.
 */
import { AUCUNE_COLLECTIVITE, type PointsIndex } from '../points-index.ts';

export interface CouvertureEnjeux {
  /** Enjeu codes, in taxonomy order: the columns of `comptes`. */
  enjeux: readonly string[];
  /** comptes[c * enjeux.length + e]: fiches of collectivité c in enjeu e. */
  comptes: Uint32Array;
  /** Fiches of each collectivité (its main collectivité in points.bin). */
  fiches: Uint32Array;
}

/**
 * @param enjeuDuService enjeu code of each service index (`tablesFiltres(meta).enjeuDuService`)
 * @param enjeux the taxonomy's enjeu codes, in order
 * @param nbCollectivites length of collectivites.json
 */
export function compterEnjeux(index: PointsIndex, enjeuDuService: readonly string[], enjeux: readonly string[], nbCollectivites: number): CouvertureEnjeux {
  const E = enjeux.length;
  const rang = new Map(enjeux.map((code, e) => [code, e]));
  const enjeuRang = enjeuDuService.map((code) => rang.get(code) ?? -1);
  const comptes = new Uint32Array(nbCollectivites * E);
  const fiches = new Uint32Array(nbCollectivites);
  const vu = new Int32Array(E).fill(-1);
  for (let i = 0; i < index.n; i++) {
    const c = index.collectivite[i];
    if (c === AUCUNE_COLLECTIVITE || c >= nbCollectivites) continue;
    fiches[c]++;
    for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
      const e = enjeuRang[index.services[k]] ?? -1;
      if (e < 0 || vu[e] === i) continue;
      vu[e] = i;
      comptes[c * E + e]++;
    }
  }
  return { enjeux, comptes, fiches };
}

/** The enjeux of collectivité c that have at least one fiche, code → count, in taxonomy order. */
export function enjeuxDe(couverture: CouvertureEnjeux, c: number): Map<string, number> {
  const E = couverture.enjeux.length;
  const m = new Map<string, number>();
  if (c < 0 || (c + 1) * E > couverture.comptes.length) return m;
  for (let e = 0; e < E; e++) {
    const n = couverture.comptes[c * E + e];
    if (n > 0) m.set(couverture.enjeux[e], n);
  }
  return m;
}

/** The taxonomy's enjeu codes in order. */
export function codesEnjeux(taxonomie: { axes: readonly { enjeux: readonly { code: string }[] }[] }): string[] {
  return taxonomie.axes.flatMap((a) => a.enjeux.map((e) => e.code));
}
