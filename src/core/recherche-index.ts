/**
 * The search index files: what the build writes into `recherche/` and the worker reads back.
 *
 *   index.json              ManifesteRecherche: format version, number of fiches, keys of the files below
 *   <champ>.<n>.map.json    flexsearch `Index.export` of one field's map, chunk n from 1:
 *                           [[stem, [[fiche, fiche, …]]], …], fiches in points.bin order
 *   dictionnaire.json       Dictionnaire: every folded word of the corpus, sorted, with its
 *                           document frequency and its stem, for prefixes, typos and highlighting
 *
 * One flexsearch `Index` per field (titre, commune, outils, texte), tokenize 'strict', resolution 1,
 * no register. The analyser (recherche-analyse.ts) has already folded, filtered, stemmed and
 * deduplicated the words, so flexsearch's `encode` only splits them, at the build as in the worker.
 * Prefixes and typos are resolved against the dictionary first (src/worker/recherche.ts), so the
 * maps hold one entry per (stem, fiche): no 'forward' prefixes, whose titles alone took 4.6 MB.
 *
 * The build fills the maps itself and writes them in `Index.export`'s format, byte for byte what
 * `Index.add` + `Index.export` give (test/core/recherche-index.test.ts, `viaFlexsearch`), ten times
 * faster; the worker loads them with `Index.import` and queries them with `Index.search`.
 */
import { Index, type IndexOptions } from 'flexsearch';
import { motGarde, plierMot, pourChaqueMot } from './recherche-analyse.ts';
import { racine } from './recherche-racine.ts';

/** Fields in ranking order: a title match comes before a commune match, before outils, before texts. */
export const CHAMPS_RECHERCHE = ['titre', 'commune', 'outils', 'texte'] as const;
export type ChampRecherche = (typeof CHAMPS_RECHERCHE)[number];

/** Changes whenever the analyser or the files change shape: the worker refuses another version. */
export const VERSION_RECHERCHE = 2;

/** What one fiche gives the index, one string per field. */
export interface DocumentRecherche {
  /** Index of the fiche in points.bin. */
  i: number;
  /** Title and sous-titre. */
  titre: string;
  /** Names of its places and of their communes. */
  commune: string;
  /** Outils and prestataires. */
  outils: string;
  /** Synthèse, actions, résultats, recommandations. */
  texte: string;
}

/** The parts of a fiche the search reads; `FicheDetail` (atlas-data.ts) has them all. */
export interface FicheRecherchable {
  i: number;
  titre: string;
  sousTitre: string;
  synthese: string;
  actions: string;
  resultats: string;
  recommandations: string;
  outils: string;
  prestataires: string;
  lieux: readonly { nom: string; commune: string | null }[];
}

export function documentRecherche(f: FicheRecherchable): DocumentRecherche {
  const lieux = new Set<string>();
  for (const l of f.lieux) {
    if (l.commune) lieux.add(l.commune);
    if (l.nom) lieux.add(l.nom);
  }
  return {
    i: f.i,
    titre: `${f.titre}\n${f.sousTitre}`,
    commune: [...lieux].join('\n'),
    outils: `${f.outils}\n${f.prestataires}`,
    texte: `${f.synthese}\n${f.actions}\n${f.resultats}\n${f.recommandations}`,
  };
}

export interface ManifesteRecherche {
  version: typeof VERSION_RECHERCHE;
  /** Number of fiches (points.bin order): indices run from 0 to documents - 1. */
  documents: number;
  champs: readonly ChampRecherche[];
  /** Keys of the files to read, `recherche/<cle>.json`, 'dictionnaire' included. */
  cles: string[];
}

export interface Dictionnaire {
  /** Folded words, sorted by code unit, joined with "\n". */
  mots: string;
  /** Number of fiches holding each word, in any field, in the order of `mots`. */
  df: number[];
  /** Stem of each word, in the order of `mots`, encoded by `encoderRacines`. */
  racines: string;
}

export const CLE_DICTIONNAIRE = 'dictionnaire';

/** flexsearch receives words already analysed, joined with spaces: its encoder only splits them. */
export const separerJetons = (texte: string): string[] => (texte === '' ? [] : texte.split(' '));

/** The flexsearch options of every field index; the build and the worker must use the same. */
export function creerIndexChamp(): Index {
  const options: IndexOptions = {
    tokenize: 'strict', // one entry per stem: prefixes and typos go through the dictionary
    resolution: 1, // no ranking by position inside a field: the field is the rank
    encode: separerJetons,
    cache: false,
    fastupdate: false,
  };
  return new Index(options);
}

