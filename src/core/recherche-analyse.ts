/**
 * The French analyser of the full-text search, shared by the build (documents) and the worker
 * (queries): text → words with their place in the original string → folded words → stems.
 *
 *   word      a run of letters, combining marks and digits; everything else separates words, so
 *             apostrophes (’ ' ʼ), hyphens (Saint-Étienne), points (citoyen·ne·s) split
 *   folded    lower case, no accents, ligatures spelt out (œ → oe, æ → ae, ß → ss, ﬁ → fi)
 *   kept      at least 2 characters and not a stop word; elided articles and pronouns
 *             (l’, d’, qu’, j’, n’, s’, c’, m’, t’, jusqu’, lorsqu’, puisqu’, quoiqu’) are stop words
 *   stem      recherche-racine.ts (Savoy's light stemmer, idempotent)
 *
 * Every step is a pure function of one word, so a word is analysed the same way wherever it
 * appears, and `surligner` can map a match back to the original characters.
 */
import { racine } from './recherche-racine.ts';

/** A character of a word: a letter, a combining mark (a decomposed "é" is e + U+0301) or a digit. */
const CARACTERE_DE_MOT = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Modifier letters that stand for an apostrophe (ʼ U+02BC, ʻ U+02BB, ʹ U+02B9, ʽ U+02BD, ˈ U+02C8):
 * Unicode files them as letters, but "lʼécole" is two words.
 */
const APOSTROPHES_LETTRES = new Set([0x2b9, 0x2bb, 0x2bc, 0x2bd, 0x2c8]);

/** 1 for a character of a word, per block of 256 UTF-16 units, filled when first met. */
const blocs: (Uint8Array | undefined)[] = [];
function bloc(b: number): Uint8Array {
  const t = new Uint8Array(256);
  for (let k = 0; k < 256; k++) {
    const c = b * 256 + k;
    // Surrogates: decided per pair in largeurCaractere.
    t[k] = c >= 0xd800 && c <= 0xdfff ? 2 : APOSTROPHES_LETTRES.has(c) ? 0 : CARACTERE_DE_MOT.test(String.fromCharCode(c)) ? 1 : 0;
  }
  blocs[b] = t;
  return t;
}
bloc(0);

/** Width (1 or 2 UTF-16 units) of the word character at `k`, or 0 if it separates words. */
function largeurCaractere(texte: string, k: number): number {
  const c = texte.charCodeAt(k);
  const t = (blocs[c >> 8] ?? bloc(c >> 8))[c & 255];
  if (t !== 2) return t;
  const point = texte.codePointAt(k) as number;
  return point > 0xffff && CARACTERE_DE_MOT.test(String.fromCodePoint(point)) ? 2 : 0;
}

/**
 * Calls `f(debut, fin)` for each word of `texte`: a maximal run of letters, combining marks and
 * digits (Unicode \p{L}, \p{M}, \p{N}); everything else separates words. A hand-written scanner
 * rather than a regular expression: the build runs it over 13 million characters.
 */
