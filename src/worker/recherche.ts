/**
 * The worker side of the full-text search: loads the index the build wrote (recherche/*.json,
 * see src/core/recherche-index.ts) on the first search and answers queries. Pure: no DOM, no
 * postMessage, no fetch; the worker passes a reader and posts the answers itself:
 *
 *   const moteur = await chargerRecherche((cle) => fetch(`${base}/recherche/${cle}.json`).then((r) => r.text()));
 *   const { indices, termes, vide } = moteur.chercher('budget parti');
 *
 * A query, word by word (src/core/recherche-analyse.ts for the analysis):
 *   1. exact        the word's stem                                          budgets → budget
 *   2. prefix       the last word while it is typed: stems of the dictionary words starting
 *                   with it, the PREFIXES_MAX most frequent                  parti → participatif…
 *   3. typo         only if 1 and 2 found nothing and the word has 5+ letters: stems of the
 *                   dictionary words one edit away (length buckets L-1…L+1)  budjet → budget
 *   4. prefix typo  the same, for the last word: words whose beginning is one edit away
 *                                                                            budje → budget
 * then each stem is looked up in the four field indexes (flexsearch `Index.search`), and a fiche
 * is kept when every word of the query matched somewhere in it (AND).
 *
 * Ranking: each query word scores in the best field it matched, POIDS_CHAMPS[field] times
 * 4 (exact), 3 (prefix), 2 (typo) or 1 (prefix typo); the sum orders the fiches, so that more
 * words in the title come first, then more words in the communes and places, then in outils and
 * prestataires, then in the texts; ties keep points.bin order.
 */
import type { Index } from 'flexsearch';
import { Analyseur, analyserRequete, prefixeAUneFaute, uneFauteAuPlus, type TermeRequete } from '../core/recherche-analyse.ts';
import {
  CHAMPS_RECHERCHE,
  CLE_DICTIONNAIRE,
  CLE_MANIFESTE,
  VERSION_RECHERCHE,
  creerIndexChamp,
  decoderRacines,
  type Dictionnaire,
  type ManifesteRecherche,
} from '../core/recherche-index.ts';

/** A title match outweighs any number of commune matches (up to TERMES_MAX × 4 < 100), and so on. */
export const POIDS_CHAMPS = [1e6, 1e4, 1e2, 1] as const;
const POIDS_QUALITE = { exact: 4, prefixe: 3, faute: 2, prefixeFaute: 1 } as const;
type Qualite = keyof typeof POIDS_QUALITE;

/** Ranking packs score and index in one float64: at most 2^21 fiches (the scores stay below 2^32). */
export const DOCUMENTS_MAX = 2 ** 21;

/** Completions of a prefix kept, the most frequent first: "pa" alone would otherwise pull hundreds. */
export const PREFIXES_MAX = 40;
/** Corrections of a typo kept, the most frequent first. */
export const FAUTES_MAX = 12;

export interface ResultatRecherche {
  /** Indices of the matching fiches in points.bin, best first. */
  indices: number[];
  /** Score of each of `indices` (same order, never increasing): equal scores rank alike. */
  scores: number[];
  /** Folded words of the corpus the query matched, for `surligner(texte, termes)`. */
  termes: string[];
  /**
   * True when the query has nothing to search for (empty, stop words, one letter): the caller
   * should then not filter by text at all, rather than show no fiche.
   */
  vide: boolean;
}

export interface MoteurRecherche {
  /** Number of fiches in the index. */
  readonly documents: number;
  /** Fiches matching every word of `requete`, ranked, at most `limite` (default: all). */
  chercher(requete: string, limite?: number): ResultatRecherche;
}

export class RechercheError extends Error {
  constructor(
    readonly code: 'MANIFESTE_INVALIDE' | 'VERSION_INCONNUE',
    message: string,
  ) {
    super(message);
    this.name = 'RechercheError';
  }
}

interface Candidat {
  racine: string;
  qualite: Qualite;
}

/** The dictionary, decoded once: words sorted, their stems, frequencies, and the reverse maps. */
class Lexique {
  readonly mots: string[];
  private readonly racineDe: string[];
  private readonly df: number[];
  private readonly motsDeRacine = new Map<string, number[]>();
  private readonly dfRacine = new Map<string, number>();
  private readonly parLongueur = new Map<number, number[]>();

