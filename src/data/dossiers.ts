/**
 * The folders of the lazily loaded data, as atlas.json names them (`tuiles/<empreinte>`,
 * `fiches/<empreinte>`): set once atlas.json is read, before any tile or fiche is asked for.
 * The plain names are those of an atlas built before folders carried an empreinte.
 */
import type { AtlasMeta } from '../core/atlas-data.ts';

export const dossiers = { tuiles: 'tuiles', fiches: 'fiches' };

export function retenirDossiers(meta: AtlasMeta): void {
  dossiers.tuiles = meta.fichiers.tuiles ?? 'tuiles';
  dossiers.fiches = meta.fichiers.fiches ?? 'fiches';
}
