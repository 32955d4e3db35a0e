/**
 * The embed mode (`?embed=1`): the compact map a member town puts in an iframe. The state is the
 * usual one (filters, view, fiche); only the frame around the map changes.
 */
import { signal } from '@preact/signals';
import { parseEtatUrl, serialiseEtatUrl } from './url.ts';

export const integre = signal(false);

/**
 * The full atlas with the same state as a URL (the embed's own query string without `embed=1`).
 * `search` is the embed's current query string, which synchro-url.ts keeps in step with the state.
 */
export function lienAtlasComplet(pathname: string, search: string): string {
  const e = parseEtatUrl(search);
  delete e.embed;
  return pathname + serialiseEtatUrl(e);
}