/** Every file of the search index, by key (file `recherche/<cle>.json`). */
export interface FichiersRecherche {
  manifeste: ManifesteRecherche;
  fichiers: Map<string, string>;
}

/** Timings of the phases, for `--timings` and the bench. */
export interface MesuresIndexation {
  /** Tokenising, folding, stemming and filling the stem → fiches maps. */
  analyseMs: number;
  /** Serialising to JSON. */
  exportMs: number;
  /** Entries (stem, fiche) over all fields. */
  entrees: number;
}

export interface OptionsIndexation {
  /**
   * Fill real flexsearch indexes with `Index.add` and serialise them with `Index.export`
   * instead of writing the same maps directly (default false). Same files, byte for byte
   * (test/core/recherche-index.test.ts); `add` costs about ten times as long (0.7 s against
   * 0.07 s for the demo's million entries), so the build writes them directly.
   */
  viaFlexsearch?: boolean;
  /**
   * Each file as soon as it is made, instead of keeping it in `fichiers` (which then stays
   * empty): the map files of a million fiches are 600 MB of JSON.
   */
  surFichier?: (cle: string, data: string) => void;
  /** At most this many (stem, fiche) entries per map file (default ENTREES_PAR_FICHIER). */
  entreesParFichier?: number;
  mesures?: MesuresIndexation;
}

/** At most this many (stem, fiche) entries per file, so that no JSON string grows past what V8 allows. */
export const ENTREES_PAR_FICHIER = 1 << 20;

/**
 * One field's map as `Index.export` writes it with resolution 1: chunks of
 * `[[stem, [[fiche, fiche, …]]], …]`, keyed `<n>.map` from 1. The stems in `ordre`, each
 * one's fiches being `fiches[debut[r]]` to `fiches[debut[r] + nombre[r]]`; the JSON is
 * written by hand (integers and JSON.stringify'd stems: what JSON.stringify gives).
 */
function exporterCarte(
  ordre: ArrayLike<number>,
  racines: readonly string[],
  fiches: Int32Array,
  debut: Int32Array,
  nombre: Int32Array,
  ecrire: (cle: string, data: string) => void,
  parFichier: number,
): void {
  let morceau: string[] = [];
  let entrees = 0;
  let n = 0;
  const vider = () => {
    if (morceau.length === 0) return;
    ecrire(`${++n}.map`, `[${morceau.join(',')}]`);
    morceau = [];
    entrees = 0;
  };
  for (let k = 0; k < ordre.length; k++) {
    const r = ordre[k];
    morceau.push(`[${JSON.stringify(racines[r])},[[${fiches.subarray(debut[r], debut[r] + nombre[r]).join(',')}]]]`);
    entrees += nombre[r];
    if (entrees >= parFichier) vider();
  }
  vider();
}

/**
 * Int32 values appended by blocks: the (field, stem) entries of a million fiches are 85 million,
 * which as JS arrays took a gigabyte of heap for the collector to walk.
 */
class JournalEntiers {
  static readonly BLOC = 1 << 20;
  readonly blocs: Int32Array[] = [];
  longueur = 0;

  ajouter(v: number): void {
    const k = this.longueur & (JournalEntiers.BLOC - 1);
    if (k === 0) this.blocs.push(new Int32Array(JournalEntiers.BLOC));
    this.blocs[this.blocs.length - 1][k] = v;
    this.longueur++;
  }
}

/**
 * The stems of the dictionary's words, parallel to them, as compact as gzip likes: '' when the
 * stem is the word, the length of the prefix when it is a prefix (budgets → "6"), else the stem.
 */
export function encoderRacines(mots: readonly string[], racines: readonly string[]): string {
  return mots
    .map((m, k) => {
      const r = racines[k];
      if (r === m) return '';
      return m.startsWith(r) ? String(r.length) : r;
    })
    .join('\n');
}

export function decoderRacines(mots: readonly string[], code: string): string[] {
  const parties = code.split('\n');
  return mots.map((m, k) => {
    const p = parties[k];
    if (p === '' || p === undefined) return m;
    const c = p.charCodeAt(0);
    return c >= 48 && c <= 57 ? m.slice(0, Number(p)) : p;
  });
}

/**
 * Words of the corpus as small integers, so that the inner loop of the build is one scan and one
 * Map lookup per word: raw word → folded word id → stem id.
 */
class Vocabulaire {
  /** Raw word as written → folded word id, or -1 for a stop word or a word too short. */
  private readonly parBrut = new Map<string, number>();
  private readonly parPlie = new Map<string, number>();
  private readonly parRacine = new Map<string, number>();
  readonly plies: string[] = [];
  /** Stem id of each folded word. */
  readonly racineDuPlie: number[] = [];
  readonly racines: string[] = [];

