/** Why a collectivité is a peer, as short French phrases: « même strate, 32 km, 4 enjeux en commun ». */
import type { ProfilPair } from './profil.ts';

interface PairPourRaisons {
  profil: ProfilPair;
  km: number | null;
  enCommun: readonly string[];
  nouveaux: readonly string[];
}

const unDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "850 m", "3,4 km", "32 km" (as the rest of the UI writes distances). */
export function texteDistance(km: number): string {
  if (km < 1) return `${entier.format(Math.round((km * 1000) / 10) * 10)} m`;
  if (km < 10) return `${unDecimal.format(km)} km`;
  return `${entier.format(km)} km`;
}

export function texteTaille(cible: ProfilPair, pair: ProfilPair): string | null {
  if (cible.strate >= 0 && pair.strate === cible.strate) return 'même strate';
  if (cible.population === null || pair.population === null || cible.population <= 0 || pair.population <= 0) return null;
  const r = pair.population / cible.population;
  if (r >= 1) return `${unDecimal.format(r)} fois plus peuplée`;
  return `${unDecimal.format(1 / r)} fois moins peuplée`;
}

export function texteLabel(cible: ProfilPair, pair: ProfilPair): string {
  if (pair.arobases === 0) return 'non labellisée';
  if (pair.arobases === cible.arobases) return `même label (${pair.arobases} @)`;
  return `label ${pair.arobases} @`;
}

export function texteEnjeux(n: number): string {
  if (n === 0) return 'aucun enjeu en commun';
  return n === 1 ? '1 enjeu en commun' : `${n} enjeux en commun`;
}

export function raisonsPair(cible: ProfilPair, p: PairPourRaisons): string[] {
  const r: string[] = [];
  const taille = texteTaille(cible, p.profil);
  if (taille) r.push(taille);
  if (p.km !== null) r.push(texteDistance(p.km));
  r.push(texteLabel(cible, p.profil));
  if (cible.enjeux.size > 0) r.push(texteEnjeux(p.enCommun.length));
  if (p.nouveaux.length > 0) r.push(p.nouveaux.length === 1 ? '1 enjeu nouveau pour vous' : `${p.nouveaux.length} enjeux nouveaux pour vous`);
  return r;
}
