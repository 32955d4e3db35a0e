/**
 * The full-text search, shared by the atlas build (which writes the index) and the worker (which
 * reads it and answers queries). One module per concern:
 *
 *   recherche-analyse.ts     words, folding, elisions, stop words, query analysis, one-typo test
 *   recherche-racine.ts      the light French stemmer (Savoy), idempotent
 *   recherche-index.ts       fields, flexsearch options, files of the index and how to build them
 *   recherche-surlignage.ts  `surligner`: which characters of a text a query matched
 *   ../worker/recherche.ts   `chargerRecherche`: loading the index and answering `chercher`
 *
 * Behaviour, in short: one search over titles (+ sous-titres), communes and places, outils and
 * prestataires, and texts; accents, case, ligatures, apostrophes, elisions and hyphens folded;
 * plurals and light derivations stemmed; the words of a query are ANDed; the last word, while it is
 * typed, also matches as a prefix; a word of 5+ letters that matches nothing tolerates one typo.
 * Ranking: title, then commune, then outils, then text, counted per query word.
 *
 * This module re-exports all of it for the build and the tests. The page should import
 * `surligner` from './recherche-surlignage.ts' directly (6 kB, no flexsearch), and the worker
 * `chargerRecherche` from '../worker/recherche.ts' (flexsearch comes with it).
 */
export {
  ELISIONS,
  LONGUEUR_MIN,
  LONGUEUR_TOLERANCE,
  MOTS_VIDES,
  MOTS_VIDES_EN_PLUS,
  MOTS_VIDES_SNOWBALL,
  SAUF_MOTS_VIDES_FR,
  TERMES_MAX,
  Analyseur,
  analyserRequete,
  motGarde,
  motsPlaces,
  motsRecherche,
  plierMot,
  pourChaqueMot,
  prefixeAUneFaute,
  uneFauteAuPlus,
  type MotAnalyse,
  type MotPlace,
  type TermeRequete,
} from './recherche-analyse.ts';
export { racine } from './recherche-racine.ts';
export {
  CHAMPS_RECHERCHE,
  CLE_DICTIONNAIRE,
  CLE_MANIFESTE,
  VERSION_RECHERCHE,
  creerIndexChamp,
  documentRecherche,
  indexerRecherche,
  lecteurEnMemoire,
  type ChampRecherche,
  type Dictionnaire,
  type DocumentRecherche,
  type FicheRecherchable,
  type FichiersRecherche,
  type ManifesteRecherche,
} from './recherche-index.ts';
export { surligner, type Segment } from './recherche-surlignage.ts';
