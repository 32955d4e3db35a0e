/**
 * « Ma commune »: the chosen collectivité, the peer settings and the compared ones, as signals
 * (URL ↔ state through url-pairs.ts and synchro-url.ts). The derived data lives in
 * ma-commune-donnees.ts.
 */
import { batch, signal } from '@preact/signals';
import { REGLAGES_PAIRS_DEFAUT, type Portee } from '../core/pairs/similarite.ts';
import { COMPARES_MAX, type EtatPairsUrl } from './url-pairs.ts';

export interface ReglagesChoisis {
  portee: Portee;
  rayonKm: number;
  memeStrate: boolean;
}

export const REGLAGES_CHOISIS_DEFAUT: ReglagesChoisis = {
  portee: REGLAGES_PAIRS_DEFAUT.portee,
  rayonKm: REGLAGES_PAIRS_DEFAUT.rayonKm,
  memeStrate: REGLAGES_PAIRS_DEFAUT.memeStrate,
};

/** Code of the chosen commune (INSEE) or territoire (SIREN). */
export const communeChoisie = signal<string | null>(null);
export const reglagesPairs = signal<ReglagesChoisis>(REGLAGES_CHOISIS_DEFAUT);
/** Codes compared side by side with the chosen one (at most COMPARES_MAX). */
export const comparees = signal<string[]>([]);
/** Set by a user's choice (not by the URL): the map then fits the chosen one and its peers. */
export const ajusterCartePairs = signal(0);

export function choisirCommune(code: string | null): void {
  batch(() => {
    if (communeChoisie.value !== code) comparees.value = [];
    communeChoisie.value = code;
    ajusterCartePairs.value++;
  });
}

export function changerReglages(r: Partial<ReglagesChoisis>): void {
  batch(() => {
    reglagesPairs.value = { ...reglagesPairs.value, ...r };
    ajusterCartePairs.value++;
  });
}

/** Adds a collectivité to the comparison, or removes it; false when the comparison is full. */
export function basculerComparee(code: string): boolean {
  const l = comparees.value;
  if (l.includes(code)) {
    comparees.value = l.filter((c) => c !== code);
    return true;
  }
  if (l.length >= COMPARES_MAX || code === communeChoisie.value) return false;
  comparees.value = [...l, code];
  return true;
}

export function etatPairsActuel(): { pairs?: EtatPairsUrl } {
  const commune = communeChoisie.value;
  if (!commune) return {};
  return { pairs: { commune, ...reglagesPairs.value, comparer: comparees.value.filter((c) => c !== commune) } };
}

export function appliquerPairsUrl(e: EtatPairsUrl | undefined): void {
  batch(() => {
    if (!e) {
      communeChoisie.value = null;
      comparees.value = [];
      reglagesPairs.value = REGLAGES_CHOISIS_DEFAUT;
      return;
    }
    communeChoisie.value = e.commune;
    reglagesPairs.value = { portee: e.portee, rayonKm: e.rayonKm, memeStrate: e.memeStrate };
    comparees.value = e.comparer;
  });
}
