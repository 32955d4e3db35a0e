/**
 * « Autour de moi » and « Aller à une commune » lead to the list of the nearest initiatives.
 * `autour` is what the URL says (`autour=<insee>` or `autour=lng,lat`); `repere` (etat.ts) is
 * the point on the map, known at once for a position and once communes.json is loaded for a commune.
 */
import { batch, signal } from '@preact/signals';
import type { AtlasMeta } from '../core/atlas-data.ts';
import { chargerCommunes } from '../data/communes.ts';
import { allerA, feuille, fermerFiche, meta, onglet, panneau, repere } from './etat.ts';
import { integre } from './integration.ts';
import type { Autour, EtatAutourUrl } from './url-autour.ts';

export const NOM_POSITION = 'Vous êtes ici';
export const NOM_POSITION_PARTAGEE = 'Position indiquée';
/** Zoom the map flies to for a restored commune or position (as « Aller à une commune » and « Autour de moi » do). */
const ZOOM_COMMUNE = 12;
const ZOOM_POSITION = 11;

/** The nearest list's centre, or null when the list is closed. */
export const autour = signal<Autour | null>(null);

/** Shows the nearest list around a point just picked (a commune from the search, the user's position). */
export function montrerAutour(point: { lng: number; lat: number; nom: string; commune?: string }): void {
  batch(() => {
    autour.value = point.commune ? { commune: point.commune } : { lng: point.lng, lat: point.lat };
    repere.value = { lng: point.lng, lat: point.lat, nom: point.nom };
    fermerFiche();
    onglet.value = 'liste';
    panneau.value = 'liste';
    if (feuille.value === 'replie') feuille.value = 'mi';
  });
}

export function fermerAutour(): void {
  batch(() => {
    autour.value = null;
    repere.value = null;
  });
}

const memeAutour = (a: Autour | null, b: Autour | null | undefined) =>
  a === b || (!!a && !!b && ('commune' in a ? 'commune' in b && a.commune === b.commune : !('commune' in b) && a.lng === b.lng && a.lat === b.lat));

let restauration = 0;

/**
 * Applies the URL's `autour` (shared link, Back/Forward). A commune waits for the atlas and
 * communes.json; an unknown code closes the list. `voler`: move the map there (no view in the URL).
 */
export function restaurerAutour(a: Autour | undefined, voler: boolean): void {
  if (memeAutour(autour.value, a)) return;
  const n = ++restauration;
  if (!a) {
    fermerAutour();
    return;
  }
  autour.value = a;
  if (!('commune' in a)) {
    repere.value = { lng: a.lng, lat: a.lat, nom: NOM_POSITION_PARTAGEE };
    if (voler) allerA({ lng: a.lng, lat: a.lat, zoom: ZOOM_POSITION });
    return;
  }
  repere.value = null;
  void communeDuCode(a.commune).then((c) => {
    if (n !== restauration) return; // another place was picked meanwhile
    if (!c) {
      fermerAutour();
      return;
    }
    repere.value = c;
    if (voler) allerA({ lng: c.lng, lat: c.lat, zoom: ZOOM_COMMUNE });
  });
}

/** Name and point of a commune of communes.json, once the atlas's meta is there; null when unknown or unloadable. */
async function communeDuCode(code: string): Promise<{ lng: number; lat: number; nom: string } | null> {
  const m = await attendreMeta();
  try {
    const index = await chargerCommunes(m.fichiers.communes);
    const c = index.communes.find((x) => x[0] === code);
    return c ? { lng: c[3], lat: c[4], nom: c[1] } : null;
  } catch {
    return null;
  }
}

/** For synchro-url.ts: the URL's `autour` and `embed` into the state… */
export function appliquerAutourUrl(e: EtatAutourUrl, volerSiAbsente: boolean): void {
  integre.value = e.embed === true;
  restaurerAutour(e.autour, volerSiAbsente);
}

/** … and back. */
export function etatAutourActuel(): EtatAutourUrl {
  const e: EtatAutourUrl = {};
  if (autour.value) e.autour = autour.value;
  if (integre.value) e.embed = true;
  return e;
}

function attendreMeta(): Promise<AtlasMeta> {
  return new Promise((ok) => {
    const arreter = meta.subscribe((v) => {
      if (!v) return;
      queueMicrotask(() => arreter());
      ok(v);
    });
  });
}
