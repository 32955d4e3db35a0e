/** The shareable URL of a fiche: the current URL with `fiche=<id>`. */
import { parseEtatUrl, serialiseEtatUrl } from '../state/url.ts';

export function lienFiche(id: string): string {
  const e = parseEtatUrl(location.search);
  return location.pathname + serialiseEtatUrl({ ...e, fiche: id });
}
