/**
 * The empty result's offers (src/ui/liste/ResultatVide.tsx): one button per filter whose removal
 * alone brings results back, the most fruitful first, from the worker's `totalSans` counts.
 */
import { describe, expect, it } from 'vitest';
import type { ComptesFacettes } from '../../src/core/facettes.ts';
import type { Facette, Filtres } from '../../src/core/filtres.ts';
import type { Libelles } from '../../src/ui/libelles.ts';
import { issues, sansFacette } from '../../src/ui/liste/ResultatVide.tsx';

const LIBELLES: Libelles = {
  axes: new Map([['1', { libelle: 'Démocratie', rang: 0 }]]),
  enjeux: new Map(),
  usages: new Map(),
  services: new Map(),
  departements: new Map(),
  regions: new Map([['76', 'Occitanie']]),
  strates: new Map(),
};

const sans = (t: Partial<Record<Facette, number>>): ComptesFacettes =>
  ({ total: 0, totalSansVue: 0, totalSans: { thematique: 0, territoire: 0, annees: 0, types: 0, strates: 0, arobases: 0, texte: 0, vue: 0, ...t } }) as ComptesFacettes;

describe('the empty result', () => {
  const f: Filtres = { texte: 'budget participatif', regions: ['76'], axes: ['1'], annees: [2000, 2000] };

  it('offers each filter whose removal alone brings results back, the most fruitful first', () => {
    const r = issues(f, sans({ texte: 118, territoire: 3, annees: 198 }), LIBELLES, true);
    expect(r.map((x) => [x.facette, x.total])).toEqual([
      ['annees', 198],
      ['texte', 118],
      ['territoire', 3],
    ]);
    expect(r.map((x) => x.libelle)).toEqual(['Retirer les années (En 2000)', 'Retirer la recherche « budget participatif »', 'Retirer le territoire (Occitanie)']);
  });

  it('offers nothing for a filter that is not set, nor for a query that does not filter', () => {
    expect(issues({ regions: ['76'] }, sans({ texte: 50, types: 9 }), LIBELLES, false)).toEqual([]);
    expect(issues({ texte: 'l’', regions: ['76'] }, sans({ texte: 50 }), LIBELLES, false)).toEqual([]);
  });

  it('drops every list of a facet, and nothing else', () => {
    expect(sansFacette({ ...f, enjeux: ['1.2'], departements: ['34'] }, 'thematique')).toEqual({ texte: 'budget participatif', regions: ['76'], annees: [2000, 2000], departements: ['34'] });
    expect(sansFacette(f, 'territoire')).toEqual({ texte: 'budget participatif', axes: ['1'], annees: [2000, 2000] });
  });
});
