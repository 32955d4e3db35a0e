import { describe, expect, it } from 'vitest';
import { cleEpci, codeArrondissement, departementEntreParentheses, ressembleEpci, variantesNom } from '../../scripts/build/geolocate/noms.ts';

describe('variantesNom', () => {
  it.each([
    ['Saint-Étienne', ['saint etienne']],
    ['Mairie de Saint-Étienne', ['mairie de saint etienne', 'saint etienne']],
    ["Ville d'Angers", ['ville d angers', 'angers']],
    ['Commune du Havre', ['commune du havre', 'le havre', 'havre']],
    ['Rochelle (La)', ['la rochelle']],
    ['Havre, Le', ['le havre']],
    ["Isle-Adam (L')", ['l isle adam']],
    ['LYON CEDEX 03', ['lyon']],
    ['Valence (26)', ['valence']],
    ['St-Jean-de-Luz', ['saint jean de luz']],
    ['', []],
  ])('folds %j into %j', (brut, attendu) => {
    expect(variantesNom(brut)).toEqual(attendu);
  });
});

describe('codeArrondissement', () => {
  it.each([
    ['paris 12e', '75112'],
    ['paris 12eme arrondissement', '75112'],
    ['paris 1er', '75101'],
    ['lyon 3', '69383'],
    ['marseille 01', '13201'],
    ['marseille 16e arrondissement', '13216'],
    ['paris 21e', undefined],
    ['lyon 10', undefined],
    ['paris', undefined],
  ])('reads %j as %s', (nom, code) => {
    expect(codeArrondissement(nom)).toBe(code);
  });
});

describe('EPCI names', () => {
  it('gives "Communauté de communes" and "CC" the same key', () => {
    expect(cleEpci('Communauté de communes Faucigny-Glières')).toBe(cleEpci('CC Faucigny - Glières'));
  });

  it.each([
    ['Communauté de communes du Pays de Vitré', true],
    ['CC Faucigny - Glières', true],
    ['Grenoble-Alpes-Métropole', true],
    ['Mairie de Grenoble', false],
  ])('tells whether %j looks like an EPCI', (nom, oui) => {
    expect(ressembleEpci(nom)).toBe(oui);
  });
});

describe('departementEntreParentheses', () => {
  it.each([
    ['Valence (26)', '26'],
    ['Ajaccio (2a)', '2A'],
    ['Saint-Denis (974)', '974'],
    ['Valence', undefined],
  ])('reads the department of %j', (brut, dep) => {
    expect(departementEntreParentheses(brut)).toBe(dep);
  });
});
