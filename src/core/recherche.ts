import { Document, type DocumentOptions } from 'flexsearch';
import { foldTexte } from './texte.ts';

/**
 * The full-text index shared by the build (which fills and exports it) and the worker
 * (which imports it). Both sides must build it with exactly these options, or the
 * imported index would not match the queries' encoding.
 */
export interface DocumentRecherche extends Record<string, string | number> {
  i: number;
  titre: string;
  commune: string;
  texte: string;
  outils: string;
}

/** Fields in ranking order: a title match comes before a commune match, before a text match. */
export const CHAMPS_RECHERCHE = ['titre', 'commune', 'outils', 'texte'] as const;

const MOTS_VIDES = new Set(
  'a au aux avec ce ces d dans de des du en et il ils l la le les leur leurs ma mais me mes n ne nos notre ou par pas pour qu que qui s sa se ses son sur ta te tes ton un une vos votre y'.split(' '),
);

/** Folded words, each once, without stop words. Idempotent: the build and the queries share it. */
export function motsRecherche(texte: string): string[] {
  const mots = new Set(foldTexte(texte).split(' '));
  const garde: string[] = [];
  for (const mot of mots) if (mot !== '' && !MOTS_VIDES.has(mot)) garde.push(mot);
  return garde;
}

export function creerIndexRecherche() {
  const options = {
    document: {
      id: 'i',
      index: [
        { field: 'titre', tokenize: 'forward', encode: motsRecherche },
        { field: 'commune', tokenize: 'forward', encode: motsRecherche },
        { field: 'outils', tokenize: 'forward', encode: motsRecherche },
        { field: 'texte', tokenize: 'strict', encode: motsRecherche },
      ],
    },
  } as unknown as DocumentOptions;
  return new Document(options);
}
