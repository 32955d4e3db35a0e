/** Distances of the nearest list, in French: « à moins de 50 m », « 850 m », « 1,2 km », « 27 km ». */

const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const uneDecimale = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Under 50 m a distance says nothing (a fiche placed at the commune's centre, a position's rounding). */
export const SEUIL_ICI_KM = 0.05;

/**
 * Metres to the nearest 10 under 1 km, one decimal under 10 km, whole km beyond. The unit is
 * chosen after rounding, so 999 m reads « 1,0 km », never « 1 000 m ».
 */
export function formatDistance(km: number): string {
  if (!Number.isFinite(km) || km < 0) return '';
  if (km < SEUIL_ICI_KM) return 'à moins de 50 m';
  const m = Math.round(km * 100) * 10;
  if (m < 1000) return `${entier.format(m)} m`;
  const dixiemes = Math.round(km * 10) / 10;
  if (dixiemes < 10) return `${uneDecimale.format(dixiemes)} km`;
  return `${entier.format(Math.round(km))} km`;
}
