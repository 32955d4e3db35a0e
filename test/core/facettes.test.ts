/**
 * The facet engine on 8 hand-made fiches, every expected number counted by hand.
 *
 *   taxonomy  axe 1 > enjeu 1.1 > usage 1.1.1 > S1, S2
 *                               > usage 1.1.2 > S3
 *                   > enjeu 1.2 > usage 1.2.1 > S4
 *             axe 2 > enjeu 2.1 > usage 2.1.1 > S5, S6
 *
 *   fiche  services  dept (region)  year  type        strate        @  place
 *   0      S1        75 (11)        2012  ville       plus-100000   5  Paris
 *   1      S1 S5     75 (11)        2014  ville       plus-100000   5  Paris
 *   2      S3        78 (11)        2010  ville       20000-50000   3  Versailles
 *   3      S4        69 (84)        2013  territoire  —             0  Lyon
 *   4      S5 S6     69 (84)        2013  village     500-2000      2  Lyon
 *   5      S2 S4     29 (53)        2011  village     moins-500     1  Brest
 *   6      —         29 (53)        —     autre       —             0  unplaced
 *   7      S6        —              2015  ville       3500-10000    4  unplaced
 */
import { describe, expect, it } from 'vitest';
import { PRECISIONS, TYPES_COLLECTIVITE } from '../../src/core/atlas-data.ts';
import { creerMoteurFacettes, type MetaFacettes } from '../../src/core/facettes.ts';
import { dansVue, type Filtres, type Vue } from '../../src/core/filtres.ts';
import { decodePointsIndex, encodePointsIndex, type PointLigne } from '../../src/core/points-index.ts';
import { STRATES } from '../../src/core/strates.ts';

const META: MetaFacettes = {
  taxonomie: {
    axes: [
      {
        code: '1',
        numero: 1,
        libelle: 'Démocratie',
        enjeux: [
          {
            code: '1.1',
            numero: 1,
            libelle: 'Services publics',
            usages: [
              { code: '1.1.1', numero: 1, libelle: 'Démarches', services: [{ id: 'S1', libelle: 'Formulaires' }, { id: 'S2', libelle: 'Paiement' }] },
              { code: '1.1.2', numero: 2, libelle: 'Information', services: [{ id: 'S3', libelle: 'Site web' }] },
            ],
          },
          { code: '1.2', numero: 2, libelle: 'Participation', usages: [{ code: '1.2.1', numero: 1, libelle: 'Consultation', services: [{ id: 'S4', libelle: 'Budget participatif' }] }] },
        ],
      },
      {
        code: '2',
        numero: 2,
        libelle: 'Vivre ensemble',
        enjeux: [{ code: '2.1', numero: 1, libelle: 'Lien social', usages: [{ code: '2.1.1', numero: 1, libelle: 'Médiation', services: [{ id: 'S5', libelle: 'EPN' }, { id: 'S6', libelle: 'Tiers-lieu' }] }] }],
      },
    ],
  },
  services: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'],
  regions: [
    { code: '11', nom: 'Île-de-France' },
    { code: '84', nom: 'Auvergne-Rhône-Alpes' },
    { code: '53', nom: 'Bretagne' },
  ],
  departements: [
    { code: '75', nom: 'Paris', region: '11', population: 2_100_000 },
    { code: '78', nom: 'Yvelines', region: '11', population: 1_400_000 },
    { code: '69', nom: 'Rhône', region: '84', population: 1_900_000 },
    { code: '29', nom: 'Finistère', region: '53', population: 900_000 },
  ],
  strates: [...STRATES],
  typesCollectivite: TYPES_COLLECTIVITE,
  precisions: PRECISIONS,
};

const PARIS = [2.35222, 48.85661] as const;
const VERSAILLES = [2.13012, 48.80489] as const;
const LYON = [4.83566, 45.76404] as const;
const BREST = [-4.48607, 48.39039] as const;
const type = (t: (typeof TYPES_COLLECTIVITE)[number]) => TYPES_COLLECTIVITE.indexOf(t);
const strate = (code: string) => STRATES.findIndex((s) => s.code === code);

