/**
 * The worker's side of « Ma commune »: the enjeux of every collectivité and the fiches of a set
 * of collectivités, both passes over all fiches. The ranking itself (over collectivités) runs
 * on the main thread from the pure core in src/core/pairs/.
 */
import { compterEnjeux, type CouvertureEnjeux } from '../core/pairs/enjeux-couverts.ts';
import type { FichePair } from '../core/pairs/idees.ts';
import type { Moteur } from './moteur.ts';

const couvertures = new WeakMap<Moteur, CouvertureEnjeux>();

/** Computed once per engine (it does not depend on the filters). */
export function couvertureEnjeux(moteur: Moteur, enjeux: readonly string[], nbCollectivites: number): CouvertureEnjeux {
  const deja = couvertures.get(moteur);
  if (deja && deja.fiches.length === nbCollectivites && deja.enjeux.join() === enjeux.join()) return deja;
  const c = compterEnjeux(moteur.index, moteur.tables.enjeuDuService, enjeux, nbCollectivites);
  couvertures.set(moteur, c);
  return c;
}

/** Every fiche whose main collectivité is one of `collectivites`, with its enjeux, newest first. */
export function fichesDeCollectivites(moteur: Moteur, collectivites: readonly number[]): FichePair[] {
  const { index, tables } = moteur;
  const voulues = new Set(collectivites);
  const r: FichePair[] = [];
  for (let i = 0; i < index.n; i++) {
    const c = index.collectivite[i];
    if (!voulues.has(c)) continue;
    const enjeux: string[] = [];
    for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
      const e = tables.enjeuDuService[index.services[k]];
      if (e && !enjeux.includes(e)) enjeux.push(e);
    }
    r.push({ i, lng: index.lng[i], lat: index.lat[i], annee: index.annee[i], c, enjeux });
  }
  return r.sort((a, b) => b.annee - a.annee || a.i - b.i);
}