  constructor(d: Dictionnaire) {
    this.mots = d.mots === '' ? [] : d.mots.split('\n');
    this.racineDe = decoderRacines(this.mots, d.racines);
    this.df = d.df;
    this.mots.forEach((m, k) => {
      const r = this.racineDe[k];
      const liste = this.motsDeRacine.get(r);
      if (liste) liste.push(k);
      else this.motsDeRacine.set(r, [k]);
      this.dfRacine.set(r, (this.dfRacine.get(r) ?? 0) + this.df[k]);
      const l = this.parLongueur.get(m.length);
      if (l) l.push(k);
      else this.parLongueur.set(m.length, [k]);
    });
  }

  contient(racine: string): boolean {
    return this.motsDeRacine.has(racine);
  }

  /** Folded words of the corpus with this stem. */
  motsDe(racine: string): string[] {
    return (this.motsDeRacine.get(racine) ?? []).map((k) => this.mots[k]);
  }

  /** The `max` most frequent stems of the words starting with `prefixe`, `sauf` excluded. */
  completions(prefixe: string, sauf: string, max: number): string[] {
    let bas = 0;
    let haut = this.mots.length;
    while (bas < haut) {
      const milieu = (bas + haut) >>> 1;
      if (this.mots[milieu] < prefixe) bas = milieu + 1;
      else haut = milieu;
    }
    const racines = new Set<string>();
    for (let k = bas; k < this.mots.length && this.mots[k].startsWith(prefixe); k++) {
      if (this.racineDe[k] !== sauf) racines.add(this.racineDe[k]);
    }
    return this.plusFrequentes(racines, max);
  }

  /** The `max` most frequent stems of the words one edit away from `mot`. */
  corrections(mot: string, max: number): string[] {
    const racines = new Set<string>();
    for (let l = mot.length - 1; l <= mot.length + 1; l++) {
      for (const k of this.parLongueur.get(l) ?? []) {
        if (uneFauteAuPlus(this.mots[k], mot)) racines.add(this.racineDe[k]);
      }
    }
    return this.plusFrequentes(racines, max);
  }

  /** The `max` most frequent stems of the words that start with `prefixe` give or take one edit. */
  correctionsPrefixe(prefixe: string, max: number): string[] {
    const racines = new Set<string>();
    for (let k = 0; k < this.mots.length; k++) {
      if (this.mots[k].length >= prefixe.length - 1 && prefixeAUneFaute(this.mots[k], prefixe)) racines.add(this.racineDe[k]);
    }
    return this.plusFrequentes(racines, max);
  }

  private plusFrequentes(racines: Set<string>, max: number): string[] {
    const liste = [...racines];
    if (liste.length <= max) return liste;
    return liste.sort((a, b) => (this.dfRacine.get(b) ?? 0) - (this.dfRacine.get(a) ?? 0) || (a < b ? -1 : 1)).slice(0, max);
  }
}

/** What one query word may match, best first. */
function candidats(t: TermeRequete, lexique: Lexique): Candidat[] {
  const liste: Candidat[] = [];
  if (t.racine !== '' && lexique.contient(t.racine)) liste.push({ racine: t.racine, qualite: 'exact' });
  if (t.prefixe) for (const racine of lexique.completions(t.plie, t.racine, PREFIXES_MAX)) liste.push({ racine, qualite: 'prefixe' });
  if (liste.length === 0 && t.tolerant) {
    const corrections = lexique.corrections(t.plie, FAUTES_MAX);
    for (const racine of corrections) liste.push({ racine, qualite: 'faute' });
    if (t.prefixe) {
      const dejaVues = new Set(corrections);
      for (const racine of lexique.correctionsPrefixe(t.plie, FAUTES_MAX)) if (!dejaVues.has(racine)) liste.push({ racine, qualite: 'prefixeFaute' });
    }
  }
  return liste;
}

