import type { Categorie } from '../modele.ts';
import { foldTexte } from '../texte.ts';
import { type Lecture, VIDE, illisible, ok } from './lecture.ts';

const CATEGORIES: Record<string, Categorie> = {
  village: 'village', villages: 'village',
  ville: 'ville', villes: 'ville',
  territoire: 'territoire', territoires: 'territoire', intercommunalite: 'territoire', epci: 'territoire',
};

/** Reads the Catégorie of a label: `village`, `ville` or `territoire` (an intercommunality). */
export function parseCategorie(brut: string): Lecture<Categorie> {
  const cle = foldTexte(brut);
  if (cle === '') return VIDE;
  const categorie = CATEGORIES[cle];
  return categorie ? ok(categorie) : illisible('village, ville ou territoire est attendu');
}
