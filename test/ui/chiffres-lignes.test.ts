import { describe, expect, it } from 'vitest';
import { trierLignes, type LigneChiffres } from '../../src/ui/chiffres/lignes.ts';

const ligne = (i: number, titre: string, annee: number, commune = '', enjeux: string[] = []): LigneChiffres => ({
  i,
  id: String(i),
  titre,
  commune,
  codeDepartement: '',
  departement: '',
  codeRegion: '',
  region: '',
  annee,
  axes: [],
  enjeux,
  arobases: 0,
  strate: '',
  type: 'ville',
  precision: 'exact',
  collectivite: null,
  lng: null,
  lat: null,
});

const lignes = [ligne(0, 'Écoles numériques', 2018, 'Lyon', ['2.10']), ligne(1, 'accueil en ligne', 0, 'Albi', ['2.2']), ligne(2, 'Budget participatif', 2021, '', ['1.1']), ligne(3, 'école du futur', 2018, 'Été')];

describe('sorting the selection table', () => {
  it('sorts titles in French order, ignoring case and accents', () => {
    expect(trierLignes(lignes, 'titre', 'croissant').map((l) => l.i)).toEqual([1, 2, 3, 0]);
  });

  it('puts unknown years and empty communes last in both directions', () => {
    expect(trierLignes(lignes, 'annee', 'decroissant').map((l) => l.i)).toEqual([2, 0, 3, 1]);
    expect(trierLignes(lignes, 'annee', 'croissant').map((l) => l.i)).toEqual([0, 3, 2, 1]);
    expect(trierLignes(lignes, 'commune', 'decroissant').map((l) => l.i).at(-1)).toBe(2);
  });

  it('orders enjeu codes numerically (2.2 before 2.10)', () => {
    expect(trierLignes(lignes, 'enjeu', 'croissant').map((l) => l.i)).toEqual([2, 1, 0, 3]);
  });

  it('keeps the index order for ties and leaves its input alone', () => {
    const copie = [...lignes];
    expect(trierLignes(lignes, 'arobases', 'croissant').map((l) => l.i)).toEqual([0, 1, 2, 3]);
    expect(lignes).toEqual(copie);
  });
});