  id(brut: string): number {
    let id = this.parBrut.get(brut);
    if (id === undefined) {
      const plie = plierMot(brut);
      if (!motGarde(plie)) id = -1;
      else {
        id = this.parPlie.get(plie);
        if (id === undefined) {
          id = this.plies.length;
          this.parPlie.set(plie, id);
          this.plies.push(plie);
          const r = racine(plie);
          let idRacine = this.parRacine.get(r);
          if (idRacine === undefined) {
            idRacine = this.racines.length;
            this.parRacine.set(r, idRacine);
            this.racines.push(r);
          }
          this.racineDuPlie.push(idRacine);
        }
      }
      // A word of 13 characters or more is a slice of its whole field's text: as a key it would
      // keep that text alive for the whole build, so the key is a copy (V8 flattens the concatenation).
      this.parBrut.set(brut.length < 13 ? brut : (' ' + brut).slice(1), id);
    }
    return id;
  }
}

/** A copy of `t` at least twice as long and long enough for index `k`. */
function agrandir(t: Int32Array, k: number): Int32Array {
  const plus = new Int32Array(Math.max(t.length * 2, k + 1));
  plus.set(t);
  return plus;
}

const VIDE = new Int32Array(0);

/** The values of a journal as one array. */
function lire(j: JournalEntiers): Int32Array {
  const t = new Int32Array(j.longueur);
  j.blocs.forEach((b, k) => t.set(k === j.blocs.length - 1 ? b.subarray(0, j.longueur - k * JournalEntiers.BLOC) : b, k * JournalEntiers.BLOC));
  return t;
}

/**
 * Counting sort of the journal: per field, every stem's fiches side by side (`fiches`, from
 * `debut[stem]`, `nombres[stem]` of them), in document order, stems in their first-met order.
 */
function repartir(journal: JournalEntiers, fins: JournalEntiers, numeros: JournalEntiers, nombres: Int32Array[], ordres: Int32Array[]) {
  const champs = CHAMPS_RECHERCHE.length;
  const parChamp = nombres.map((compte, c) => {
    const debut = new Int32Array(compte.length);
    let total = 0;
    for (const r of ordres[c]) {
      debut[r] = total;
      total += compte[r];
    }
    return { fiches: new Int32Array(total), debut, place: debut.slice() };
  });
  let e = 0;
  let d = 0;
  for (let b = 0; b < fins.blocs.length; b++) {
    const finsBloc = fins.blocs[b];
    const numerosBloc = numeros.blocs[b];
    const n = Math.min(JournalEntiers.BLOC, fins.longueur - b * JournalEntiers.BLOC);
    for (let k = 0; k < n; k++, d++) {
      const fin = finsBloc[k];
      const i = numerosBloc[k];
      for (; e < fin; e++) {
        const bloc = (e / JournalEntiers.BLOC) | 0;
        // A block read to its end goes: the journal and the placed entries are not both held whole.
        if (bloc > 0 && (e & (JournalEntiers.BLOC - 1)) === 0) journal.blocs[bloc - 1] = VIDE;
        const v = journal.blocs[bloc][e & (JournalEntiers.BLOC - 1)];
        const p = parChamp[v % champs];
        p.fiches[p.place[(v / champs) | 0]++] = i;
      }
    }
  }
  return parChamp;
}

/**
 * Builds the search index of the documents and serialises it. Documents should come in `i`
 * order (the build's order), so that each stem's fiches are sorted. Pure: no I/O, so that tests
 * and the bench build it in memory.
 */
