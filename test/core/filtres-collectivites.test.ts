/**
 * The collectivité filter (`collectivites=<insee or siren>`), over the engine's tiny atlas
 * (test/worker/fixture-moteur.ts): collectivité 0 Paris (fiches 0, 1, 2), 1 Versailles (3),
 * 2 Lyon (4), 3 an unplaced structure (5), 4 Marseille (6). Versailles belongs to an EPCI.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creerMoteurFacettes } from '../../src/core/facettes.ts';
import { filtresActifs, masqueFiltres, predicatsParFacette, resoudreCollectivites, tablesFiltres, type CodesCollectivites } from '../../src/core/filtres.ts';
import { decodePointsIndex } from '../../src/core/points-index.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import { bufferTest, META } from '../worker/fixture-moteur.ts';

const EPCI_VERSAILLES = '200058519';
const CODES: CodesCollectivites = {
  codes: ['75056', '78646', '69123', 'lieu:9', '13055'],
  epci: [null, EPCI_VERSAILLES, '200046977', null, '200054807'],
};

const indices = (m: Uint8Array) => [...m].flatMap((v, i) => (v ? [i] : []));

describe('resoudreCollectivites', () => {
  it('selects a commune by its INSEE code', () => {
    expect([...resoudreCollectivites(['69123'], CODES)]).toEqual([2]);
  });

  it('selects the member communes of an EPCI by its SIREN', () => {
    expect([...resoudreCollectivites([EPCI_VERSAILLES], CODES)]).toEqual([1]);
  });

  it('takes several codes as OR and ignores unknown ones', () => {
    expect([...resoudreCollectivites(['75056', '13055', '99999'], CODES)].sort()).toEqual([0, 4]);
  });
});

describe('collectivité filter', () => {
  const index = decodePointsIndex(bufferTest());
  const tables = tablesFiltres(META);

  it('counts as an active filter', () => {
    expect(filtresActifs({ collectivites: ['75056'] })).toBe(true);
    expect(filtresActifs({ collectivites: [] })).toBe(false);
  });

  it('keeps the fiches of the resolved collectivités', () => {
    const f = { collectivites: ['75056'] };
    expect(indices(masqueFiltres(index, f, tables, { collectivites: resoudreCollectivites(f.collectivites, CODES) }))).toEqual([0, 1, 2]);
  });

  it('matches nothing while unresolved, rather than everything', () => {
    expect(indices(masqueFiltres(index, { collectivites: ['75056'] }, tables))).toEqual([]);
  });

  it('is ANDed with the other list filters', () => {
    const sel = { collectivites: resoudreCollectivites(['75056', '69123'], CODES) };
    expect(indices(masqueFiltres(index, { collectivites: ['75056', '69123'], departements: ['69'] }, tables, sel))).toEqual([4]);
  });

  it('is part of the territoire facet: OR with regions and departments, in the naive predicates and in the facet engine', () => {
    const f = { collectivites: ['75056'], departements: ['69'] };
    const sel = { collectivites: resoudreCollectivites(f.collectivites, CODES) };
    const p = predicatsParFacette(f, tables, sel).territoire;
    expect(p).toBeDefined();
    const naif = [...Array(index.n).keys()].filter((i) => p?.(index, i));
    expect(naif).toEqual([0, 1, 2, 4]);
    const r = creerMoteurFacettes(index, META).filtrer(f, sel);
    expect([...r.indices]).toEqual(naif);
    // Counts of the territoire facet ignore its own selection; those of another facet honour it.
    expect(r.comptes.departements['78']).toBe(1);
    expect(r.comptes.axes['2']).toBe(1); // fiche 1 (Paris) is the only one of axe 2 among 0, 1, 2, 4
  });
});

describe('collectivités in the facet engine', () => {
  const index = decodePointsIndex(bufferTest());
  const tables = tablesFiltres(META);
  const moteur = creerMoteurFacettes(index, META);
  const tousLesCodes = [...CODES.codes, EPCI_VERSAILLES, '200054807', '99999'];

  it('matches what the naive predicates give, for any mix of collectivités, departments and axes', () => {
    fc.assert(
      fc.property(
        fc.subarray(tousLesCodes),
        fc.subarray(['75', '78', '69', '13']),
        fc.subarray(['1', '2']),
        (collectivites, departements, axes) => {
          const f = { collectivites, departements, axes };
          const sel = { collectivites: resoudreCollectivites(collectivites, CODES) };
          const p = Object.values(predicatsParFacette(f, tables, sel));
          const naif = [...Array(index.n).keys()].filter((i) => p.every((q) => q?.(index, i)));
          expect([...moteur.filtrer(f, sel).indices]).toEqual(naif);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Moteur and the collectivités codes', () => {
  it('re-applies a collectivité filter once it learns the codes', () => {
    const m = new Moteur(bufferTest(), META, { collectivites: ['75056'] });
    expect(m.compte().total).toBe(0);
    const c = m.definirCollectivites(CODES);
    expect(c.total).toBe(3);
    expect(c.places).toBe(3);
    expect([0, 1, 2].every((i) => m.estVisible(i))).toBe(true);
  });

  it('resolves later filters by itself, EPCI included', () => {
    const m = new Moteur(bufferTest(), META);
    m.definirCollectivites(CODES);
    expect(m.filtrer({ collectivites: [EPCI_VERSAILLES] }).total).toBe(1);
    expect(m.estVisible(3)).toBe(true);
  });

  it('does not refilter when the filter names no collectivité', () => {
    const m = new Moteur(bufferTest(), META, { departements: ['75'] });
    const avant = m.generation;
    expect(m.definirCollectivites(CODES)).toEqual({ total: 3, places: 3, generation: avant });
  });
});
