/**
 * The French analyser (src/core/recherche-analyse.ts): one table per quirk of written French,
 * each row two spellings that must give the same index words, then the query analysis and the
 * one-typo tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELISIONS,
  MOTS_VIDES,
  analyserRequete,
  motsPlaces,
  motsRecherche,
  plierMot,
  prefixeAUneFaute,
  uneFauteAuPlus,
} from '../../src/core/recherche-analyse.ts';

const memes = (a: string, b: string) => expect(motsRecherche(a)).toEqual(motsRecherche(b));

describe('folding a word', () => {
  it.each<[string, string]>([
    ['École', 'ecole'],
    ['ÉCOLE', 'ecole'],
    ['Saint-Étienne'.split('-')[1], 'etienne'],
    ['Œuvre', 'oeuvre'],
    ['cœur', 'coeur'],
    ['Lætitia', 'laetitia'],
    ['Straße', 'strasse'],
    ['ﬁbre', 'fibre'],
    ['e\u0301cole', 'ecole'],
    ['Çà', 'ca'],
    ['İstanbul', 'istanbul'],
    ['numéro²', 'numero2'],
  ])('folds %s to %s', (mot, attendu) => {
    expect(plierMot(mot)).toBe(attendu);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => plierMot(plierMot(s)) === plierMot(s)));
  });
});

describe('the words of a text', () => {
  it.each<[string, string, string]>([
    ['accents', 'Médiathèque numérique', 'mediatheque numerique'],
    ['case', 'BUDGET Participatif', 'budget participatif'],
    ['ligature œ', 'Mise en œuvre', 'mise en oeuvre'],
    ['ligature æ', 'curriculum vitæ', 'curriculum vitae'],
    ['typographic apostrophe ’', 'l’école', 'ecole'],
    ['straight apostrophe', "l'école", 'ecole'],
    ['modifier-letter apostrophe ʼ (a letter for Unicode)', 'lʼécole', 'ecole'],
    ['reversed apostrophe ‘ and backtick', 'l‘école l`école', 'ecole'],
    ['hyphens', 'Saint-Étienne', 'saint etienne'],
    ['non-breaking hyphen and dashes', 'Saint‑Étienne – Saint—Étienne', 'saint etienne'],
    ['inclusive writing with a middle dot', 'les citoyen·ne·s', 'citoyens'],
    ['inclusive writing with points', 'les habitant.e.s', 'habitants'],
    ['plural', 'les budgets', 'le budget'],
    ['feminine plural', 'démarches participatives', 'démarche participatif'],
    ['decomposed accents (NFD)', 'e\u0301cole nume\u0301rique', 'école numérique'],
  ])('reads %s: "%s" = "%s"', (_quirk, a, b) => {
    memes(a, b);
  });

  it.each(ELISIONS.map((e) => [e]))('drops the elided "%s’"', (e) => {
    memes(`${e}’accès`, 'accès');
  });

  it.each<[string, string]>([
    ["jusqu'au bout", 'bout'],
    ['lorsqu’il pleut', 'pleut'],
    ['puisqu’elle vient', 'vient'],
    ['qu’un conseil', 'conseil'],
    ['d’Ille-et-Vilaine', 'ille vilaine'],
    ['s’inscrire', 'inscrire'],
    ['c’était', 'etait'],
    ['n’a pas', ''],
    ['j’ai', ''],
    ['m’informer', 'informer'],
    ['t’écrire', 'ecrire'],
  ])('elides "%s" to "%s"', (texte, attendu) => {
    memes(texte, attendu);
  });

  it('keeps "est", a stop word of the Snowball list, for Grand Est and Est Ensemble', () => {
    expect(MOTS_VIDES.has('est')).toBe(false);
    expect(motsRecherche('Région Grand Est')).toContain('est');
  });

  it('keeps "été", the summer of an université d’été', () => {
    expect(motsRecherche('université d’été')).toEqual(['universit', 'ete']);
  });

  it('drops articles, prepositions and pronouns', () => {
    expect(motsRecherche('le la les de des du un une et ou à au aux pour par sur dans avec il elle nous vous ils')).toEqual([]);
  });

  it('drops words of one letter, keeps numbers of two digits or more', () => {
    memes('e-administration, 3 classes en 2018, 10 postes', 'administration classes 2018 10 postes');
  });

  it('keeps years whole (flexsearch splits digits into triplets by default)', () => {
    expect(motsRecherche('2018')).toEqual(['2018']);
  });

  it('gives each stem once, in order of appearance', () => {
    expect(motsRecherche('Budgets, budget et BUDGET participatif')).toEqual(['budget', 'participatif']);
  });

  it('is idempotent on its own output', () => {
    const t = 'Les écoles numériques de Saint-Étienne : l’œuvre des animateurs, 2018.';
    expect(motsRecherche(motsRecherche(t).join(' '))).toEqual(motsRecherche(t));
  });

  it('places each word in the original text', () => {
    const t = 'l’Œuvre à Saint-Étienne';
    expect(motsPlaces(t).map((m) => [t.slice(m.debut, m.fin), m.plie])).toEqual([
      ['l', 'l'],
      ['Œuvre', 'oeuvre'],
      ['à', 'a'],
      ['Saint', 'saint'],
      ['Étienne', 'etienne'],
    ]);
  });

  it('keeps a letter outside the Basic Multilingual Plane inside its word', () => {
    const t = 'math 𝒜lgèbre';
    expect(motsPlaces(t).map((m) => t.slice(m.debut, m.fin))).toEqual(['math', '𝒜lgèbre']);
  });
});

describe('the words of a query', () => {
  it('marks the last word as a prefix while it is typed', () => {
    expect(analyserRequete('budget parti').map((t) => [t.plie, t.prefixe])).toEqual([
      ['budget', false],
      ['parti', true],
    ]);
  });

  it('sees the last word as finished after a space or an apostrophe', () => {
    expect(analyserRequete('budget ').map((t) => t.prefixe)).toEqual([false]);
    expect(analyserRequete('l’').map((t) => t.plie)).toEqual([]);
  });

  it('drops a last word of one letter', () => {
    expect(analyserRequete('budget p').map((t) => t.plie)).toEqual(['budget']);
  });

  it('keeps a stop word typed last as an optional prefix ("par" on the way to "participatif")', () => {
    expect(analyserRequete('budget par').map((t) => [t.plie, t.racine, t.optionnel])).toEqual([
      ['budget', 'budget', false],
      ['par', '', true],
    ]);
    expect(analyserRequete('budget par ').map((t) => t.plie)).toEqual(['budget']);
  });

  it('tolerates a typo from five letters on', () => {
    expect(analyserRequete('mare budjet ').map((t) => t.tolerant)).toEqual([false, true]);
  });

  it('counts a word once, whatever its form', () => {
    expect(analyserRequete('budgets budget BUDGET ').map((t) => t.plie)).toEqual(['budgets']);
  });

  it('has no word for an empty query or stop words alone', () => {
    expect(analyserRequete('')).toEqual([]);
    expect(analyserRequete('  ')).toEqual([]);
    expect(analyserRequete('de la ')).toEqual([]);
  });
});

describe('one typo', () => {
  it.each<[string, string, boolean]>([
    ['budget', 'budget', true],
    ['budjet', 'budget', true],
    ['budegt', 'budget', true],
    ['budgt', 'budget', true],
    ['budgett', 'budget', true],
    ['participatf', 'participatif', true],
    ['xbudget', 'budget', true],
    ['budgetx', 'budget', true],
    ['bugdte', 'budget', false],
    ['budjets', 'budget', false],
    ['bud', 'budget', false],
    ['', 'a', true],
  ])('%s → %s: %s', (a, b, attendu) => {
    expect(uneFauteAuPlus(a, b)).toBe(attendu);
    expect(uneFauteAuPlus(b, a)).toBe(attendu);
  });

  it.each<[string, string, boolean]>([
    ['budget', 'budg', true],
    ['budget', 'budj', true],
    ['budget', 'bduge', true],
    ['budget', 'budgx', true],
    ['budget', 'buxdg', true],
    ['budget', 'bdg', true],
    ['participatif', 'particpa', true],
    ['budget', 'bxxg', false],
    ['bud', 'budget', false],
  ])('some beginning of %s is one typo away from %s: %s', (mot, prefixe, attendu) => {
    expect(prefixeAUneFaute(mot, prefixe)).toBe(attendu);
  });

  it('agrees with a plain edit distance', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      return d[a.length][b.length];
    };
    const mot = fc.stringMatching(/^[abc]{0,6}$/);
    fc.assert(fc.property(mot, mot, (a, b) => uneFauteAuPlus(a, b) === osa(a, b) <= 1), { numRuns: 3000 });
  });
});
