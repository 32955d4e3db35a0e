/**
 * « Communes comparables »: a transparent ranking of peers.
 *
 * A candidate is kept only when it is
 *   - of the same nature (commune with commune, territoire with territoire),
 *   - in the chosen scope: within `rayonKm` of the chosen one, or in its department, its
 *     region, or anywhere (`portee`),
 *   - of a comparable size: the same strate when `memeStrate`, otherwise a population within
 *     a factor `facteurPopulation` (3 by default) either way. A village of 400 inhabitants is
 *     therefore never a peer of a metropolis.
 *
 * Kept candidates get a score from 0 to 100, the weighted mean of four similarities in [0, 1]
 * (weights in POIDS_SIMILARITE):
 *   taille    0.35  1 − |ln(p₁ / p₂)| / ln 10: 1 for the same population, 0.52 at ×3, 0 at ×10
 *   distance  0.25  0.5^(km / 50): 1 next door, 0.5 at 50 km, 0.25 at 100 km
 *   enjeux    0.25  Jaccard index of the enjeux they have initiatives in (shared / either)
 *   label     0.15  1 − |Δ arobases| / 5 on the latest label level (0 when never labelled)
 * A similarity that cannot be computed (unknown population or coordinates, or a chosen
 * collectivité with no initiative yet, hence no enjeux to compare) is left out and the mean
 * is taken over the other weights. Ties: nearer first, then by code.
 */
import { distanceKm } from './distance.ts';
import type { ProfilPair } from './profil.ts';
import { raisonsPair } from './raisons.ts';

export const POIDS_SIMILARITE = {
  taille: 0.35,
  distance: 0.25,
  enjeux: 0.25,
  label: 0.15,
} as const;

export type Composante = keyof typeof POIDS_SIMILARITE;

/** Distance at which the distance similarity halves. */
export const DEMI_DISTANCE_KM = 50;
/** Population ratio at which the size similarity reaches 0. */
export const RAPPORT_TAILLE_NUL = 10;

export type Portee = 'rayon' | 'departement' | 'region' | 'france';
export const PORTEES: readonly Portee[] = ['rayon', 'departement', 'region', 'france'];

export interface ReglagesPairs {
  portee: Portee;
  /** Radius when `portee` is `rayon`. */
  rayonKm: number;
  memeStrate: boolean;
  /** When not `memeStrate`: largest population ratio either way. */
  facteurPopulation: number;
  /** Number of peers returned. */
  limite: number;
}

export const REGLAGES_PAIRS_DEFAUT: ReglagesPairs = {
  portee: 'rayon',
  rayonKm: 100,
  memeStrate: true,
  facteurPopulation: 3,
  limite: 12,
};

export interface Pair {
  profil: ProfilPair;
  /** 0–100. */
  score: number;
  /** Each similarity in [0, 1], or null when it could not be computed. */
  composantes: Record<Composante, number | null>;
  km: number | null;
  /** Enjeux both have initiatives in. */
  enCommun: string[];
  /** Enjeux the peer has and the chosen one has not: where its ideas are. */
  nouveaux: string[];
  /** Why it is a peer, in French, one short phrase each (« même strate », « 32 km »…). */
  raisons: string[];
}

export function similariteTaille(p1: number | null, p2: number | null): number | null {
  if (p1 === null || p2 === null || p1 <= 0 || p2 <= 0) return null;
  return Math.max(0, 1 - Math.abs(Math.log(p1 / p2)) / Math.log(RAPPORT_TAILLE_NUL));
}

export function similariteDistance(km: number | null): number | null {
  return km === null ? null : 0.5 ** (km / DEMI_DISTANCE_KM);
}

export function similariteLabel(a1: number, a2: number): number {
  return 1 - Math.abs(a1 - a2) / 5;
}

/** Jaccard index of two sets of enjeux; null when the first is empty (nothing to compare). */
export function similariteEnjeux(e1: ReadonlyMap<string, number>, e2: ReadonlyMap<string, number>): number | null {
  if (e1.size === 0) return null;
  let communs = 0;
  for (const k of e1.keys()) if (e2.has(k)) communs++;
  return communs / (e1.size + e2.size - communs);
}

function distanceEntre(a: ProfilPair, b: ProfilPair): number | null {
  if (a.lng === null || a.lat === null || b.lng === null || b.lat === null) return null;
  return distanceKm(a.lng, a.lat, b.lng, b.lat);
}

/** Whether candidate b passes the hard filters for chosen a (nature, scope, size). */
export function estEligible(a: ProfilPair, b: ProfilPair, r: ReglagesPairs, km: number | null = distanceEntre(a, b)): boolean {
  if (b.code === a.code || b.nature !== a.nature) return false;
  switch (r.portee) {
    case 'rayon':
      if (km === null || km > r.rayonKm) return false;
      break;
    case 'departement':
      if (a.departement === null || b.departement !== a.departement) return false;
      break;
    case 'region':
      if (a.region === null || b.region !== a.region) return false;
      break;
    case 'france':
      break;
  }
  if (a.population === null) return true; // nothing to compare sizes with
  if (r.memeStrate) return a.strate >= 0 && b.strate === a.strate;
  if (b.population === null || b.population <= 0 || a.population <= 0) return false;
  const rapport = b.population / a.population;
  return rapport <= r.facteurPopulation && rapport >= 1 / r.facteurPopulation;
}

export function scorePair(a: ProfilPair, b: ProfilPair, km: number | null = distanceEntre(a, b)): { score: number; composantes: Record<Composante, number | null> } {
  const composantes: Record<Composante, number | null> = {
    taille: similariteTaille(a.population, b.population),
    distance: similariteDistance(km),
    enjeux: similariteEnjeux(a.enjeux, b.enjeux),
    label: similariteLabel(a.arobases, b.arobases),
  };
  let somme = 0;
  let poids = 0;
  for (const k of Object.keys(POIDS_SIMILARITE) as Composante[]) {
    const s = composantes[k];
    if (s === null) continue;
    somme += POIDS_SIMILARITE[k] * s;
    poids += POIDS_SIMILARITE[k];
  }
  return { score: poids > 0 ? (100 * somme) / poids : 0, composantes };
}

/** The peers of `cible` among `candidats`, best first, at most `reglages.limite`. */
export function classerPairs(cible: ProfilPair, candidats: readonly ProfilPair[], reglages: ReglagesPairs = REGLAGES_PAIRS_DEFAUT): Pair[] {
  const pairs: Pair[] = [];
  for (const b of candidats) {
    const km = distanceEntre(cible, b);
    if (!estEligible(cible, b, reglages, km)) continue;
    const { score, composantes } = scorePair(cible, b, km);
    const enCommun: string[] = [];
    const nouveaux: string[] = [];
    for (const e of b.enjeux.keys()) (cible.enjeux.has(e) ? enCommun : nouveaux).push(e);
    pairs.push({ profil: b, score, composantes, km, enCommun, nouveaux, raisons: [] });
  }
  pairs.sort((x, y) => y.score - x.score || (x.km ?? Infinity) - (y.km ?? Infinity) || (x.profil.code < y.profil.code ? -1 : 1));
  const choisis = pairs.slice(0, Math.max(0, reglages.limite));
  for (const p of choisis) p.raisons = raisonsPair(cible, p);
  return choisis;
}
