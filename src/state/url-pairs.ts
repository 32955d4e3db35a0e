/**
 * The « Ma commune » part of the URL (parsed and written by url.ts):
 *
 *   commune=<code>          the chosen commune (INSEE code) or territoire (SIREN)
 *   portee=departement|region|france   where peers are looked for (default: within a radius)
 *   rayon=<km>              the radius, 100 by default
 *   strate=toutes           peers of any size class within the population factor (default: same strate)
 *   comparer=<code>,<code>  up to 3 collectivités compared side by side with the chosen one
 *
 * Without `commune`, the other four are ignored.
 */
import { PORTEES, REGLAGES_PAIRS_DEFAUT, type Portee } from '../core/pairs/similarite.ts';

export interface EtatPairsUrl {
  commune: string;
  portee: Portee;
  rayonKm: number;
  memeStrate: boolean;
  comparer: string[];
}

export const RAYON_MIN_KM = 5;
export const RAYON_MAX_KM = 500;
/** Besides the chosen one: 2–4 collectivités side by side in all. */
export const COMPARES_MAX = 3;

const CODE = /^[0-9A-Za-z:._-]{1,24}$/;

export function lirePairsUrl(p: URLSearchParams): EtatPairsUrl | undefined {
  const commune = p.get('commune')?.trim();
  if (!commune || !CODE.test(commune)) return undefined;
  const portee = p.get('portee');
  const rayon = Number(p.get('rayon'));
  const comparer: string[] = [];
  for (const c of (p.get('comparer') ?? '').split(',')) {
    const code = c.trim();
    if (CODE.test(code) && code !== commune && !comparer.includes(code) && comparer.length < COMPARES_MAX) comparer.push(code);
  }
  return {
    commune,
    portee: portee && (PORTEES as readonly string[]).includes(portee) ? (portee as Portee) : REGLAGES_PAIRS_DEFAUT.portee,
    rayonKm: p.has('rayon') && Number.isInteger(rayon) && rayon >= RAYON_MIN_KM && rayon <= RAYON_MAX_KM ? rayon : REGLAGES_PAIRS_DEFAUT.rayonKm,
    memeStrate: p.get('strate') !== 'toutes',
    comparer,
  };
}

export function ecrirePairsUrl(p: URLSearchParams, e: EtatPairsUrl | undefined): void {
  if (!e) return;
  p.set('commune', e.commune);
  if (e.portee !== REGLAGES_PAIRS_DEFAUT.portee) p.set('portee', e.portee);
  if (e.rayonKm !== REGLAGES_PAIRS_DEFAUT.rayonKm) p.set('rayon', String(e.rayonKm));
  if (!e.memeStrate) p.set('strate', 'toutes');
  if (e.comparer.length) p.set('comparer', e.comparer.join(','));
}

/** `{ pairs }` when the URL names a commune, `{}` otherwise (so that the default state stays without the key). */
export function champPairsUrl(p: URLSearchParams): { pairs?: EtatPairsUrl } {
  const pairs = lirePairsUrl(p);
  return pairs ? { pairs } : {};
}