export function indexerRecherche(documents: Iterable<DocumentRecherche>, options: OptionsIndexation = {}): FichiersRecherche {
  const t0 = Date.now();
  const voc = new Vocabulaire();
  /**
   * Every (field, stem) of every document, in document order, as stem × 4 + field; `fin` of
   * each document in it. A counting sort at the end gives each stem its fiches, in order.
   */
  const journal = new JournalEntiers();
  const finsDocuments = new JournalEntiers();
  const numerosDocuments = new JournalEntiers();
  /** Per field, per stem id, the number of fiches holding it (0: not met yet). */
  let nombres: Int32Array[] = CHAMPS_RECHERCHE.map(() => new Int32Array(1024));
  /** Per field, the stem ids in the order first met (the order of flexsearch's map). */
  const ordre: JournalEntiers[] = CHAMPS_RECHERCHE.map(() => new JournalEntiers());
  let df: Int32Array = new Int32Array(1024);
  // Last document / field that counted a word or a stem: nothing to clear between documents.
  let vuPlie: Int32Array = new Int32Array(1024);
  let vuRacine: Int32Array = new Int32Array(1024);
  const flex = options.viaFlexsearch ? CHAMPS_RECHERCHE.map(() => creerIndexChamp()) : null;
  const racinesDoc: number[] = [];
  let n = 0;
  let entrees = 0;
  let numeroDoc = 0;
  let marque = 0;
  let texte = '';
  const compter = (debut: number, fin: number) => {
    const id = voc.id(texte.slice(debut, fin));
    if (id < 0) return;
    if (id >= vuPlie.length) [vuPlie, df] = [agrandir(vuPlie, id), agrandir(df, id)];
    if (vuPlie[id] !== numeroDoc) {
      vuPlie[id] = numeroDoc;
      df[id]++;
    }
    const r = voc.racineDuPlie[id];
    if (r >= vuRacine.length) vuRacine = agrandir(vuRacine, r);
    if (vuRacine[r] !== marque) {
      vuRacine[r] = marque;
      racinesDoc.push(r);
    }
  };
  for (const doc of documents) {
    n = Math.max(n, doc.i + 1);
    numeroDoc++;
    for (let c = 0; c < CHAMPS_RECHERCHE.length; c++) {
      marque = numeroDoc * CHAMPS_RECHERCHE.length + c;
      texte = doc[CHAMPS_RECHERCHE[c]];
      racinesDoc.length = 0;
      pourChaqueMot(texte, compter);
      if (racinesDoc.length === 0) continue;
      entrees += racinesDoc.length;
      if (flex) {
        flex[c].add(doc.i, racinesDoc.map((r) => voc.racines[r]).join(' '));
        continue;
      }
      let compte = nombres[c];
      for (const r of racinesDoc) {
        if (r >= compte.length) {
          nombres = nombres.map((t) => agrandir(t, r));
          compte = nombres[c];
        }
        if (compte[r]++ === 0) ordre[c].ajouter(r);
        journal.ajouter(r * CHAMPS_RECHERCHE.length + c);
      }
    }
    finsDocuments.ajouter(journal.longueur);
    numerosDocuments.ajouter(doc.i);
  }
  const t1 = Date.now();
  const ordres = ordre.map(lire);
  const postings = flex ? [] : repartir(journal, finsDocuments, numerosDocuments, nombres, ordres);
  journal.blocs.length = 0; // placed: 4 bytes an entry that the export does without

  const fichiers = new Map<string, string>();
  const garder = options.surFichier ?? ((cle: string, data: string) => void fichiers.set(cle, data));
  const cles: string[] = [];
  CHAMPS_RECHERCHE.forEach((champ, c) => {
    const ecrire = (cle: string, data: string) => {
      // The register (every id of the field) only serves updates and removals: not exported.
      if (cle.endsWith('reg')) return;
      garder(`${champ}.${cle}`, data);
      cles.push(`${champ}.${cle}`);
    };
    if (flex) flex[c].export(ecrire);
    else exporterCarte(ordres[c], voc.racines, postings[c].fiches, postings[c].debut, nombres[c], ecrire, options.entreesParFichier ?? ENTREES_PAR_FICHIER);
  });
  const ids = voc.plies.map((_, id) => id).sort((a, b) => (voc.plies[a] < voc.plies[b] ? -1 : 1));
  const mots = ids.map((id) => voc.plies[id]);
  const dictionnaire: Dictionnaire = {
    mots: mots.join('\n'),
    df: ids.map((id) => df[id]),
    racines: encoderRacines(
      mots,
      ids.map((id) => voc.racines[voc.racineDuPlie[id]]),
    ),
  };
  garder(CLE_DICTIONNAIRE, JSON.stringify(dictionnaire));
  cles.push(CLE_DICTIONNAIRE);
  const manifeste: ManifesteRecherche = { version: VERSION_RECHERCHE, documents: n, champs: CHAMPS_RECHERCHE, cles };
  if (options.mesures) {
    options.mesures.analyseMs = t1 - t0;
    options.mesures.exportMs = Date.now() - t1;
    options.mesures.entrees = entrees;
  }
  return { manifeste, fichiers };
}

/** Key of the manifest for `chargerRecherche`'s reader: the file `recherche/index.json`. */
export const CLE_MANIFESTE = 'index';

/** A reader over files built in memory, for `chargerRecherche` in tests and benchmarks. */
export function lecteurEnMemoire({ manifeste, fichiers }: FichiersRecherche): (cle: string) => Promise<string> {
  return async (cle) => {
    if (cle === CLE_MANIFESTE) return JSON.stringify(manifeste);
    const data = fichiers.get(cle);
    if (data === undefined) throw new Error(`Fichier de recherche absent : ${cle}`);
    return data;
  };
}
