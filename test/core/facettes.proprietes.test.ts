/**
 * The facet engine against a naive recount: for random filters, every count equals what applying
 * the predicates of filtres.ts (`predicatsParFacette`) fiche by fiche gives. First on random small
 * atlases (taxonomies of any size, up to 48 enjeux and beyond 32 usages), then on the atlas built
 * from a small demo export, whose facettes.json must equal the engine's counts with no filter.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/build-atlas.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';
import { PRECISIONS, TYPES_COLLECTIVITE, type AtlasMeta, type FacettesGlobales, type Taxonomie } from '../../src/core/atlas-data.ts';
import { creerMoteurFacettes, type ComptesFacettes, type MetaFacettes } from '../../src/core/facettes.ts';
import { FACETTES, predicatsParFacette, tablesFiltres, type EnsembleTexte, type Facette, type Filtres } from '../../src/core/filtres.ts';
import { AUCUN_U8, decodePointsIndex, encodePointsIndex, type PointLigne, type PointsIndex } from '../../src/core/points-index.ts';
import { STRATES } from '../../src/core/strates.ts';

type Compteurs = Omit<FacettesGlobales, 'total'>;
const CLES: (keyof Compteurs)[] = ['axes', 'enjeux', 'usages', 'services', 'regions', 'departements', 'annees', 'strates', 'types', 'arobases', 'precisions'];

/** The facet each count belongs to (precision is not a filter: it counts matching fiches only). */
const FACETTE_DE: Record<keyof Compteurs, Facette | null> = {
  axes: 'thematique',
  enjeux: 'thematique',
  usages: 'thematique',
  services: 'thematique',
  regions: 'territoire',
  departements: 'territoire',
  annees: 'annees',
  strates: 'strates',
  types: 'types',
  arobases: 'arobases',
  precisions: null,
};

/** Brute force: every predicate on every fiche, values as strings, a Set per fiche per facet. */
function recompter(index: PointsIndex, meta: MetaFacettes, f: Filtres, texte?: EnsembleTexte) {
  const t = tablesFiltres(meta);
  const p = predicatsParFacette(f, t, { texte });
  const comptes: Record<keyof Compteurs, Record<string, number>> = Object.fromEntries(CLES.map((c) => [c, {}])) as never;
  const indices: number[] = [];
  let totalSansVue = 0;
  const totalSans = Object.fromEntries(FACETTES.map((nom) => [nom, 0])) as Record<Facette, number>;
  for (let i = 0; i < index.n; i++) {
    const echecs = FACETTES.filter((nom) => p[nom] && !p[nom](index, i));
    if (echecs.length === 0) indices.push(i);
    if (echecs.length === 0 || (echecs.length === 1 && echecs[0] === 'vue')) totalSansVue++;
    for (const nom of FACETTES) if (echecs.length === 0 || (echecs.length === 1 && echecs[0] === nom)) totalSans[nom]++;
    const valeurs: Record<keyof Compteurs, Set<string>> = Object.fromEntries(CLES.map((c) => [c, new Set<string>()])) as never;
    for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
      const s = index.services[k];
      valeurs.services.add(t.idDuService[s]);
      if (t.axeDuService[s]) valeurs.axes.add(t.axeDuService[s]);
      if (t.enjeuDuService[s]) valeurs.enjeux.add(t.enjeuDuService[s]);
      if (t.usageDuService[s]) valeurs.usages.add(t.usageDuService[s]);
    }
    if (index.region[i] !== AUCUN_U8) valeurs.regions.add(t.regions[index.region[i]]);
    if (index.departement[i] !== AUCUN_U8) valeurs.departements.add(t.departements[index.departement[i]]);
    if (index.annee[i] !== 0) valeurs.annees.add(String(index.annee[i]));
    if (index.strate[i] !== AUCUN_U8) valeurs.strates.add(t.strates[index.strate[i]]);
    valeurs.types.add(t.types[index.type[i]]);
    valeurs.arobases.add(String(index.arobases[i]));
    valeurs.precisions.add((meta.precisions ?? PRECISIONS)[index.precision[i]]);
    for (const cle of CLES) {
      const facette = FACETTE_DE[cle];
      const compte = echecs.length === 0 || (echecs.length === 1 && echecs[0] === facette);
      if (!compte) continue;
      for (const v of valeurs[cle]) comptes[cle][v] = (comptes[cle][v] ?? 0) + 1;
    }
  }
  return { indices, total: indices.length, totalSansVue, totalSans, comptes };
}

/** A Record without its zeros (the engine lists every known value, the recount only those seen). */
const sansZeros = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n !== 0));

