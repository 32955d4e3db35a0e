import type { ContexteFiches } from './fiches.ts';
import { composerLieux, type LieuDemo } from './lieux.ts';
import { PERSONNES_PAR_FICHE, repartirPersonnes } from './personnes.ts';
import { Rng, cumulate } from './prng.ts';
import { chargerReferentiel, type Referentiel } from './referentiel.ts';
import { associerThemes } from './themes.ts';

export interface Preparation {
  ref: Referentiel;
  lieux: LieuDemo[];
  fiches: ContexteFiches;
}

/**
 * Everything the fiches draw from, rebuilt identically from (seed, count) alone: the main
 * thread and each worker call this and get the same lieux, contacts and weights.
 */
export function preparer(seed: number, count: number): Preparation {
  const ref = chargerReferentiel();
  const lieux = composerLieux(ref, count, new Rng(seed, 'lieux'));
  const cumulLieux = cumulate(lieux.map((l) => l.poids));
  const personnes = repartirPersonnes(Math.max(1, Math.round(count * PERSONNES_PAR_FICHE)), lieux.length, cumulLieux, new Rng(seed, 'personnes-repartition'));

  const indexEpci = new Map<string, number>();
  lieux.forEach((l, k) => l.genre === 'epci' && l.epci && indexEpci.set(l.epci.siren, k));
  const epciDuLieu = Int32Array.from(lieux, (l) => {
    const e = l.genre === 'commune' || l.genre === 'autre' ? ref.epciParCommune.get(l.commune.code) : undefined;
    return e ? (indexEpci.get(e.siren) ?? -1) : -1;
  });
  const services = associerThemes(ref.services);
  // Every lieu gets one fiche first, in this order; then the weights decide.
  const ordre = new Rng(seed, 'ordre').shuffle(Array.from({ length: lieux.length }, (_, k) => k));

  return {
    ref,
    lieux,
    fiches: {
      seed,
      count,
      lieux,
      cumulLieux,
      epciDuLieu,
      ordre: Int32Array.from(ordre),
      services,
      cumulServices: cumulate(services.map((s) => s.poids)),
      personnes,
      idMaxLieu: Number(lieux[lieux.length - 1]?.id ?? 0),
    },
  };
}
