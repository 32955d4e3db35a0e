/**
 * The statistics of a selection against a recount of the raw data: the atlas is built from a
 * small demo export, the selection is made by the filters over points.bin, and every count is
 * recounted feature by feature from the open-data initiatives.geojson (feature k = fiche k).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/build-atlas.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';
import type { AtlasMeta, CompteurFacette, TuileGeoJSON } from '../../src/core/atlas-data.ts';
import { masqueFiltres, tablesFiltres, type Filtres, type TablesFiltres } from '../../src/core/filtres.ts';
import { decodePointsIndex, type PointsIndex } from '../../src/core/points-index.ts';
import { extraireSelection } from '../../src/core/selection.ts';
import { statistiquesSelection, type StatistiquesSelection } from '../../src/core/statistiques.ts';

interface ProprietesOuvertes {
  id: string;
  annee: number | null;
  region: string | null;
  departement: string | null;
  strate: string | null;
  arobases: number | null;
  typeCollectivite: string;
  axes: string[];
  enjeux: string[];
}

const racine = mkdtempSync(join(tmpdir(), 'atlaas-statistiques-'));
let index: PointsIndex;
let meta: AtlasMeta;
let tables: TablesFiltres;
let ouvertes: ProprietesOuvertes[];

beforeAll(async () => {
  const demo = join(racine, 'export');
  const out = join(racine, 'atlas');
  await generateDemo({ out: demo, count: 1_500, quiet: true });
  await buildAtlas({ input: demo, out, quiet: true });
  meta = JSON.parse(readFileSync(join(out, 'atlas.json'), 'utf8'));
  const octets = readFileSync(join(out, meta.fichiers.points));
  index = decodePointsIndex(octets.buffer.slice(octets.byteOffset, octets.byteOffset + octets.byteLength) as ArrayBuffer);
  tables = tablesFiltres(meta);
  const geo = JSON.parse(readFileSync(join(out, meta.fichiers.initiatives), 'utf8')) as { features: { properties: ProprietesOuvertes }[] };
  ouvertes = geo.features.map((f) => f.properties);
  // Feature k is fiche k of points.bin: checked against the tiles, which carry both.
  const idDeFiche = new Map<number, string>();
  const lire = (dossier: string) => {
    for (const e of readdirSync(dossier, { withFileTypes: true })) {
      const chemin = join(dossier, e.name);
      if (e.isDirectory()) lire(chemin);
      else for (const f of (JSON.parse(readFileSync(chemin, 'utf8')) as TuileGeoJSON).features) idDeFiche.set(f.properties.i, f.properties.id);
    }
  };
  lire(join(out, 'tuiles'));
  expect(idDeFiche.size).toBe(index.n);
  ouvertes.forEach((p, k) => expect(p.id).toBe(idDeFiche.get(k)));
}, 120_000);

afterAll(() => rmSync(racine, { recursive: true, force: true }));

/** Brute force over the open data: one pass, one fiche at a time, plain objects. */
function recompter(choisies: ProprietesOuvertes[]): StatistiquesSelection {
  const s: StatistiquesSelection = {
    total: choisies.length,
    regions: {},
    departements: {},
    axes: {},
    enjeux: {},
    annees: {},
    strates: {},
    arobases: {},
    types: {},
    inconnus: { regions: 0, departements: 0, annees: 0, strates: 0, thematique: 0 },
  };
  const plus = (c: CompteurFacette, k: string) => (c[k] = (c[k] ?? 0) + 1);
  for (const p of choisies) {
    if (p.region) plus(s.regions, p.region);
    else s.inconnus.regions++;
    if (p.departement) plus(s.departements, p.departement);
    else s.inconnus.departements++;
    if (p.annee) plus(s.annees, String(p.annee));
    else s.inconnus.annees++;
    if (p.strate) plus(s.strates, p.strate);
    else s.inconnus.strates++;
    plus(s.arobases, String(p.arobases ?? 0));
    plus(s.types, p.typeCollectivite);
    const axes = p.axes.filter((a) => a !== '');
    if (axes.length === 0) s.inconnus.thematique++;
    for (const a of axes) plus(s.axes, a);
    for (const e of p.enjeux.filter((x) => x !== '')) plus(s.enjeux, e);
  }
  return s;
}

const premierEnjeu = () => meta.taxonomie.axes[1].enjeux[0].code;

describe('statistics of the selection', () => {
  const cas: [string, () => { filtres: Filtres; garde: (p: ProprietesOuvertes) => boolean }][] = [
    ['every fiche', () => ({ filtres: {}, garde: () => true })],
    ['Occitanie', () => ({ filtres: { regions: ['76'] }, garde: (p) => p.region === '76' })],
    [
      'Occitanie and one enjeu',
      () => ({ filtres: { regions: ['76'], enjeux: [premierEnjeu()] }, garde: (p) => p.region === '76' && p.enjeux.includes(premierEnjeu()) }),
    ],
    ['label level 4 or 5, 2015 onwards', () => ({ filtres: { arobases: [4, 5], annees: [2015, null] }, garde: (p) => (p.arobases ?? 0) >= 4 && (p.annee ?? 0) >= 2015 })],
  ];

  it.each(cas)('match a recount of the open data: %s', (_nom, faire) => {
    const { filtres, garde } = faire();
    const masque = masqueFiltres(index, filtres, tables);
    const choisies = ouvertes.filter(garde);
    expect(choisies.length).toBeGreaterThan(0);
    const stats = statistiquesSelection(index, masque, tables);
    expect(stats).toEqual(recompter(choisies));
  });

  it('count nothing for an empty selection', () => {
    const s = statistiquesSelection(index, new Uint8Array(index.n), tables);
    expect(s.total).toBe(0);
    expect(s.regions).toEqual({});
    expect(s.enjeux).toEqual({});
  });

  it('add up to the selection for the one-value breakdowns', () => {
    const s = statistiquesSelection(index, masqueFiltres(index, { regions: ['76', '84'] }, tables), tables);
    const somme = (c: CompteurFacette) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(somme(s.regions) + s.inconnus.regions).toBe(s.total);
    expect(somme(s.departements) + s.inconnus.departements).toBe(s.total);
    expect(somme(s.annees) + s.inconnus.annees).toBe(s.total);
    expect(somme(s.strates) + s.inconnus.strates).toBe(s.total);
    expect(somme(s.arobases)).toBe(s.total);
    expect(Object.keys(s.regions).sort()).toEqual(['76', '84']);
  });
});

describe('selection columns', () => {
  it('hold the selected fiches in index order with their own values', () => {
    const masque = masqueFiltres(index, { regions: ['76'], enjeux: [premierEnjeu()] }, tables);
    const c = extraireSelection(index, masque);
    const attendus = ouvertes.flatMap((p, k) => (p.region === '76' && p.enjeux.includes(premierEnjeu()) ? [k] : []));
    expect(Array.from(c.indices)).toEqual(attendus);
    expect(c.n).toBe(attendus.length);
    attendus.forEach((i, k) => {
      expect(c.annee[k]).toBe(ouvertes[i].annee ?? 0);
      expect(c.arobases[k]).toBe(ouvertes[i].arobases ?? 0);
      expect(tables.departements[c.departement[k]]).toBe(ouvertes[i].departement);
      const enjeux = new Set(Array.from(c.services.subarray(c.serviceOffsets[k], c.serviceOffsets[k + 1]), (s) => tables.enjeuDuService[s]));
      expect([...enjeux].sort()).toEqual([...ouvertes[i].enjeux].sort());
    });
  });
});