function verifier(index: PointsIndex, meta: MetaFacettes, f: Filtres, texte?: EnsembleTexte): ComptesFacettes {
  const moteur = creerMoteurFacettes(index, meta);
  const r = moteur.filtrer(f, { texte });
  const attendu = recompter(index, meta, f, texte);
  expect([...r.indices]).toEqual(attendu.indices);
  expect(r.total).toBe(attendu.total);
  expect(r.comptes.total).toBe(attendu.total);
  expect(r.comptes.totalSansVue).toBe(attendu.totalSansVue);
  expect(r.comptes.totalSans).toEqual(attendu.totalSans);
  for (const cle of CLES) expect(sansZeros(r.comptes[cle]), cle).toEqual(attendu.comptes[cle]);
  return r.comptes;
}

// ——— Random atlases ———

interface AtlasAleatoire {
  meta: MetaFacettes;
  lignes: PointLigne[];
}

const arbAtlas: fc.Arbitrary<AtlasAleatoire> = fc
  .record({
    // Per axe, per enjeu, the number of services of each usage (1–3 usages per enjeu, up to 12 enjeux per axe).
    forme: fc.array(fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
    horsTaxonomie: fc.integer({ min: 0, max: 2 }),
    nbRegions: fc.integer({ min: 1, max: 4 }),
    nbDepartements: fc.integer({ min: 1, max: 6 }),
    graine: fc.array(fc.nat(), { minLength: 0, maxLength: 40 }),
  })
  .chain(({ forme, horsTaxonomie, nbRegions, nbDepartements }) => {
    const services: string[] = [];
    const taxonomie: Taxonomie = {
      axes: forme.map((enjeux, a) => ({
        code: String(a + 1),
        numero: a + 1,
        libelle: `Axe ${a + 1}`,
        enjeux: enjeux.map((usages, e) => ({
          code: `${a + 1}.${e + 1}`,
          numero: e + 1,
          libelle: `Enjeu ${e + 1}`,
          usages: usages.map((nb, u) => ({
            code: `${a + 1}.${e + 1}.${u + 1}`,
            numero: u + 1,
            libelle: `Usage ${u + 1}`,
            services: Array.from({ length: nb }, () => {
              const id = `S${services.length + 1}`;
              services.push(id);
              return { id, libelle: id };
            }),
          })),
        })),
      })),
    };
    for (let k = 0; k < horsTaxonomie; k++) services.push(`X${k + 1}`);
    const meta: MetaFacettes = {
      taxonomie,
      services,
      regions: Array.from({ length: nbRegions }, (_, r) => ({ code: String(11 + r), nom: `Région ${r}` })),
      departements: Array.from({ length: nbDepartements }, (_, d) => ({ code: String(d + 1).padStart(2, '0'), nom: `Dép. ${d}`, region: String(11 + (d % nbRegions)), population: 1000 })),
      strates: [...STRATES],
      typesCollectivite: TYPES_COLLECTIVITE,
      precisions: PRECISIONS,
    };
    const octet = (nb: number) => fc.oneof(fc.constant(null), fc.integer({ min: 0, max: nb - 1 }));
    const place = fc.oneof(fc.constant(null), fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 40, max: 50, noNaN: true })));
    const ligne: fc.Arbitrary<PointLigne> = fc
      .record({
        place,
        services: fc.array(fc.integer({ min: 0, max: services.length - 1 }), { maxLength: 4 }),
        annee: fc.oneof(fc.constant(null), fc.integer({ min: 2000, max: 2008 })),
        arobases: fc.integer({ min: 0, max: 5 }),
        type: fc.integer({ min: 0, max: TYPES_COLLECTIVITE.length - 1 }),
        strate: octet(STRATES.length),
        region: octet(nbRegions),
        departement: octet(nbDepartements),
        precision: fc.integer({ min: 0, max: PRECISIONS.length - 1 }),
      })
      .map((l) => ({ ...l, lng: l.place?.[0] ?? null, lat: l.place?.[1] ?? null, collectivite: null }));
    return fc.record({ meta: fc.constant(meta), lignes: fc.array(ligne, { maxLength: 60 }) });
  });

/** Some codes of a list, now and then an unknown one. */
const sousListe = <T>(valeurs: readonly T[], inconnue: T) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.subarray([...valeurs, inconnue], { maxLength: Math.min(3, valeurs.length + 1) }) });