export function pourChaqueMot(texte: string, f: (debut: number, fin: number) => void): void {
  const n = texte.length;
  let k = 0;
  while (k < n) {
    let l = largeurCaractere(texte, k);
    if (l === 0) {
      k++;
      continue;
    }
    const debut = k;
    do k += l;
    while (k < n && (l = largeurCaractere(texte, k)) !== 0);
    f(debut, k);
  }
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const A_LIGATURE = /[œæß]/g;
const MARQUES = /\p{M}/gu;
const HORS_MOT = /[^\p{L}\p{N}]/gu;
const DEJA_PLIE = /^[a-z0-9]*$/;

/**
 * One word, folded: lower case first (so that "İ" loses its dot with the accents), then
 * compatibility decomposition (NFKD: "ﬁ" → "fi", "²" → "2") without marks, then ligatures.
 * Idempotent.
 */
export function plierMot(mot: string): string {
  if (DEJA_PLIE.test(mot)) return mot;
  let s = mot.toLowerCase();
  if (DEJA_PLIE.test(s)) return s;
  // Ligatures after NFKD ("ǽ" is "æ" + accent), lower case again ("𝔸" only becomes "A" there).
  s = s.normalize('NFKD').replace(MARQUES, '').toLowerCase().replace(A_LIGATURE, (c) => LIGATURES[c]);
  return DEJA_PLIE.test(s) ? s : s.replace(HORS_MOT, '');
}

/**
 * Elided forms: what is left of a word before an apostrophe (l’école, qu’il, jusqu’au).
 * They are dropped like stop words, with or without their apostrophe.
 */
export const ELISIONS: readonly string[] = ['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

/**
 * The Snowball French stop words (snowball.tartarus.org/algorithms/french/stop.txt), folded, as
 * flexsearch's French pack ships them (`flexsearch/lang/fr`, `filter`). Copied rather than
 * imported: that module imports flexsearch's type.js, which pulls the whole library (50 kB) into
 * any page that highlights. test/core/recherche-flexsearch-fr.test.ts checks the copy.
 */
export const MOTS_VIDES_SNOWBALL: readonly string[] = (
  'au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui ' +
  'sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t a y ete etee etees etes etant suis es est sommes sont serai seras ' +
  'sera serons serez seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit soyons soyez ' +
  'soient fusse fusses fussions fussiez fussent ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions ' +
  'auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent ceci ' +
  'cela cet cette ici ils les leurs quel quels quelle quelles sans soi'
).split(' ');

/**
 * Snowball stop words that are also names or nouns in this corpus, so kept: `est` (Grand Est,
 * Est Ensemble), `sommes` (sums of money), `ete` / `etes` / `etee` / `etees` (summer: université d’été).
 */
export const SAUF_MOTS_VIDES_FR: readonly string[] = ['est', 'sommes', 'ete', 'etes', 'etee', 'etees'];

/** Words the Snowball list lacks and this corpus is full of. */
export const MOTS_VIDES_EN_PLUS: readonly string[] = ['lors', 'ainsi', 'afin', 'dont', 'entre', 'vers', 'chez', 'donc', 'ni'];

function motsVides(): Set<string> {
  const vides = new Set<string>(MOTS_VIDES_SNOWBALL);
  for (const m of SAUF_MOTS_VIDES_FR) vides.delete(m);
  for (const m of ELISIONS) vides.add(m);
  for (const m of MOTS_VIDES_EN_PLUS) vides.add(m);
  return vides;
}

/** Folded stop words: dropped from documents and from queries. */
export const MOTS_VIDES: ReadonlySet<string> = motsVides();

/** Words shorter than this are not indexed ("e-administration" → "administration"). */
export const LONGUEUR_MIN = 2;

/** A folded word is kept in the index: long enough and not a stop word. */
export function motGarde(plie: string): boolean {
  return plie.length >= LONGUEUR_MIN && !MOTS_VIDES.has(plie);
}

/** One word of a text: where it is in the original string, and its folded form. */
export interface MotPlace {
  /** First UTF-16 unit of the word in the original text. */
  debut: number;
  /** One past its last unit. */
  fin: number;
  plie: string;
}

/** Every word of a text, kept or not, with its place in the original string. */
export function motsPlaces(texte: string): MotPlace[] {
  const mots: MotPlace[] = [];
  pourChaqueMot(texte, (debut, fin) => {
    const plie = plierMot(texte.slice(debut, fin));
    if (plie !== '') mots.push({ debut, fin, plie });
  });
  return mots;
}

/** What the analyser makes of one raw word: its folded form, and its stem or null if dropped. */
export interface MotAnalyse {
  plie: string;
  racine: string | null;
}

/**
 * An analyser with a cache per raw word: the build meets the same few ten thousand words
 * millions of times, and the worker meets the same query words keystroke after keystroke.
 */
export class Analyseur {
  private readonly cache = new Map<string, MotAnalyse>();

  /** Folded form and stem (null for a stop word or a word too short) of one raw word. */
  mot(brut: string): MotAnalyse {
    let a = this.cache.get(brut);
    if (a === undefined) {
      const plie = plierMot(brut);
      a = { plie, racine: motGarde(plie) ? racine(plie) : null };
      if (this.cache.size > 500_000) this.cache.clear();
      this.cache.set(brut, a);
    }
    return a;
  }

  /** Calls `f` for each kept word of `texte`, in order, duplicates included. */
  parcourir(texte: string, f: (mot: MotAnalyse) => void): void {
    pourChaqueMot(texte, (debut, fin) => {
      const a = this.mot(texte.slice(debut, fin));
      if (a.racine !== null) f(a);
    });
  }
}

const analyseurPartage = new Analyseur();

/**
 * The stems of a text, each once, in order of first appearance, without stop words.
 * Idempotent on its own output: `motsRecherche(motsRecherche(t).join(' '))` gives the same list.
 */
export function motsRecherche(texte: string): string[] {
  const vus = new Set<string>();
  analyseurPartage.parcourir(texte, (a) => vus.add(a.racine as string));
  return [...vus];
}

/** One word of a query. */
export interface TermeRequete {
  /** Folded word as typed. */
  plie: string;
  /** Its stem, or '' for a stop word typed last (it only matches as a prefix). */
  racine: string;
  /** The last word, still being typed: it also matches as a prefix. */
  prefixe: boolean;
  /** Long enough to tolerate one typing error. */
  tolerant: boolean;
  /**
   * A stop word typed last ("budget par", on the way to "participatif"): it narrows the results
   * as a prefix, and is ignored when no word of the corpus starts with it ("jusqu").
   */
  optionnel: boolean;
}

/** Typo tolerance starts at this many letters: "budjet" finds "budget", "mare" does not find "mars". */
export const LONGUEUR_TOLERANCE = 5;

/** At most this many words of a query are used. */
export const TERMES_MAX = 12;

/**
 * The words of a query, each once, stop words removed. The last word is a prefix unless the query
 * ends with a separator (a space, an apostrophe…): "budget parti" → budget, parti*. A last word of
 * one letter is dropped ("budget p" searches "budget"); a last word that is a stop word is kept as
 * an optional prefix ("budget par" → budget, par* if any word starts with "par").
 */
export function analyserRequete(requete: string, analyseur: Analyseur = analyseurPartage): TermeRequete[] {
  const places: [number, number][] = [];
  pourChaqueMot(requete, (debut, fin) => places.push([debut, fin]));
  const finOuverte = places.length > 0 && places[places.length - 1][1] === requete.length;
  const termes: TermeRequete[] = [];
  const vus = new Set<string>();
  places.forEach(([debut, fin], k) => {
    const a = analyseur.mot(requete.slice(debut, fin));
    const prefixe = finOuverte && k === places.length - 1;
    if (a.racine === null) {
      if (prefixe && a.plie.length >= LONGUEUR_MIN) termes.push({ plie: a.plie, racine: '', prefixe, tolerant: false, optionnel: true });
      return;
    }
    // "budgets budget" is one word; the first one, being complete, is the stricter.
    if (vus.has(a.racine)) return;
    vus.add(a.racine);
    termes.push({ plie: a.plie, racine: a.racine, prefixe, tolerant: a.plie.length >= LONGUEUR_TOLERANCE, optionnel: false });
  });
  if (termes.length > TERMES_MAX) return [...termes.slice(0, TERMES_MAX - 1), termes[termes.length - 1]];
  return termes;
}

/** Whether `long` is `court` with one letter inserted somewhere (`long` one letter longer). */
function uneInsertion(long: string, court: string): boolean {
  let i = 0;
  while (i < court.length && long.charCodeAt(i) === court.charCodeAt(i)) i++;
  for (let j = i; j < court.length; j++) if (long.charCodeAt(j + 1) !== court.charCodeAt(j)) return false;
  return true;
}

/**
 * Whether two folded words are at most one edit apart: one letter inserted, deleted, replaced,
 * or two neighbouring letters swapped (optimal string alignment distance ≤ 1). Linear time, no
 * allocation: the worker runs it over a bucket of the dictionary at each typo.
 */
export function uneFauteAuPlus(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb + 1) return uneInsertion(a, b);
  if (lb === la + 1) return uneInsertion(b, a);
  if (la !== lb) return false;
  let i = 0;
  while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= la - 1) return true; // equal, or only the last letter differs
  let j = i + 1;
  while (j < la && a.charCodeAt(j) === b.charCodeAt(j)) j++;
  if (j === la) return true; // one letter replaced
  if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return false;
  for (j = i + 2; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
  return true; // two neighbours swapped
}

/** Whether `mot[de..]` and `prefixe[dep..]` agree up to the end of `prefixe`, `mot` long enough. */
function suiteEgale(mot: string, de: number, prefixe: string, dep: number): boolean {
  if (mot.length - de < prefixe.length - dep) return false;
  for (let k = 0; dep + k < prefixe.length; k++) if (mot.charCodeAt(de + k) !== prefixe.charCodeAt(dep + k)) return false;
  return true;
}

/**
 * Whether some beginning of `mot` is at most one edit away from `prefixe`: the last word of a
 * query, still being typed, with a typo in it ("budje" → budget, "particpa" → participatif).
 */
export function prefixeAUneFaute(mot: string, prefixe: string): boolean {
  const l = prefixe.length;
  let i = 0;
  while (i < l && i < mot.length && mot.charCodeAt(i) === prefixe.charCodeAt(i)) i++;
  if (i === l) return true; // a plain prefix
  return (
    suiteEgale(mot, i + 1, prefixe, i + 1) || // one letter replaced
    suiteEgale(mot, i, prefixe, i + 1) || // one letter too many in the prefix
    suiteEgale(mot, i + 1, prefixe, i) || // one letter missing from the prefix
    (i + 1 < l && mot.charCodeAt(i) === prefixe.charCodeAt(i + 1) && mot.charCodeAt(i + 1) === prefixe.charCodeAt(i) && suiteEgale(mot, i + 2, prefixe, i + 2))
  );
}
