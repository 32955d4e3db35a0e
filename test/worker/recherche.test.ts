/**
 * The worker's search engine (src/worker/recherche.ts) on ten hand-written fiches
 * (fixture-recherche.ts), built and loaded in memory: what it finds, in which order, and which
 * words it reports for highlighting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MoteurRecherche } from '../../src/worker/recherche.ts';
import { moteurDe } from './fixture-recherche.ts';

let moteur: MoteurRecherche;
beforeAll(async () => {
  moteur = await moteurDe();
});
const trouve = (q: string) => moteur.chercher(q).indices;

describe('the search engine', () => {
  it.each<[string, string, number[]]>([
    ['a word in any field', 'wifi', [6, 7, 5, 4, 3]],
    ['every word of the query (AND)', 'wifi gratuit', [6, 7, 3]],
    ['words spread over fields', 'decidim hannocourt', [0]],
    ['a plural for a singular', 'budgets ', [0, 1]],
    ['a feminine for a masculine', 'participative ', [0, 1, 4]],
    ['unaccented for accented', 'ecole numerique', []],
    ['unaccented for accented, in the title', 'ecoles connectees', [1]],
    ['a ligature spelt out', 'oeuvre ', [2]],
    ['a ligature in the query', 'cœur ', [2]],
    ['an elided word', 'l’association', [3]],
    ['a hyphenated town, hyphen or not', 'saint etienne', [1]],
    ['a hyphenated town as typed', 'Saint-Étienne', [1]],
    ['a place name', 'espace wifi', [5, 3]],
    ['a prestataire', 'open source politics', [0]],
    ['inclusive writing', 'citoyennes ', [2, 4]],
    ['-aux plurals', 'chevaux', [9]],
    ['-eur / -rice / -ation', 'animatrice ', [9]],
    ['the region "Grand Est", "est" not being a stop word', 'grand est', [4]],
  ])('finds %s', (_cas, requete, attendu) => {
    expect(trouve(requete)).toEqual(attendu);
  });

  it('matches the last word as a prefix while it is typed', () => {
    expect(trouve('budget parti')).toEqual([0, 1]);
    expect(trouve('tiers-li')).toEqual([5]);
    expect(trouve('anim')).toEqual([9]);
  });

  it('does not match a finished word as a prefix', () => {
    expect(trouve('tiers-li ')).toEqual([]);
  });

  it('tolerates one typo in a word of five letters or more', () => {
    expect(trouve('budjet ')).toEqual([0, 1]);
    expect(trouve('participatf')).toEqual([0, 1, 4]);
    expect(trouve('budget partcipatif')).toEqual([0, 1]);
  });

  it('tolerates one typo in the word being typed', () => {
    expect(trouve('budje')).toEqual([0, 1]);
    expect(trouve('particpa')).toEqual([0, 1, 4]);
  });

  it('tolerates no typo under five letters', () => {
    expect(trouve('wiif ')).toEqual([]);
  });

  it('looks for typos only when the word matches nothing as written', () => {
    // "lyon" exists: "lyonn" would be one typo away but is not looked for.
    expect(trouve('lyon ')).toEqual([2]);
    expect(moteur.chercher('lyon ').termes).toEqual(['lyon']);
  });

  it('finds nothing when one word matches nothing', () => {
    expect(moteur.chercher('wifi xyzzy')).toEqual({ indices: [], scores: [], termes: [], vide: false });
  });

  it('ranks a title match before a place, outils and text match', () => {
    // 6 and 7: "wifi" in the title; 5: a place; 4: outils; 3: text.
    expect(trouve('wifi ')).toEqual([6, 7, 5, 4, 3]);
  });

  it('ranks more words in the title first', () => {
    // 6 has "wifi" and "gratuit" in its title, 7 only "wifi" (and "gratuit" in its text).
    expect(trouve('gratuit wifi')).toEqual([6, 7, 3]);
  });

  it('ranks an exact word before a completion', () => {
    // "budget" exact in both; 4's "participative" is exact for "participatif", 0 and 1 too.
    expect(trouve('participatif')).toEqual([0, 1, 4]);
  });

  it('keeps at most `limite` fiches, the best', () => {
    expect(moteur.chercher('wifi', 2).indices).toEqual([6, 7]);
  });

  it('reports the words of the corpus it matched, for highlighting', () => {
    expect(moteur.chercher('budget parti').termes).toEqual(expect.arrayContaining(['budget', 'budgets', 'participatif', 'participatifs', 'participative']));
    expect(moteur.chercher('budjet ').termes).toEqual(['budget', 'budgets']);
  });

  it('says when a query has nothing to search for, so that the caller does not filter', () => {
    for (const q of ['', '   ', 'b', 'les ', 'l’', 'jusqu']) expect(moteur.chercher(q)).toEqual({ indices: [], scores: [], termes: [], vide: true });
  });

  it('narrows with a stop word typed last, as the prefix of a longer word', () => {
    // "par" → parcs (6), participatif (0, 1, 4), participe (2): budget AND par* → 0, 1.
    expect(trouve('budget par')).toEqual([0, 1]);
    expect(trouve('budget par ')).toEqual([0, 1]);
  });

  it('gives the same answer to the same query twice', () => {
    const a = moteur.chercher('wifi gratuit');
    moteur.chercher('budget');
    expect(moteur.chercher('wifi gratuit')).toEqual(a);
  });
});
