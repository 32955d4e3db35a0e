/**
 * URL ↔ state. Pure: `parseEtatUrl(location.search)` and `serialiseEtatUrl(etat)` are inverse
 * on canonical states (numbers rounded as written, empty lists left out). Documented in README.
 *
 *   vue=lng,lat,zoom        map view (5 and 2 decimals)
 *   fiche=<id>              the open fiche
 *   panneau=ferme           side panel / bottom sheet closed (default: open on the list)
 *   onglet=filtres|commune|chiffres   what the panel shows (default: the list)
 *   chiffres=statistiques   with onglet=chiffres: the statistics and charts (default: the table)
 *   tri=date|commune        list order (default: pertinence)
 *   axes, enjeux, usages, services, regions, departements, types, strates, arobases
 *                           comma-separated filter codes
 *   annees=2012-2016        year range, either end optional (`2012-`, `-2016`)
 *   q=texte                 full-text query
 *   emprise=w,s,e,n         « Seulement la vue de la carte »: the map view as a filter (4 decimals)
 *   commune, portee, rayon, strate, comparer   « Ma commune » and its peers (see url-pairs.ts)
 *   collectivites=<insee or siren>,…  fiches of these communes / EPCI (an EPCI with its member communes)
 *   autour=<insee> | lng,lat   the nearest initiatives around a commune or a position (url-autour.ts)
 *   embed=1                 the compact map for an iframe (url-autour.ts)
 *   test=1                  deterministic rendering for tests (no fades, no animations)
 */
import { TYPES_COLLECTIVITE, type TypeCollectivite } from '../core/atlas-data.ts';
import type { Filtres } from '../core/filtres.ts';
import { champPairsUrl, ecrirePairsUrl, type EtatPairsUrl } from './url-pairs.ts';
import { champAutourUrl, ecrireAutourUrl, type Autour } from './url-autour.ts';
import { TRIS, type Tri } from '../worker/messages.ts';

export interface Vue {
  lng: number;
  lat: number;
  zoom: number;
}

export type Panneau = 'liste' | 'ferme';

export type Onglet = 'liste' | 'filtres' | 'commune' | 'chiffres';
export const ONGLETS: readonly Onglet[] = ['liste', 'filtres', 'commune', 'chiffres'];

export interface EtatUrl {
  vue: Vue | null;
  fiche: string | null;
  panneau: Panneau;
  onglet: Onglet;
  tri: Tri;
  filtres: Filtres;
  test: boolean;
  /** « Ma commune »: the chosen collectivité, peer settings, compared ones (url-pairs.ts). */
  pairs?: EtatPairsUrl;
  /** The nearest list's centre, a commune or a position (url-autour.ts). */
  autour?: Autour;
  /** The compact map for an iframe (url-autour.ts). */
  embed?: true;
  /** « Chiffres » on its statistics and charts rather than its table (written with onglet=chiffres only). */
  chiffres?: 'statistiques';
}

export const ETAT_VIDE: EtatUrl = { vue: null, fiche: null, panneau: 'liste', onglet: 'liste', tri: 'pertinence', filtres: {}, test: false };

const LISTES = ['axes', 'enjeux', 'usages', 'services', 'regions', 'departements', 'strates', 'collectivites'] as const;

export const arrondi = (x: number, decimales: number) => {
  const f = 10 ** decimales;
  return Math.round(x * f) / f + 0; // + 0 turns -0 into 0
};

export function normaliserVue(v: Vue): Vue {
  return { lng: arrondi(v.lng, 5), lat: arrondi(v.lat, 5), zoom: arrondi(v.zoom, 2) };
}

function lireVue(s: string | null): Vue | null {
  if (!s) return null;
  const parts = s.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
  const [lng, lat, zoom] = parts;
  if (lng < -180 || lng > 180 || lat < -85.06 || lat > 85.06 || zoom < 0 || zoom > 22) return null;
  return normaliserVue({ lng, lat, zoom });
}

function lireListe(s: string | null): string[] | undefined {
  if (s === null) return undefined;
  const l = s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return l.length ? l : undefined;
}

