/**
 * `surligner` (src/core/recherche-surlignage.ts): folded matches mapped back to the characters of
 * the original text, accents, capitals, ligatures and elisions included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { motsDuTexte, surligner, TEXTES_GARDES, type Segment } from '../../src/core/recherche-surlignage.ts';
import { motsPlaces } from '../../src/core/recherche-analyse.ts';

/** The matched parts only, for short assertions. */
const marques = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.texte);

describe('highlighting a text for a query', () => {
  it.each<[string, string, string, string[]]>([
    ['accents', 'Une école numérique', 'ecole', ['école']],
    ['capitals', 'ÉCOLE et École', 'école', ['ÉCOLE', 'École']],
    ['the elided article left out', 'À l’École du village', 'ecole', ['École']],
    ['a ligature', 'La mise en Œuvre du projet', 'oeuvre', ['Œuvre']],
    ['a ligature in the query', 'mise en oeuvre', 'œuvre ', ['oeuvre']],
    ['a hyphenated name', 'à Saint-Étienne, place de la gare', 'saint etienne', ['Saint', 'Étienne']],
    ['plurals and feminines', 'Des budgets participatifs et une démarche participative', 'budget participatif ', ['budgets', 'participatifs', 'participative']],
    ['the last word as a prefix', 'Un budget participatif', 'budget parti', ['budget', 'participatif']],
    ['a typo', 'Le budget de la ville', 'budjet ', ['budget']],
    ['decomposed accents', 'une e\u0301cole', 'école', ['e\u0301cole']],
    ['inclusive writing', 'les citoyen·ne·s', 'citoyen', ['citoyen']],
  ])('marks the original characters through %s', (_quirk, texte, requete, attendu) => {
    expect(marques(surligner(texte, requete))).toEqual(attendu);
  });

  it('cuts the text into segments that put end to end give it back', () => {
    expect(surligner('À l’École du village', 'ecole')).toEqual([
      { texte: 'À l’', match: false },
      { texte: 'École', match: true },
      { texte: ' du village', match: false },
    ]);
  });

  it('never marks a stop word, even one the last word starts', () => {
    expect(marques(surligner('la ville et le village', 'la'))).toEqual([]);
    expect(marques(surligner('le label de la ville', 'la'))).toEqual(['label']);
  });

  it('looks for typos only when the word matches nothing as written', () => {
    expect(marques(surligner('Marie, adjointe au maire', 'maire '))).toEqual(['maire']);
    expect(marques(surligner('Marie, adjointe', 'maire '))).toEqual(['Marie']);
  });

  it('tolerates one typo in the word being typed', () => {
    expect(marques(surligner('Un budget participatif', 'budget particpa'))).toEqual(['budget', 'participatif']);
  });

  it('gives the whole text unmarked when nothing matches', () => {
    expect(surligner('Un tiers-lieu', 'wifi')).toEqual([{ texte: 'Un tiers-lieu', match: false }]);
  });

  it('gives no segment for an empty text', () => {
    expect(surligner('', 'wifi')).toEqual([]);
  });

  it('marks the words `chercher` returned, once folded', () => {
    expect(marques(surligner('Les Budgets de l’École', ['budgets', 'ecole']))).toEqual(['Budgets', 'École']);
  });

  it('always gives the text back, whatever the text and the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 12 }), (texte, requete) => {
        const segments = surligner(texte, requete);
        return segments.map((s) => s.texte).join('') === texte && segments.every((s, k) => s.texte !== '' && (k === 0 || s.match !== segments[k - 1].match));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('motsDuTexte', () => {
  it('gives the words of a text as motsPlaces does, the same array for the same text, and starts over when full', () => {
    const texte = 'L’école numérique de Saint-Étienne';
    expect(motsDuTexte(texte)).toEqual(motsPlaces(texte));
    expect(motsDuTexte(texte)).toBe(motsDuTexte(texte));
    for (let k = 0; k < TEXTES_GARDES; k++) motsDuTexte(`texte ${k}`);
    const apres = motsDuTexte(texte);
    expect(apres).toEqual(motsPlaces(texte));
    expect(motsDuTexte(texte)).toBe(apres);
  });
});
