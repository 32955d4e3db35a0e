/**
 * The light French stemmer (src/core/recherche-racine.ts): the forms a reader expects to meet,
 * and the idempotence that the index relies on (documents and queries are stemmed apart).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plierMot } from '../../src/core/recherche-analyse.ts';
import { racine, racineUnePasse } from '../../src/core/recherche-racine.ts';

const stem = (mot: string) => racine(plierMot(mot));

/** Folded words ending like French words do, so that every rule of the stemmer gets exercised. */
const SUFFIXES = ['', 's', 'x', 'aux', 'eaux', 'issement', 'issant', 'ement', 'ivement', 'ficatrice', 'ficateur', 'catrice', 'cateur', 'atrice', 'ateur', 'trice', 'ieme', 'teuse', 'teur', 'euse', 'ere', 'ive', 'folle', 'molle', 'nnelle', 'nnel', 'ete', 'ique', 'esse', 'inage', 'isation', 'ualisation', 'isateur', 'ation', 'ition', 'ie', 'ee', 'rr', 'ees'];
const motFrancais = fc
  .tuple(fc.stringMatching(/^[a-z]{0,10}$/), fc.constantFrom(...SUFFIXES), fc.constantFrom(...SUFFIXES))
  .map(([debut, a, b]) => debut + a + b)
  .filter((m) => m.length > 0);

describe('the light French stemmer', () => {
  it.each<[string, string[]]>([
    ['plural -s', ['budget', 'budgets']],
    ['plural -x', ['jeu', 'jeux']],
    ['plural -aux', ['cheval', 'chevaux']],
    ['masculine, feminine and their plurals of -if / -ive', ['participatif', 'participatifs', 'participative', 'participatives']],
    ['-al / -ale / -aux', ['national', 'nationale', 'nationaux']],
    ['-eur / -rice and -ation', ['animateur', 'animateurs', 'animatrice', 'animatrices', 'animation']],
    ['-teur / -trice', ['acteur', 'acteurs', 'actrice']],
    ['-cateur / -catrice', ['éducateur', 'éducatrice']],
    ['feminine doubling a consonant', ['citoyen', 'citoyenne', 'citoyens', 'citoyennes']],
    ['-ie and -ique', ['démocratie', 'démocratique']],
    ['-ement and its -ive adjective', ['actif', 'activement']],
    ['commune and communes (the French pack stems them apart)', ['commune', 'communes']],
    ['école and écoles (the French pack stems them apart)', ['école', 'écoles']],
    ['a verb and its noun', ['adresse', 'adresses', 'adresser']],
  ])('gives one stem to %s', (_nom, formes) => {
    expect(new Set(formes.map(stem)).size).toBe(1);
  });

  it.each<[string, string, string]>([
    ['budget', 'budgets', 'budget'],
    ['participatif', 'participatives', 'participatif'],
    ['cheval', 'chevaux', 'cheval'],
    ['numérique', 'numériques', 'num'],
  ])('stems %s and %s to "%s"', (a, b, attendu) => {
    expect(stem(a)).toBe(attendu);
    expect(stem(b)).toBe(attendu);
  });

  it.each<[string, string]>([
    ['budget', 'budgétaire'],
    ['participatif', 'participation'],
    ['agent', 'âge'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('leaves words holding a digit alone', () => {
    expect(racine('2018')).toBe('2018');
    expect(racine('wifi4eu')).toBe('wifi4eu');
    expect(racine('5g')).toBe('5g');
  });

  it('leaves short words alone', () => {
    for (const m of ['bus', 'gaz', 'mou', 'eau']) expect(racine(m)).toBe(m);
  });

  it('reaches in one call what one pass only reaches in two ("adresses")', () => {
    expect(racineUnePasse('adresses')).toBe('adres');
    expect(racineUnePasse('adres')).toBe('adre');
    expect(racine('adresses')).toBe('adre');
  });

  it('is idempotent on words of the corpus', () => {
    const mots = ['budgetaire', 'premiere', 'organisateur', 'adresses', 'etablissement', 'personnelles', 'heureuse', 'verificatrice', 'tennis', 'processus'];
    for (const m of mots) expect(racine(racine(m))).toBe(racine(m));
  });

  it('is idempotent on any folded word', () => {
    fc.assert(
      fc.property(fc.oneof(motFrancais, fc.stringMatching(/^[a-z]{1,16}$/)), (mot) => racine(racine(mot)) === racine(mot)),
      { numRuns: 10_000 },
    );
  });

  it('shortens a word whenever one pass changes it, so that racine ends', () => {
    fc.assert(
      fc.property(fc.oneof(motFrancais, fc.stringMatching(/^[a-z]{1,20}$/)), (mot) => {
        const apres = racineUnePasse(mot);
        return apres === mot || apres.length < mot.length;
      }),
      { numRuns: 10_000 },
    );
  });
});