function lireAnnees(s: string | null): [number | null, number | null] | undefined {
  if (!s) return undefined;
  const m = /^\s*(\d{4})?\s*-\s*(\d{4})?\s*$/.exec(s) ?? /^\s*(\d{4})\s*$/.exec(s);
  if (!m) return undefined;
  const min = m[1] ? Number(m[1]) : null;
  const max = m.length > 2 ? (m[2] ? Number(m[2]) : null) : min;
  if (min === null && max === null) return undefined;
  return [min, max];
}

/** [west, south, east, north]: latitudes within ±90, south ≤ north, longitudes finite. */
function lireEmprise(s: string | null): [number, number, number, number] | undefined {
  if (!s) return undefined;
  const v = s.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) return undefined;
  const [w, so, e, n] = v.map((x) => arrondi(x, 4));
  if (so < -90 || n > 90 || so > n || Math.abs(w) > 540 || Math.abs(e) > 540) return undefined;
  return [w, so, e, n];
}

export function parseEtatUrl(search: string): EtatUrl {
  const p = new URLSearchParams(search);
  const filtres: Filtres = {};
  for (const cle of LISTES) {
    const l = lireListe(p.get(cle));
    if (l) filtres[cle] = l;
  }
  const types = lireListe(p.get('types'))?.filter((t): t is TypeCollectivite => (TYPES_COLLECTIVITE as readonly string[]).includes(t));
  if (types?.length) filtres.types = types;
  const arobases = lireListe(p.get('arobases'))
    ?.map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 5);
  if (arobases?.length) filtres.arobases = arobases;
  const annees = lireAnnees(p.get('annees'));
  if (annees) filtres.annees = annees;
  const emprise = lireEmprise(p.get('emprise'));
  if (emprise) filtres.vue = emprise;
  const q = p.get('q')?.trim();
  if (q) filtres.texte = q;
  const tri = p.get('tri');
  const fiche = p.get('fiche')?.trim();
  const onglet = p.get('onglet');
  return {
    vue: lireVue(p.get('vue')),
    fiche: fiche ? fiche : null,
    panneau: p.get('panneau') === 'ferme' ? 'ferme' : 'liste',
    onglet: onglet && (ONGLETS as readonly string[]).includes(onglet) ? (onglet as Onglet) : 'liste',
    tri: tri && (TRIS as readonly string[]).includes(tri) ? (tri as Tri) : 'pertinence',
    filtres,
    test: p.get('test') === '1',
    ...champPairsUrl(p),
    ...champAutourUrl(p),
    ...(onglet === 'chiffres' && p.get('chiffres') === 'statistiques' ? { chiffres: 'statistiques' as const } : {}),
  };
}

/** The query string (with its `?`, or '' when the state is the default one). */
export function serialiseEtatUrl(e: EtatUrl): string {
  const p = new URLSearchParams();
  if (e.vue) {
    const v = normaliserVue(e.vue);
    p.set('vue', `${v.lng},${v.lat},${v.zoom}`);
  }
  if (e.fiche) p.set('fiche', e.fiche);
  if (e.panneau === 'ferme') p.set('panneau', 'ferme');
  if (e.onglet !== 'liste') p.set('onglet', e.onglet);
  if (e.onglet === 'chiffres' && e.chiffres === 'statistiques') p.set('chiffres', 'statistiques');
  if (e.tri !== 'pertinence') p.set('tri', e.tri);
  const f = e.filtres;
  for (const cle of LISTES) if (f[cle]?.length) p.set(cle, (f[cle] as readonly string[]).join(','));
  if (f.types?.length) p.set('types', f.types.join(','));
  if (f.arobases?.length) p.set('arobases', f.arobases.join(','));
  if (f.annees && (f.annees[0] !== null || f.annees[1] !== null)) p.set('annees', `${f.annees[0] ?? ''}-${f.annees[1] ?? ''}`);
  if (f.texte?.trim()) p.set('q', f.texte.trim());
  if (f.vue) p.set('emprise', f.vue.map((x) => arrondi(x, 4)).join(','));
  ecrirePairsUrl(p, e.pairs);
  ecrireAutourUrl(p, e);
  if (e.test) p.set('test', '1');
  const s = p.toString().replace(/%2C/g, ',');
  return s ? '?' + s : '';
}
