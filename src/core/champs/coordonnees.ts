import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

/** Decimal degrees, with a decimal point or a French decimal comma: `43.4053`, `43,4053`, `-1,5`. */
const DEGRES = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Reads one Latitude or Longitude cell. `0` (and `0,0`) is what spreadsheets hold for "unknown",
 * so it reads as empty, like an empty cell.
 */
export function parseCoordonnee(brut: string): Lecture<number> {
  const texte = brut.trim();
  if (texte === '') return VIDE;
  if (!DEGRES.test(texte)) return illisible('des degrés décimaux sont attendus (43.4053)');
  const virgule = texte.includes(',');
  const valeur = Number(virgule ? texte.replace(',', '.') : texte);
  if (!Number.isFinite(valeur)) return illisible('des degrés décimaux sont attendus (43.4053)');
  if (valeur === 0) return VIDE;
  return ok(valeur, virgule ? 'virgule décimale remplacée par un point' : undefined);
}

/**
 * Reads the Latitude and Longitude cells of a place into `[lng, lat]`, as given: a swap is
 * kept (only the commune can tell it, at geolocation). Both empty or `0` → empty; only one
 * of them, or values that are degrees in neither order, → unreadable.
 */
export function parseCoordonnees(latitude: string, longitude: string): Lecture<[number, number]> {
  const lat = parseCoordonnee(latitude);
  const lng = parseCoordonnee(longitude);
  if (lat.statut === 'vide' && lng.statut === 'vide') return VIDE;
  if (lat.statut === 'illisible') return illisible(`latitude : ${lat.raison}`);
  if (lng.statut === 'illisible') return illisible(`longitude : ${lng.raison}`);
  if (lat.statut === 'vide') return illisible('latitude absente ou nulle alors que la longitude est donnée');
  if (lng.statut === 'vide') return illisible('longitude absente ou nulle alors que la latitude est donnée');
  const dansLesBornes = (la: number, lo: number) => Math.abs(la) <= 90 && Math.abs(lo) <= 180;
  if (!dansLesBornes(lat.valeur, lng.valeur) && !dansLesBornes(lng.valeur, lat.valeur)) {
    return illisible('hors des bornes des degrés (latitude ±90, longitude ±180), même inversées');
  }
  return ok([lng.valeur, lat.valeur], lat.reparation ?? lng.reparation);
}
