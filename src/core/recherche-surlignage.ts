/**
 * Highlighting: which characters of an original (accented, capitalised, elided) text a search
 * matched. Words are found and folded one by one (recherche-analyse.ts), so a folded match maps
 * back to the exact characters of the original: "l’École" → "l’" + [École].
 */
import {
  analyserRequete,
  motGarde,
  motsPlaces,
  plierMot,
  prefixeAUneFaute,
  uneFauteAuPlus,
  type MotPlace,
  type TermeRequete,
} from './recherche-analyse.ts';
import { racine } from './recherche-racine.ts';

export interface Segment {
  texte: string;
  match: boolean;
}

type Test = (plie: string) => boolean;

/** Texts whose words are kept folded: the list's rows are highlighted again at each keystroke. */
export const TEXTES_GARDES = 4096;
const motsParTexte = new Map<string, readonly MotPlace[]>();

/** motsPlaces of a text, kept for the next keystroke (the cache starts over past TEXTES_GARDES texts). */
export function motsDuTexte(texte: string): readonly MotPlace[] {
  let mots = motsParTexte.get(texte);
  if (mots === undefined) {
    if (motsParTexte.size >= TEXTES_GARDES) motsParTexte.clear();
    mots = motsPlaces(texte);
    motsParTexte.set(texte, mots);
  }
  return mots;
}

/**
 * Matching of the words of a text against a query as typed, with the rules of the search: same
 * stem, or a prefix of the last word, or, for a word of 5+ letters that matches nothing in this
 * text otherwise, one typo.
 */
function testRequete(requete: string, mots: readonly MotPlace[]): Test {
  const termes = analyserRequete(requete);
  const exact = (t: TermeRequete, plie: string) => (t.racine !== '' && racine(plie) === t.racine) || (t.prefixe && plie.startsWith(t.plie));
  const gardes = mots.filter((m) => motGarde(m.plie));
  const tolerants = termes.filter((t) => t.tolerant && !gardes.some((m) => exact(t, m.plie)));
  return (plie) => {
    if (!motGarde(plie)) return false;
    for (const t of termes) if (exact(t, plie)) return true;
    for (const t of tolerants) if (t.prefixe ? prefixeAUneFaute(plie, t.plie) : uneFauteAuPlus(plie, t.plie)) return true;
    return false;
  };
}

/**
 * The text cut into segments that did or did not match, in order: their `texte` put end to end is
 * `texte`. `requete` is either the `termes` that `chercher` returned (folded words of the corpus,
 * matched exactly once folded: what the search matched, typos included), or the query as typed,
 * matched with the search's rules (same stem, prefix for the last word, one typo from 5 letters
 * for a word that matches nothing else in this text).
 */
export function surligner(texte: string, requete: string | readonly string[]): Segment[] {
  const mots = motsDuTexte(texte);
  let test: Test;
  if (typeof requete === 'string') test = testRequete(requete, mots);
  else {
    const termes = new Set(requete.map(plierMot));
    test = (plie) => termes.has(plie);
  }
  const segments: Segment[] = [];
  let fait = 0;
  const ajouter = (fin: number, match: boolean) => {
    if (fin <= fait) return;
    const dernier = segments[segments.length - 1];
    if (dernier && dernier.match === match) dernier.texte += texte.slice(fait, fin);
    else segments.push({ texte: texte.slice(fait, fin), match });
    fait = fin;
  };
  for (const mot of mots) {
    if (!test(mot.plie)) continue;
    ajouter(mot.debut, false);
    ajouter(mot.fin, true);
  }
  ajouter(texte.length, false);
  return segments;
}
