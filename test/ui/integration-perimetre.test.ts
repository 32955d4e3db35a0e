import { describe, expect, it } from 'vitest';
import type { Collectivite } from '../../src/core/atlas-data.ts';
import { descriptionPerimetre } from '../../src/ui/integration/perimetre.ts';

const l = {
  regions: new Map([['93', 'Provence-Alpes-Côte d’Azur']]),
  departements: new Map([
    ['13', 'Bouches-du-Rhône'],
    ['84', 'Vaucluse'],
  ]),
};
const colls = [{ code: '13055', nom: 'Marseille' }] as Collectivite[];

describe('descriptionPerimetre', () => {
  it('names a department with its code', () => {
    expect(descriptionPerimetre({ departements: ['13'] }, l, colls)).toBe('Bouches-du-Rhône (13)');
  });

  it('names a collectivité from collectivites.json, or by its code until it is loaded or when unknown', () => {
    expect(descriptionPerimetre({ collectivites: ['13055'] }, l, colls)).toBe('Marseille');
    expect(descriptionPerimetre({ collectivites: ['13055'] }, l, null)).toBe('Collectivité 13055');
  });

  it('joins several territories, regions first', () => {
    expect(descriptionPerimetre({ departements: ['13', '84'], regions: ['93'] }, l, colls)).toBe('Provence-Alpes-Côte d’Azur, Bouches-du-Rhône (13) et Vaucluse (84)');
  });

  it('is null when the filter names no territory', () => {
    expect(descriptionPerimetre({ axes: ['1'] }, l, colls)).toBeNull();
  });
});
