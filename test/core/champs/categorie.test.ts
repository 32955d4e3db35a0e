import { describe, expect, it } from 'vitest';
import { parseCategorie } from '../../../src/core/champs/categorie.ts';

describe('parseCategorie', () => {
  it.each([
    ['reads village', 'village', 'village'],
    ['reads Ville with a capital', 'Ville', 'ville'],
    ['reads territoire', 'territoire', 'territoire'],
    ['reads Intercommunalité as a territoire', 'Intercommunalité', 'territoire'],
  ])('%s', (_, brut, attendu) => {
    expect(parseCategorie(brut)).toEqual({ statut: 'ok', valeur: attendu });
  });

  it('reads an empty cell as empty', () => {
    expect(parseCategorie('')).toEqual({ statut: 'vide' });
  });

  it('refuses an unknown category', () => {
    expect(parseCategorie('métropole').statut).toBe('illisible');
  });
});
