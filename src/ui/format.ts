/** French formatting of numbers, dates, distances and counts (Intl, fr-FR). */

const nombre = new Intl.NumberFormat('fr-FR');
const km1 = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const km0 = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const dateLongue = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const moisAnnee = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1234 → "1 234" (narrow no-break space, as Intl writes it). */
export function formatNombre(n: number): string {
  return nombre.format(n);
}

/** "1 initiative", "0 initiative", "1 234 initiatives". */
export function formatCompte(n: number, singulier: string, pluriel = singulier + 's'): string {
  return `${formatNombre(n)} ${Math.abs(n) >= 2 ? pluriel : singulier}`;
}

/**
 * A fiche's date: "12 mars 2014" from `2014-03-12`, "mars 2014" from `2014-03`, "2014" from a
 * year; null when nothing usable.
 */
export function formatDate(date: string | null | undefined, annee?: number | null): string | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (m) {
    const [a, mo, j] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
    if (mo !== null && mo >= 1 && mo <= 12) {
      if (j !== null && j >= 1 && j <= 31) return dateLongue.format(Date.UTC(a, mo - 1, j));
      return moisAnnee.format(Date.UTC(a, mo - 1, 1));
    }
    return String(a);
  }
  return annee ? String(annee) : null;
}

/** Distance in km: "850 m" under 1 km, "3,4 km" under 10 km, "27 km" beyond. */
export function formatKm(km: number): string {
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${km0.format(metres)} m`; // 0,996 km rounds to 1 000 m: written 1 km below
  if (km < 10) return `${km1.format(km)} km`;
  return `${km0.format(km)} km`;
}

/** "3 arobases sur 5" — the accessible text of a label level. */
export function texteArobases(n: number): string {
  return `${n} arobase${n >= 2 ? 's' : ''} sur 5`;
}