function arbFiltres(meta: MetaFacettes, n: number, [anMin, anMax]: readonly [number, number] = [2000, 2008]): fc.Arbitrary<{ f: Filtres; texte: EnsembleTexte | undefined }> {
  const axes = meta.taxonomie.axes;
  const enjeux = axes.flatMap((a) => a.enjeux);
  const usages = enjeux.flatMap((e) => e.usages);
  const annee = fc.oneof(fc.constant(null), fc.integer({ min: anMin - 1, max: anMax + 1 }));
  const indices = fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { maxLength: n });
  const texte = fc.oneof(
    fc.constant(undefined),
    indices.map((l) => new Set(l)),
    indices.map((l) => {
      const m = new Uint8Array(n);
      for (const i of l) m[i] = 1;
      return m;
    }),
    indices.map((l) => {
      const b = new Uint32Array(Math.ceil(n / 32));
      for (const i of l) b[i >>> 5] |= 1 << (i & 31);
      return b;
    }),
  );
  const vue = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    fc.tuple(fc.double({ min: -380, max: 380, noNaN: true }), fc.double({ min: 38, max: 52, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 12, noNaN: true })).map(
      ([w, s, largeur, hauteur]) => [w, s, w + largeur, s + hauteur] as const,
    ),
  );
  return fc
    .record({
      axes: sousListe(axes.map((a) => a.code), '99'),
      enjeux: sousListe(enjeux.map((e) => e.code), '9.9'),
      usages: sousListe(usages.map((u) => u.code), '9.9.9'),
      services: sousListe(meta.services, 'S999'),
      regions: sousListe(meta.regions.map((r) => r.code), '99'),
      departements: sousListe(meta.departements.map((d) => d.code), '2A'),
      annees: fc.oneof(fc.constant(undefined), fc.tuple(annee, annee)),
      types: sousListe(TYPES_COLLECTIVITE, 'village'),
      strates: sousListe(STRATES.map((s) => s.code), 'moins-500'),
      arobases: sousListe([0, 1, 2, 3, 4, 5], 7),
      vue,
      q: fc.constantFrom('', 'wifi', '  '),
      texte,
    })
    .map(({ q, texte, ...f }) => ({ f: { ...f, texte: q } as Filtres, texte }));
}

describe('the facet engine on random atlases', () => {
  it('counts as the naive recount with the predicates of filtres.ts', () => {
    fc.assert(
      fc.property(
        arbAtlas.chain((a) => fc.tuple(fc.constant(a), arbFiltres(a.meta, a.lignes.length))),
        ([{ meta, lignes }, { f, texte }]) => {
          verifier(decodePointsIndex(encodePointsIndex(lignes)), meta, f, texte);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives each value the total that selecting just that value would give', () => {
    fc.assert(
      fc.property(
        arbAtlas.chain((a) => fc.tuple(fc.constant(a), arbFiltres(a.meta, a.lignes.length), fc.constantFrom(...CLES.filter((c) => c !== 'precisions')))),
        ([{ meta, lignes }, { f, texte }, cle]) => {
          const moteur = creerMoteurFacettes(decodePointsIndex(encodePointsIndex(lignes)), meta);
          const comptes = moteur.filtrer(f, { texte }).comptes;
          for (const [valeur, n] of Object.entries(comptes[cle])) {
            const seul: Filtres = { ...f };
            if (FACETTE_DE[cle] === 'thematique') Object.assign(seul, { axes: [], enjeux: [], usages: [], services: [] });
            if (FACETTE_DE[cle] === 'territoire') Object.assign(seul, { regions: [], departements: [] });
            if (cle === 'annees') seul.annees = [Number(valeur), Number(valeur)];
            else if (cle === 'arobases') seul.arobases = [Number(valeur)];
            else (seul as Record<string, unknown>)[cle] = [valeur];
            expect(moteur.filtrer(seul, { texte }).total, `${cle} ${valeur}`).toBe(n);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ——— The demo atlas ———

describe('the facet engine on the demo atlas', () => {
  const racine = mkdtempSync(join(tmpdir(), 'atlaas-facettes-'));
  let index: PointsIndex;
  let meta: AtlasMeta;
  let globales: FacettesGlobales;

  beforeAll(async () => {
    const demo = join(racine, 'export');
    const out = join(racine, 'atlas');
    // 2,000 fiches: every facet value occurs, and the build takes seconds, not a minute.
    await generateDemo({ out: demo, count: 2_000, quiet: true });
    await buildAtlas({ input: demo, out, quiet: true });
    meta = JSON.parse(readFileSync(join(out, 'atlas.json'), 'utf8'));
    globales = JSON.parse(readFileSync(join(out, meta.fichiers.facettes), 'utf8'));
    const octets = readFileSync(join(out, meta.fichiers.points));
    index = decodePointsIndex(octets.buffer.slice(octets.byteOffset, octets.byteOffset + octets.byteLength) as ArrayBuffer);
  }, 180_000);
  afterAll(() => rmSync(racine, { recursive: true, force: true }));

  it('counts, with no filter, what the build wrote into facettes.json', () => {
    const c = creerMoteurFacettes(index, meta).filtrer({}).comptes;
    expect(c.total).toBe(globales.total);
    for (const cle of CLES) expect(sansZeros(c[cle]), cle).toEqual(globales[cle]);
  });

  it('counts as the naive recount for random filters', () => {
    fc.assert(
      fc.property(arbFiltres(meta, index.n, meta.annees ?? [2000, 2020]), ({ f, texte }) => {
        verifier(index, meta, f, texte);
      }),
      { numRuns: 12 },
    );
  });
});