const fiche = (
  services: number[],
  departement: number | null,
  region: number | null,
  annee: number | null,
  t: number,
  s: number | null,
  arobases: number,
  place: readonly [number, number] | null,
): PointLigne => ({
  lng: place?.[0] ?? null,
  lat: place?.[1] ?? null,
  collectivite: null,
  services,
  annee,
  arobases,
  type: t,
  strate: s,
  region,
  departement,
  precision: place ? 1 : 3,
});

const LIGNES: PointLigne[] = [
  fiche([0], 0, 0, 2012, type('ville'), strate('plus-100000'), 5, PARIS),
  fiche([0, 4], 0, 0, 2014, type('ville'), strate('plus-100000'), 5, PARIS),
  fiche([2], 1, 0, 2010, type('ville'), strate('20000-50000'), 3, VERSAILLES),
  fiche([3], 2, 1, 2013, type('territoire'), null, 0, LYON),
  fiche([4, 5], 2, 1, 2013, type('village'), strate('500-2000'), 2, LYON),
  fiche([1, 3], 3, 2, 2011, type('village'), strate('moins-500'), 1, BREST),
  fiche([], 3, 2, null, type('autre'), null, 0, null),
  fiche([5], null, null, 2015, type('ville'), strate('3500-10000'), 4, null),
];

const moteur = creerMoteurFacettes(decodePointsIndex(encodePointsIndex(LIGNES)), META);
const garde = (f: Filtres, texte?: ReadonlySet<number> | Uint8Array | Uint32Array) => [...moteur.filtrer(f, { texte }).indices];
const comptes = (f: Filtres) => moteur.filtrer(f).comptes;