/** Reads the manifest, then every file of the index (in parallel), and returns the engine. */
export async function chargerRecherche(lire: (cle: string) => Promise<string>): Promise<MoteurRecherche> {
  let manifeste: ManifesteRecherche;
  try {
    manifeste = JSON.parse(await lire(CLE_MANIFESTE)) as ManifesteRecherche;
  } catch (e) {
    throw new RechercheError('MANIFESTE_INVALIDE', `Index de recherche illisible (${CLE_MANIFESTE}.json) : ${(e as Error).message}`);
  }
  if (manifeste === null || typeof manifeste !== 'object' || !Array.isArray(manifeste.cles)) {
    throw new RechercheError('MANIFESTE_INVALIDE', `Index de recherche illisible (${CLE_MANIFESTE}.json) : pas un manifeste`);
  }
  if (manifeste.version !== VERSION_RECHERCHE) {
    throw new RechercheError(
      'VERSION_INCONNUE',
      `Index de recherche en version ${String(manifeste.version)}, ce code lit la version ${VERSION_RECHERCHE} : reconstruire l'atlas`,
    );
  }
  if (!Number.isInteger(manifeste.documents) || manifeste.documents < 0 || manifeste.documents > DOCUMENTS_MAX) {
    throw new RechercheError('MANIFESTE_INVALIDE', `Index de recherche : ${String(manifeste.documents)} fiches, au plus ${DOCUMENTS_MAX}`);
  }
  const contenus = await Promise.all(manifeste.cles.map(lire));
  const index = new Map<string, Index>(CHAMPS_RECHERCHE.map((c) => [c, creerIndexChamp()]));
  let lexique = new Lexique({ mots: '', df: [], racines: '' });
  manifeste.cles.forEach((cle, k) => {
    if (cle === CLE_DICTIONNAIRE) lexique = new Lexique(JSON.parse(contenus[k]) as Dictionnaire);
    else index.get(cle.slice(0, cle.indexOf('.')))?.import(cle, contenus[k]);
  });
  return moteur(manifeste.documents, CHAMPS_RECHERCHE.map((c) => index.get(c) as Index), lexique);
}

function moteur(documents: number, index: Index[], lexique: Lexique): MoteurRecherche {
  const analyseur = new Analyseur();
  // Per fiche: how many query words it matched so far, its score, its best value for the current word.
  const compte = new Uint8Array(documents);
  const score = new Float64Array(documents);
  const meilleur = new Float64Array(documents);
  const options = { limit: Math.max(1, documents) };
  const postings = (c: number, racine: string) => index[c].search(racine, options) as number[];

  function chercher(requete: string, limite = Infinity): ResultatRecherche {
    const groupes: Candidat[][] = [];
    for (const t of analyserRequete(requete, analyseur)) {
      const g = candidats(t, lexique);
      if (g.length > 0) groupes.push(g);
      else if (!t.optionnel) return { indices: [], scores: [], termes: [], vide: false };
    }
    if (groupes.length === 0) return { indices: [], scores: [], termes: [], vide: true };

    // Fiches still in the race: those that matched every word so far.
    let touchees: number[] = [];
    for (let k = 0; k < groupes.length; k++) {
      const suivant = k + 1;
      for (const { racine, qualite } of groupes[k]) {
        for (let c = 0; c < index.length; c++) {
          const valeur = POIDS_CHAMPS[c] * POIDS_QUALITE[qualite];
          for (const d of postings(c, racine)) {
            if (compte[d] === k) {
              compte[d] = suivant;
              meilleur[d] = valeur;
              if (k === 0) touchees.push(d);
            } else if (compte[d] === suivant && valeur > meilleur[d]) meilleur[d] = valeur;
          }
        }
      }
      // Fiches that missed this word leave the race; the others add their best value.
      const restantes: number[] = [];
      for (const d of touchees) {
        if (compte[d] === suivant) {
          score[d] += meilleur[d];
          restantes.push(d);
        } else {
          compte[d] = 0;
          score[d] = 0;
        }
      }
      touchees = restantes;
      if (touchees.length === 0) break;
    }
    const n = touchees.length;
    const cles = new Float64Array(n);
    // score × 2^21 + (2^21 − 1 − d): one numeric sort ranks by score, then by index.
    for (let j = 0; j < n; j++) cles[j] = score[touchees[j]] * DOCUMENTS_MAX + (DOCUMENTS_MAX - 1 - touchees[j]);
    cles.sort();
    const garde = Math.min(n, limite);
    const indices: number[] = new Array(garde);
    const scores: number[] = new Array(garde);
    for (let j = 0; j < garde; j++) {
      indices[j] = DOCUMENTS_MAX - 1 - (cles[n - 1 - j] % DOCUMENTS_MAX);
      scores[j] = score[indices[j]];
    }
    for (const d of touchees) {
      compte[d] = 0;
      score[d] = 0;
    }
    const termesTrouves = new Set<string>();
    for (const g of groupes) for (const { racine } of g) for (const m of lexique.motsDe(racine)) termesTrouves.add(m);
    return { indices, scores, termes: [...termesTrouves], vide: false };
  }

  return { documents, chercher };
}
