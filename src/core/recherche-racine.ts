/**
 * A light French stemmer: plurals, feminines and a few derivational suffixes, nothing more.
 *
 * The rules are Jacques Savoy's "UniNE" light stemmer, in the order and with the length
 * thresholds of Lucene's `org.apache.lucene.analysis.fr.FrenchLightStemmer` (Apache-2.0), from
 *   J. Savoy, "Light Stemming Approaches for the French, Portuguese, German and Hungarian
 *   Languages", Proceedings of ACM SAC 2006; code at http://members.unine.ch/jacques.savoy/clef/
 * Rewritten here for words that are already folded (lower case, no accents, œ → oe): the
 * accented suffixes `ième`, `ère`, `ète` become `ieme`, `ere`, `ete`.
 *
 * Two changes from the original, both so that documents and queries always agree:
 * - `racine` applies the rules until the word stops changing, so it is idempotent
 *   (`adresses` → `adres` → `adre` in one call; the original stops at `adres`);
 * - words holding a digit (`2018`, `5g`) are left alone.
 *
 * It is deliberately light: `budgets` → `budget`, `participatifs` / `participative` →
 * `participatif`, `chevaux` → `cheval`, `animateurs` / `animation` → `anim`. It also joins a few
 * words a reader would keep apart (`maire` / `mairie` → `mair`); that is the price of recall.
 */

const CHIFFRE = /[0-9]/;

/** Savoy's `norm` step: doubled letters, `-ie`, and a trailing `r`, `e`, `ee` or doubled letter. */
function norm(s: string): string {
  if (s.length > 4) {
    let sansDoubles = s[0];
    for (let k = 1; k < s.length; k++) if (s[k] !== s[k - 1]) sansDoubles += s[k];
    s = sansDoubles;
  }
  if (s.length > 4 && s.endsWith('ie')) s = s.slice(0, -2);
  if (s.length > 4) {
    if (s.endsWith('r')) s = s.slice(0, -1);
    if (s.endsWith('e')) s = s.slice(0, -1);
    if (s.endsWith('e')) s = s.slice(0, -1);
    if (s.length > 1 && s[s.length - 1] === s[s.length - 2]) s = s.slice(0, -1);
  }
  return s;
}

/** `s` without its last `n` letters, followed by `ajout`. */
const couper = (s: string, n: number, ajout = '') => s.slice(0, s.length - n) + ajout;

/** One pass of Savoy's light stemmer on a folded word. */
export function racineUnePasse(mot: string): string {
  let s = mot;
  if (s.length > 5 && s.endsWith('x')) {
    // chevaux → cheval, but not eaux / jeux
    s = s.endsWith('aux') && s[s.length - 4] !== 'e' ? couper(s, 2, 'l') : couper(s, 1);
  }
  if (s.length > 3 && s.endsWith('x')) s = couper(s, 1);
  if (s.length > 3 && s.endsWith('s')) s = couper(s, 1);

  const n = s.length;
  if (n > 9 && s.endsWith('issement')) return norm(couper(s, 7, 'r')); // établissement → établir
  if (n > 8 && s.endsWith('issant')) return norm(couper(s, 5, 'r'));
  if (n > 6 && s.endsWith('ement')) {
    s = couper(s, 4); // gouvernement → gouverne
    if (s.length > 3 && s.endsWith('ive')) s = couper(s, 2, 'f'); // activement → actif
    return norm(s);
  }
  if (n > 11 && s.endsWith('ficatrice')) return norm(couper(s, 7, 'er'));
  if (n > 10 && s.endsWith('ficateur')) return norm(couper(s, 6, 'er'));
  if (n > 9 && s.endsWith('catrice')) return norm(couper(s, 7, 'quer'));
  if (n > 8 && s.endsWith('cateur')) return norm(couper(s, 6, 'quer'));
  if (n > 8 && s.endsWith('atrice')) return norm(couper(s, 6, 'er'));
  if (n > 7 && s.endsWith('ateur')) return norm(couper(s, 5, 'er')); // animateur → animer
  if (n > 6 && s.endsWith('trice')) s = couper(s, 5, 'teur'); // actrice → acteur, then on
  if (s.length > 5 && s.endsWith('ieme')) return norm(couper(s, 4));
  if (s.length > 7 && s.endsWith('teuse')) return norm(couper(s, 3, 'r'));
  if (s.length > 6 && s.endsWith('teur')) return norm(couper(s, 2, 'r'));
  if (s.length > 5 && s.endsWith('euse')) return norm(couper(s, 2));
  if (s.length > 8 && s.endsWith('ere')) return norm(couper(s, 3, 'er'));
  if (s.length > 7 && s.endsWith('ive')) return norm(couper(s, 2, 'f')); // participative → participatif
  if (s.length > 4 && (s.endsWith('folle') || s.endsWith('molle'))) return norm(couper(s, 3, 'u'));
  if (s.length > 9 && s.endsWith('nnelle')) return norm(couper(s, 5));
  if (s.length > 9 && s.endsWith('nnel')) return norm(couper(s, 3));
  if (s.length > 4 && s.endsWith('ete')) s = couper(s, 3, 'et');
  if (s.length > 8 && s.endsWith('ique')) s = couper(s, 4); // numérique → numer, then on
  if (s.length > 8 && s.endsWith('esse')) return norm(couper(s, 3));
  if (s.length > 7 && s.endsWith('inage')) return norm(couper(s, 3));
  if (s.length > 9 && s.endsWith('isation')) {
    s = couper(s, 7);
    if (s.length > 5 && s.endsWith('ual')) s = couper(s, 2, 'el');
    return norm(s);
  }
  if (s.length > 9 && s.endsWith('isateur')) return norm(couper(s, 7));
  if (s.length > 8 && s.endsWith('ation')) return norm(couper(s, 5));
  if (s.length > 8 && s.endsWith('ition')) return norm(couper(s, 5));
  return norm(s);
}

/**
 * The stem of a folded word: Savoy's light stemmer applied until the word stops changing.
 * Idempotent, `racine(racine(m)) === racine(m)`, which the index relies on: the build stems the
 * documents and the worker stems the queries with this same function.
 */
export function racine(mot: string): string {
  if (CHIFFRE.test(mot)) return mot;
  // A pass that changes the word makes it shorter (test/core/recherche-racine.test.ts), so this ends.
  let avant = mot;
  for (;;) {
    const apres = racineUnePasse(avant);
    if (apres === avant) return apres;
    avant = apres;
  }
}