describe('the facet engine: which fiches match', () => {
  it('keeps every fiche, in index order, with no filter', () => {
    expect(garde({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it.each<[string, Filtres, number[]]>([
    ['selecting an axe selects every enjeu under it', { axes: ['1'] }, [0, 1, 2, 3, 5]],
    ['selecting every enjeu of an axe is the same as selecting the axe', { enjeux: ['1.1', '1.2'] }, [0, 1, 2, 3, 5]],
    ['selecting an enjeu selects every usage and service under it', { enjeux: ['1.1'] }, [0, 1, 2, 5]],
    ['selecting a usage selects its services', { usages: ['1.1.2'] }, [2]],
    ['a fiche matches a service when any of its services is that one', { services: ['S6'] }, [4, 7]],
    ['nodes of different levels of the tree combine with OR', { axes: ['2'], services: ['S3'] }, [1, 2, 4, 7]],
    ['a node and a node under it select the node', { axes: ['1'], usages: ['1.2.1'] }, [0, 1, 2, 3, 5]],
    ['departments combine with OR', { departements: ['75', '29'] }, [0, 1, 5, 6]],
    ['selecting a region selects its departments', { regions: ['11'] }, [0, 1, 2]],
    ['regions and departments combine with OR', { regions: ['53'], departements: ['69'] }, [3, 4, 5, 6]],
    ['an unknown code selects nothing', { regions: ['99'] }, []],
    ['a closed year range keeps the years inside it', { annees: [2011, 2013] }, [0, 3, 4, 5]],
    ['an open year range leaves out fiches without a year', { annees: [null, 2011] }, [2, 5]],
    ['label level 0 means no label', { arobases: [0] }, [3, 6]],
    ['label levels combine with OR', { arobases: [4, 5] }, [0, 1, 7]],
    ['types combine with OR', { types: ['village', 'autre'] }, [4, 5, 6]],
    ['a strate keeps the collectivités of that size', { strates: ['plus-100000', 'moins-500'] }, [0, 1, 5]],
    ['the map view keeps the fiches placed inside it', { vue: [2.3, 48.8, 2.4, 48.9] }, [0, 1]],
    ['the map view never keeps unplaced fiches', { vue: [-180, -90, 180, 90] }, [0, 1, 2, 3, 4, 5]],
    ['a map view run past -180 wraps around', { vue: [-362, 45, -357, 49] }, [0, 1, 2]],
  ])('%s', (_nom, f, attendu) => {
    expect(garde(f)).toEqual(attendu);
  });

  it.each<[string, Filtres, number[]]>([
    ['an axe AND a region', { axes: ['1'], regions: ['11'] }, [0, 1, 2]],
    ['an axe AND a type', { axes: ['1'], types: ['village'] }, [5]],
    ['two axes (OR) AND a year range', { axes: ['1', '2'], annees: [2013, null] }, [1, 3, 4, 7]],
    ['two departments (OR) AND two label levels (OR)', { departements: ['75', '69'], arobases: [0, 5] }, [0, 1, 3]],
    ['an enjeu AND a strate AND the map view', { enjeux: ['1.1'], strates: ['plus-100000', '20000-50000'], vue: [2, 48, 3, 49] }, [0, 1, 2]],
  ])('AND across facets, OR within one: %s', (_nom, f, attendu) => {
    expect(garde(f)).toEqual(attendu);
  });

  it.each<[string, ReadonlySet<number> | Uint8Array | Uint32Array]>([
    ['a Set of indices', new Set([1, 4, 6])],
    ['a byte mask', Uint8Array.from([0, 1, 0, 0, 1, 0, 1, 0])],
    ['a bitset', Uint32Array.from([0b1010010])],
  ])('takes the text search result as %s', (_nom, texte) => {
    expect(garde({ texte: 'wifi' }, texte)).toEqual([1, 4, 6]);
    expect(garde({ texte: 'wifi', axes: ['2'] }, texte)).toEqual([1, 4]);
  });

  it('ignores the text search result when there is no query', () => {
    expect(garde({ texte: '  ' }, new Set([1]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('returns a copy of the indices, which can be transferred', () => {
    const a = moteur.filtrer({ axes: ['2'] }).indices;
    moteur.filtrer({});
    expect([...a]).toEqual([1, 4, 7]);
    expect(a.buffer.byteLength).toBe(3 * 4);
  });
});

describe('the facet engine: counts', () => {
  it('counts every value with no filter, a fiche once under each branch it reaches', () => {
    const c = comptes({});
    expect(c.total).toBe(8);
    expect(c.axes).toEqual({ '1': 5, '2': 3 });
    expect(c.enjeux).toEqual({ '1.1': 4, '1.2': 2, '2.1': 3 });
    expect(c.usages).toEqual({ '1.1.1': 3, '1.1.2': 1, '1.2.1': 2, '2.1.1': 3 });
    expect(c.services).toEqual({ S1: 2, S2: 1, S3: 1, S4: 2, S5: 2, S6: 2 });
    expect(c.regions).toEqual({ '11': 3, '84': 2, '53': 2 });
    expect(c.departements).toEqual({ '75': 2, '78': 1, '69': 2, '29': 2 });
    expect(c.annees).toEqual({ '2010': 1, '2011': 1, '2012': 1, '2013': 2, '2014': 1, '2015': 1 });
    expect(c.types).toEqual({ village: 2, ville: 4, territoire: 1, autre: 1 });
    expect(c.arobases).toEqual({ '0': 2, '1': 1, '2': 1, '3': 1, '4': 1, '5': 2 });
    expect(c.strates).toMatchObject({ 'moins-500': 1, '500-2000': 1, '2000-3500': 0, '3500-10000': 1, '20000-50000': 1, 'plus-100000': 2 });
  });

  it.each<[string, Filtres, keyof ReturnType<typeof comptes>, Record<string, number>]>([
    ['counts of a facet ignore its own selection', { axes: ['1'] }, 'axes', { '1': 5, '2': 3 }],
    ['counts of a facet ignore its own selection, at every level of the tree', { enjeux: ['2.1'] }, 'services', { S1: 2, S2: 1, S3: 1, S4: 2, S5: 2, S6: 2 }],
    ['counts of a facet honour every other facet', { axes: ['1'], regions: ['11'] }, 'axes', { '1': 3, '2': 1 }],
    ['counts of a facet honour every other facet, its own ignored', { axes: ['1'], regions: ['11'] }, 'regions', { '11': 3, '84': 1, '53': 1 }],
    ['departments count under the thematic filter', { services: ['S4'] }, 'departements', { '75': 0, '78': 0, '69': 1, '29': 1 }],
    ['the year histogram ignores the year range', { annees: [2013, 2013], types: ['ville'] }, 'annees', { '2010': 1, '2011': 0, '2012': 1, '2013': 0, '2014': 1, '2015': 1 }],
    ['types count under the year range', { annees: [2013, 2013], types: ['ville'] }, 'types', { village: 1, ville: 0, territoire: 1, autre: 0 }],
    ['label levels count inside the map view only', { vue: [2, 48, 3, 49], arobases: [5] }, 'arobases', { '0': 0, '1': 0, '2': 0, '3': 1, '4': 0, '5': 2 }],
    ['precisions count the matching fiches', { axes: ['2'] }, 'precisions', { exact: 0, commune: 2, approx: 0, none: 1 }],
  ])('%s', (_nom, f, facette, attendu) => {
    expect(comptes(f)[facette]).toEqual(attendu);
  });

  it('gives each value the total that selecting just that value would give', () => {
    const f: Filtres = { regions: ['11'], annees: [2011, null], arobases: [5] };
    const c = comptes(f);
    for (const [code, n] of Object.entries(c.departements)) {
      expect(moteur.filtrer({ ...f, regions: [], departements: [code] }).total, code).toBe(n);
    }
    for (const [annee, n] of Object.entries(c.annees)) {
      expect(moteur.filtrer({ ...f, annees: [Number(annee), Number(annee)] }).total, annee).toBe(n);
    }
  });

  it('adds at most a value’s count when that value joins a selection', () => {
    const f: Filtres = { axes: ['2'], departements: ['75'] };
    const avant = moteur.filtrer(f).total;
    const c = comptes(f);
    for (const [code, n] of Object.entries(c.departements)) {
      const apres = moteur.filtrer({ ...f, departements: ['75', code] }).total;
      expect(apres - avant, code).toBeLessThanOrEqual(n);
    }
  });

  it('counts the fiches outside the map view apart', () => {
    const c = comptes({ vue: [2, 48, 3, 49], axes: ['1'] });
    expect(c.total).toBe(3);
    expect(c.totalSansVue).toBe(5);
    expect(comptes({ axes: ['1'] }).totalSansVue).toBe(5);
  });

  it('counts nothing but the total for a fiche that fails two facets', () => {
    // Fiche 7 (S6, no department, 2015) fails both the department and the year filters.
    const c = comptes({ departements: ['75'], annees: [2012, 2012] });
    expect(c.services.S6).toBe(0);
    expect(c.annees['2015']).toBe(0);
  });

  it('counts what removing each facet alone would give, when nothing matches', () => {
    // Brittany (29) has fiches 5 (2011) and 6 (no year); the only 2015 fiche, 7, has no department.
    const c = comptes({ departements: ['29'], annees: [2015, 2015] });
    expect(c.total).toBe(0);
    expect(c.totalSans).toEqual({ thematique: 0, territoire: 1, annees: 2, types: 0, strates: 0, arobases: 0, texte: 0, vue: 0 });
  });
});

describe('the map view', () => {
  it.each<[string, Vue, number, number, boolean]>([
    ['keeps a point inside', [2, 48, 3, 49], 2.35, 48.85, true],
    ['keeps a point on the edge', [2, 48, 3, 49], 3, 49, true],
    ['leaves out a point beside', [2, 48, 3, 49], 3.5, 48.5, false],
    ['leaves out an unplaced point', [-180, -90, 180, 90], NaN, NaN, false],
    ['crosses the antimeridian when west > east', [170, -20, -170, 20], -175, 0, true],
    ['crosses the antimeridian when west > east, not in the middle', [170, -20, -170, 20], 0, 0, false],
    ['wraps a view that runs past 180', [175, -20, 190, 20], -175, 0, true],
    ['takes every longitude when the view spans the world', [-400, -10, 100, 10], 123, 0, true],
  ])('%s', (_nom, vue, lng, lat, attendu) => {
    expect(dansVue(lng, lat, vue)).toBe(attendu);
  });
});
