import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARGE_GEONAMES, type Referentiel, communesRepere, loadReferentiel } from '../../scripts/build/referentiel.ts';

const require = createRequire(import.meta.url);
const boitesBrutes = (): Map<string, [number, number, number, number]> => {
  const fichier = join(dirname(require.resolve('@etalab/fr-bounding-boxes/package.json')), 'dist/communes.json');
  const liste = JSON.parse(readFileSync(fichier, 'utf8')) as { id: string; bbox: [number, number, number, number] }[];
  return new Map(liste.map((b) => [b.id.slice('fr:commune:'.length), b.bbox]));
};

let ref: Referentiel;
beforeAll(() => {
  ref = loadReferentiel();
});

describe('loadReferentiel', () => {
  it('is memoised', () => {
    expect(loadReferentiel()).toBe(ref);
  });

  it.each([
    ['01004', '01004', 'actuelle'],
    ['74268', '74010', 'deleguee'],
    ['01120', '01262', 'associee'],
    ['20004', '2A004', 'ancienne'],
    ['75112', '75056', 'arrondissement'],
    ['69381', '69123', 'arrondissement'],
    ['13216', '13055', 'arrondissement'],
  ])('resolves %s to the current commune %s (%s)', (code, actuelle, via) => {
    const r = ref.resoudre(code)!;
    expect({ code: r.commune.code, via: r.via }).toEqual({ code: actuelle, via });
  });

  it('gives the parent of a non-current code and nothing for a current one', () => {
    expect(ref.parent('74268')).toBe('74010');
    expect(ref.parent('01004')).toBeUndefined();
    expect(ref.parent('00000')).toBeUndefined();
  });

  it('lets the commune nouvelle win over its chef-lieu déléguée of the same code', () => {
    expect(ref.resoudre('01015')).toMatchObject({ via: 'actuelle', commune: { nom: 'Arboys en Bugey' } });
  });

  it('gives a commune nouvelle the union of the boxes of its déléguées', () => {
    // Deux-Grosnes (69135) was made in 2019 of Monsols (69135), Avenas (69015), Ouroux (69150)…;
    // fr-bounding-boxes predates it and only knows the former communes.
    const brutes = boitesBrutes();
    const b = ref.communes.get('69135')!.bbox!;
    const parties = ['69135', '69015', '69150'].map((c) => brutes.get(c)!);
    for (const p of parties) {
      expect(b[0]).toBeLessThanOrEqual(p[0]);
      expect(b[1]).toBeLessThanOrEqual(p[1]);
      expect(b[2]).toBeGreaterThanOrEqual(p[2]);
      expect(b[3]).toBeGreaterThanOrEqual(p[3]);
    }
    expect(b).not.toEqual(brutes.get('69135'));
  });

  it('uses a GeoNames town centre that falls in its commune box', () => {
    const lyon = ref.communes.get('69123')!;
    expect(lyon).toMatchObject({ centreSource: 'geonames', centre: [4.84671, 45.74846] });
  });

  it.each([
    ['86041', 'Buxerolles', 'about 9 km east of the commune'],
    ['40271', 'Sainte-Marie-de-Gosse', 'about 80 km east of the commune'],
  ])('does not use the GeoNames point of %s %s, %s', (code) => {
    const c = ref.communes.get(code)!;
    expect(c.centreSource).toBe('boite');
    const [w, s, e, n] = c.bbox!;
    expect(c.centre).toEqual([Math.round(((w + e) / 2) * 1e5) / 1e5, Math.round(((s + n) / 2) * 1e5) / 1e5]);
  });

  it('keeps every GeoNames town centre inside its box widened by the margin', () => {
    for (const c of ref.communes.values()) {
      if (c.centreSource !== 'geonames' || !c.bbox) continue;
      const [w, s, e, n] = c.bbox;
      const [lng, lat] = c.centre!;
      expect(lng >= w - MARGE_GEONAMES && lng <= e + MARGE_GEONAMES && lat >= s - MARGE_GEONAMES && lat <= n + MARGE_GEONAMES, c.code).toBe(true);
    }
  });

  it('gives a re-created commune without a box its GeoNames point by name (14666 Sannerville)', () => {
    expect(ref.communes.get('14666')).toMatchObject({ bbox: null, centreSource: 'geonames' });
  });

  it('lists the 101 departments, Mayotte included, with French names and populations', () => {
    expect(ref.departements).toHaveLength(101);
    const parCode = new Map(ref.departements.map((d) => [d.code, d]));
    expect(parCode.get('976')).toMatchObject({ nom: 'Mayotte', region: '06' });
    expect(parCode.get('2A')).toMatchObject({ nom: 'Corse-du-Sud', region: '94' });
    expect(parCode.get('974')).toMatchObject({ nom: 'La Réunion', region: '04' });
    expect(ref.departements.every((d) => d.population > 0)).toBe(true);
    const total = ref.departements.reduce((a, d) => a + d.population, 0);
    expect(total).toBeGreaterThan(66_000_000);
    expect(total).toBeLessThan(70_000_000);
  });

  it('sums a department’s population over its current communes only, not arrondissements', () => {
    const paris = ref.departements.find((d) => d.code === '75')!;
    expect(paris.population).toBe(ref.communes.get('75056')!.population);
  });

  it('lists the 18 regions and keeps the overseas collectivities apart', () => {
    expect(ref.regions).toHaveLength(18);
    expect(ref.regions.find((r) => r.code === '84')?.nom).toBe('Auvergne-Rhône-Alpes');
    expect(ref.outreMer.departements.map((d) => d.code)).toContain('987');
    expect(ref.departement('987')?.nom).toBe('Polynésie française');
  });

  it('describes an EPCI by its members, box, centre and department', () => {
    const e = ref.epcis.get('200046977')!;
    expect(e).toMatchObject({ nom: 'Métropole de Lyon', type: 'MET69', departement: '69', region: '84' });
    expect(e.membres).toContain('69123');
    expect(e.population).toBeGreaterThan(1_000_000);
    const [w, s, east, n] = e.bbox!;
    const [lng, lat] = e.centre!;
    expect(lng > w && lng < east && lat > s && lat < n).toBe(true);
    expect(ref.communes.get('69123')!.epci).toBe('200046977');
  });

  it('indexes communes by postcode and by folded name', () => {
    expect(ref.parCodePostal('01000').map((c) => c.code).sort()).toEqual(['01053', '01344']);
    expect(ref.parNom('saint etienne').map((c) => c.code)).toEqual(['42218']);
    expect(ref.parNom('la rochelle').map((c) => c.code).sort()).toEqual(['17300', '70450']);
    expect(ref.arrondissementParCodePostal('75012')?.code).toBe('75112');
  });

  it('finds a commune by its SIREN', () => {
    expect(ref.communeParSiren('210100046')?.code).toBe('01004');
  });
});

