/**
 * Writer of the full-text search index: `recherche/*.json` (format in src/core/recherche-index.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  documentRecherche,
  indexerRecherche,
  type DocumentRecherche,
  type ManifesteRecherche,
  type MesuresIndexation,
} from '../../../src/core/recherche-index.ts';
import type { FicheAssemblee } from '../assemble.ts';

/**
 * The search document of an assembled fiche. Its places: their names, their communes' names (as
 * geolocated, else as written) and the collectivité they stand for (an EPCI's name, say).
 */
export function documentFiche(fa: FicheAssemblee): DocumentRecherche {
  const lieux: { nom: string; commune: string | null }[] = [];
  for (const { lieu, loc } of fa.lieux) {
    lieux.push({ nom: lieu.nom, commune: loc.commune ?? lieu.ville });
    if (loc.collectivite) lieux.push({ nom: loc.collectivite.nom, commune: null });
  }
  return documentRecherche({ ...fa.fiche, i: fa.i, lieux });
}

function* documents(fiches: readonly FicheAssemblee[]): Generator<DocumentRecherche> {
  for (const fa of fiches) yield documentFiche(fa);
}

/**
 * Builds the index of the fiches and writes it into `dossier` (the atlas' `recherche/`), with
 * its manifest `index.json`. Returns the manifest.
 */
export async function ecrireRecherche(dossier: string, atlas: { fiches: readonly FicheAssemblee[] }, mesures?: MesuresIndexation): Promise<ManifesteRecherche> {
  const { manifeste, fichiers } = indexerRecherche(documents(atlas.fiches), { mesures });
  await Promise.all([...fichiers].map(([cle, data]) => writeFile(join(dossier, `${cle}.json`), data)));
  await writeFile(join(dossier, 'index.json'), JSON.stringify(manifeste));
  return manifeste;
}
