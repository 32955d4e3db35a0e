import { describe, expect, it } from 'vitest';
import { correspond, filtrerTerritoire } from '../../src/ui/filtres/recherche-territoire.ts';
import { arbreTerritoire } from '../../src/ui/filtres/arbres.ts';
import type { Noeud } from '../../src/ui/filtres/arbre-selection.ts';

const regions = [
  { code: '76', nom: 'Occitanie' },
  { code: '84', nom: 'Auvergne-Rhône-Alpes' },
  { code: '52', nom: 'Pays de la Loire' },
  { code: '94', nom: 'Corse' },
  { code: '04', nom: 'La Réunion' },
];
const departements = [
  { code: '34', nom: 'Hérault', region: '76', population: 1 },
  { code: '42', nom: 'Loire', region: '84', population: 1 },
  { code: '43', nom: 'Haute-Loire', region: '84', population: 1 },
  { code: '44', nom: 'Loire-Atlantique', region: '52', population: 1 },
  { code: '2A', nom: 'Corse-du-Sud', region: '94', population: 1 },
  { code: '2B', nom: 'Haute-Corse', region: '94', population: 1 },
  { code: '975', nom: 'Saint-Pierre-et-Miquelon', region: '975', population: 1 },
];
const arbre = arbreTerritoire({ regions, departements });
const noms = new Map<string, string>([...regions.map((r) => [`regions:${r.code}`, r.nom] as const), ...departements.map((d) => [`departements:${d.code}`, d.nom] as const)]);
const nom = (n: Noeud) => noms.get(`${n.cle}:${n.code}`) ?? '';
const codes = (s: Set<Noeud>) => [...s].map((n) => n.code).sort();

describe('filter-as-you-type of regions and départements', () => {
  it('folds accents and case, and matches the start of any word of a name', () => {
    expect(correspond('herault', 'Hérault', '34')).toBe(true);
    expect(correspond('HÉR', 'Hérault', '34')).toBe(true);
    expect(correspond('loire', 'Haute-Loire', '43')).toBe(true);
    expect(correspond('ault', 'Hérault', '34')).toBe(false);
  });

  it('matches a département by the start of its code', () => {
    expect(correspond('2', 'Corse-du-Sud', '2A')).toBe(true);
    expect(correspond('2a', 'Corse-du-Sud', '2A')).toBe(true);
    expect(correspond('34', 'Hérault', '34')).toBe(true);
    expect(correspond('4', 'Hérault', '34')).toBe(false);
  });

  it('shows a matching département under its region, opened', () => {
    const r = filtrerTerritoire(arbre.racines, nom, 'hérault');
    expect(r && codes(r.visibles)).toEqual(['34', '76']);
    expect(r && codes(r.ouverts)).toEqual(['76']);
  });

  it('shows every département of a region whose name matches', () => {
    const r = filtrerTerritoire(arbre.racines, nom, 'pays');
    expect(r && codes(r.visibles)).toEqual(['44', '52']);
    expect(r && codes(r.ouverts)).toEqual([]);
  });

  it('orders regions by name, overseas ones last, and keeps a département without a known region as a root', () => {
    expect(arbre.racines.map((n) => n.code)).toEqual(['84', '94', '76', '52', '04', '975']);
    const r = filtrerTerritoire(arbre.racines, nom, 'miquelon');
    expect(r && codes(r.visibles)).toEqual(['975']);
  });

  it('filters nothing for an empty query', () => {
    expect(filtrerTerritoire(arbre.racines, nom, '  ')).toBeNull();
  });
});
