/** The shareable URL of a fiche: the current URL with `fiche=<id>`. */
import { ETAT_VIDE, parseEtatUrl, serialiseEtatUrl } from '../state/url.ts';

export function lienFiche(id: string): string {
  const e = parseEtatUrl(location.search);
  return location.pathname + serialiseEtatUrl({ ...e, fiche: id });
}

/**
 * The link a list row carries until it is used: the fiche alone, which stays the same from filter to
 * filter and pan to pan (rewriting every row's href costs a URL parse and a style check each time).
 * `completerLien` puts the full shareable URL in when the pointer or the focus gets there, before
 * a middle click, a copy or a new tab can take it.
 */
export function lienFicheCourt(id: string, test: boolean): string {
  return location.pathname + serialiseEtatUrl({ ...ETAT_VIDE, fiche: id, test });
}

export function completerLien(a: HTMLAnchorElement, id: string): void {
  const l = lienFiche(id);
  if (a.getAttribute('href') !== l) a.setAttribute('href', l);
}
