/**
 * The URL parameters of the citizens' journeys (listed with the others at the top of url.ts):
 *
 *   autour=13056            the nearest initiatives around a commune (its INSEE code)
 *   autour=5.054,43.405     … or around a position (lng,lat, 3 decimals: about 100 m, no closer)
 *   embed=1                 the compact map for an iframe (no header, a title bar, « Voir dans l'atlas »)
 */

/** Where the nearest list is centred: a commune of communes.json, or a position. */
export type Autour = { commune: string } | { lng: number; lat: number };

export interface EtatAutourUrl {
  autour?: Autour;
  embed?: true;
}

/** INSEE code of a commune: 5 characters, Corsica's `2A`/`2B` included. */
const CODE_COMMUNE = /^(?:[0-9]{2}|2[AB])[0-9]{3}$/;

/** Decimals kept for a position: a shared link does not give away where its author stands to the metre. */
export const DECIMALES_POSITION = 3;

const arrondir = (x: number) => Math.round(x * 10 ** DECIMALES_POSITION) / 10 ** DECIMALES_POSITION + 0;

export function lireAutour(s: string | null): Autour | undefined {
  const v = s?.trim();
  if (!v) return undefined;
  if (CODE_COMMUNE.test(v.toUpperCase())) return { commune: v.toUpperCase() };
  const parts = v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (parts.length !== 2 || parts.some((x) => !Number.isFinite(x))) return undefined;
  const [lng, lat] = parts.map(arrondir);
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85) return undefined;
  return { lng, lat };
}

export function ecrireAutour(a: Autour): string {
  return 'commune' in a ? a.commune : `${arrondir(a.lng)},${arrondir(a.lat)}`;
}

/** The fields of EtatUrl this file owns, absent when not in the URL (so `{ ...champAutourUrl(p) }` adds nothing). */
export function champAutourUrl(p: URLSearchParams): EtatAutourUrl {
  const e: EtatAutourUrl = {};
  const autour = lireAutour(p.get('autour'));
  if (autour) e.autour = autour;
  if (p.get('embed') === '1') e.embed = true;
  return e;
}

export function ecrireAutourUrl(p: URLSearchParams, e: EtatAutourUrl): void {
  if (e.autour) p.set('autour', ecrireAutour(e.autour));
  if (e.embed) p.set('embed', '1');
}
