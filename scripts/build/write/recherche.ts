/**
 * Writer of the full-text search index: `recherche/*.json` (format in src/core/recherche-index.ts).
 */
import {
  documentRecherche,
  indexerRecherche,
  type DocumentRecherche,
  type ManifesteRecherche,
  type MesuresIndexation,
} from '../../../src/core/recherche-index.ts';
import type { FicheAssemblee } from '../assemble.ts';
import type { TextesLongs } from '../textes-longs.ts';

/**
 * The search document of an assembled fiche. Its places: their names, their communes' names (as
 * geolocated, else as written) and the collectivité they stand for (an EPCI's name, say).
 */
export function documentFiche(fa: FicheAssemblee, textes?: TextesLongs): DocumentRecherche {
  const lieux: { nom: string; commune: string | null }[] = [];
  for (const { lieu, loc } of fa.lieux) {
    lieux.push({ nom: lieu.nom, commune: loc.commune ?? lieu.ville });
    if (loc.collectivite) lieux.push({ nom: loc.collectivite.nom, commune: null });
  }
  // The fields the search reads, not a spread of the whole fiche: at a million fiches the copy showed.
  const f = fa.fiche;
  const document = documentRecherche({
    i: fa.i,
    titre: f.titre,
    sousTitre: f.sousTitre,
    synthese: f.synthese,
    actions: f.actions,
    resultats: f.resultats,
    recommandations: f.recommandations,
    outils: f.outils,
    prestataires: f.prestataires,
    lieux,
  });
  // The store holds the four texts joined by line breaks: the same string, in one decoding.
  if (textes) document.texte = textes.texte(fa.i);
  return document;
}

function* documents(fiches: readonly FicheAssemblee[], textes?: TextesLongs): Generator<DocumentRecherche> {
  for (const fa of fiches) yield documentFiche(fa, textes);
}

/**
 * Builds the index of the documents (in `i` order) and writes each file with `ecrire(nom, data)`
 * (`<cle>.json`, the manifest `index.json` last) as soon as it is made. Returns the manifest.
 */
export function ecrireIndexRecherche(
  ecrire: (nom: string, data: string) => void,
  docs: Iterable<DocumentRecherche>,
  mesures?: MesuresIndexation,
): ManifesteRecherche {
  const { manifeste } = indexerRecherche(docs, { mesures, surFichier: (cle, data) => ecrire(`${cle}.json`, data) });
  ecrire('index.json', JSON.stringify(manifeste));
  return manifeste;
}

/** ecrireIndexRecherche over the assembled fiches. */
export function ecrireRecherche(
  ecrire: (nom: string, data: string) => void,
  atlas: { fiches: readonly FicheAssemblee[]; textes?: TextesLongs },
  mesures?: MesuresIndexation,
): ManifesteRecherche {
  return ecrireIndexRecherche(ecrire, documents(atlas.fiches, atlas.textes), mesures);
}
