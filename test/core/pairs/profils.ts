/** Hand-made profiles for the peer-ranking tests. */
import type { ProfilPair } from '../../../src/core/pairs/profil.ts';
import { strateDe } from '../../../src/core/pairs/profil.ts';
import { STRATES } from '../../../src/core/strates.ts';

/** km north of a point, on the same meridian (distanceKm is then exact). */
export const KM_PAR_DEGRE = (6371.0088 * Math.PI) / 180;

let n = 0;
export function profil(p: Partial<ProfilPair> & { population: number | null }, enjeux: Record<string, number> = {}): ProfilPair {
  n++;
  return {
    code: `C${n}`,
    nom: `Commune ${n}`,
    nature: 'commune',
    type: 'ville',
    strate: strateDe(p.population, STRATES),
    departement: '13',
    region: '93',
    lng: 5,
    lat: 43.4,
    labels: [],
    arobases: 0,
    nbFiches: Object.keys(enjeux).length,
    indice: n,
    ...p,
    enjeux: new Map(Object.entries(enjeux)),
  };
}

/** The same profile `km` kilometres north. */
export function auNord(km: number): { lng: number; lat: number } {
  return { lng: 5, lat: 43.4 + km / KM_PAR_DEGRE };
}
