import { describe, expect, it } from 'vitest';
import { parseTypeLieu } from '../../../src/core/champs/type-lieu.ts';

describe('parseTypeLieu', () => {
  it.each([
    ['reads "Ville / village" as a ville', 'Ville / village', 'ville'],
    ['reads "village" alone as a ville', 'Village', 'ville'],
    ['reads "Autre" as autre', 'Autre', 'autre'],
    ['ignores case and spaces', '  VILLE / VILLAGE ', 'ville'],
  ])('%s', (_, brut, attendu) => {
    expect(parseTypeLieu(brut)).toEqual({ statut: 'ok', valeur: attendu });
  });

  it('reads an empty cell as empty', () => {
    expect(parseTypeLieu('')).toEqual({ statut: 'vide' });
  });

  it('refuses an unknown type', () => {
    expect(parseTypeLieu('Association').statut).toBe('illisible');
  });
});