describe('communesRepere', () => {
  it('gives a point to at least 99.5% of current communes', () => {
    const reperes = communesRepere(ref);
    const avecPoint = new Set(reperes.map((r) => r[0]));
    let n = 0;
    for (const code of ref.communes.keys()) if (avecPoint.has(code)) n++;
    const { communes, avecBoite, centreGeonames, centreBoite, sansPoint, geonamesHorsBoite, arrondissementsAvecPoint, dureeMs } = ref.stats;
    console.info(
      `communes actuelles : ${communes} ; avec boîte : ${avecBoite} ; centre GeoNames : ${centreGeonames} ; ` +
        `centre de boîte : ${centreBoite} ; sans point : ${sansPoint} ; points GeoNames écartés (hors boîte) : ${geonamesHorsBoite} ; ` +
        `arrondissements avec point : ${arrondissementsAvecPoint} ; chargement : ${dureeMs} ms`,
    );
    expect(n).toBe(communes - sansPoint);
    expect(n / communes).toBeGreaterThanOrEqual(0.995);
  });

  it('lists arrondissements that have a point, and rows as [code, nom, departement, lng, lat, population]', () => {
    const reperes = communesRepere(ref);
    const marseille1 = reperes.find((r) => r[0] === '13201')!;
    expect(marseille1.slice(0, 3)).toEqual(['13201', 'Marseille 1er Arrondissement', '13']);
    const ambe = reperes.find((r) => r[0] === '01004')!;
    expect(ambe).toEqual(['01004', 'Ambérieu-en-Bugey', '01', ...ref.communes.get('01004')!.centre!, ref.communes.get('01004')!.population]);
  });

  it('sorts rows by code', () => {
    const codes = communesRepere(ref).map((r) => r[0]);
    expect(codes).toEqual([...codes].sort());
  });
});
