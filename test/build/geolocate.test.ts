import { beforeAll, describe, expect, it } from 'vitest';
import type { Lieu } from '../../src/core/modele.ts';
import { type Localisation, type Methode, geolocateLieu } from '../../scripts/build/geolocate.ts';
import { type Referentiel, loadReferentiel } from '../../scripts/build/referentiel.ts';
import { Rapport } from '../../scripts/build/report.ts';
import type { Precision } from '../../src/core/atlas-data.ts';

let ref: Referentiel;
beforeAll(() => {
  ref = loadReferentiel();
});

const lieu = (p: Partial<Lieu>): Lieu => ({
  id: 'L1',
  origine: { fichier: 'Lieux.csv', ligne: 2 },
  type: 'ville',
  nom: '',
  description: '',
  adresse: '',
  ville: '',
  telephone: '',
  courriel: '',
  ...p,
});

function geolocate(p: Partial<Lieu>): { loc: Localisation; rapport: Rapport; codes: string[] } {
  const rapport = new Rapport();
  const loc = geolocateLieu(lieu(p), ref, rapport);
  return { loc, rapport, codes: rapport.entrees.map((e) => e.code).sort() };
}

interface Attendu {
  /** Current commune code, or null. */
  codeInsee: string | null;
  /** Code of the collectivité (INSEE or SIREN), or null. */
  collectivite: string | null;
  precision: Precision;
  methode: Methode;
  /** Report codes, in any order. */
  codes: string[];
}

const LYON_INVERSE: [number, number] = [45.76, 4.83];

describe('geolocateLieu', () => {
  it.each<[string, Partial<Lieu>, Attendu]>([
    ['places a current commune by its code at its town centre', { codeInsee: '01004' }, { codeInsee: '01004', collectivite: '01004', precision: 'commune', methode: 'centre-ville', codes: [] }],
    ['restores the leading zero of 1004 (Ambérieu-en-Bugey)', { codeInsee: '1004' }, { codeInsee: '01004', collectivite: '01004', precision: 'commune', methode: 'centre-ville', codes: ['CODE_INSEE_REPARE'] }],
    ['reads 1004.0 as 01004', { codeInsee: '1004.0' }, { codeInsee: '01004', collectivite: '01004', precision: 'commune', methode: 'centre-ville', codes: ['CODE_INSEE_REPARE', 'CODE_INSEE_REPARE'] }],
    ['takes 1000 with the town name Bourg-en-Bresse for the postcode 01000', { codeInsee: '1000', ville: 'Bourg-en-Bresse' }, { codeInsee: '01053', collectivite: '01053', precision: 'commune', methode: 'code-postal-nom', codes: ['CODE_INSEE_REPARE', 'CODE_POSTAL_PRIS_POUR_INSEE'] }],
    ['takes 13100 given with Aix-en-Provence for its postcode', { codeInsee: '13100', ville: 'Aix-en-Provence' }, { codeInsee: '13001', collectivite: '13001', precision: 'commune', methode: 'code-postal-nom', codes: ['CODE_POSTAL_PRIS_POUR_INSEE'] }],
    ['keeps 13100 as the INSEE code of Saint-Rémy-de-Provence when the name says so', { codeInsee: '13100', ville: 'St-Rémy-de-Provence' }, { codeInsee: '13100', collectivite: '13100', precision: 'commune', methode: 'centre-ville', codes: [] }],
    ['reads a postcode given as code with "Mairie de …" in Nom', { codeInsee: '42000', nom: 'Mairie de Saint-Étienne' }, { codeInsee: '42218', collectivite: '42218', precision: 'commune', methode: 'code-postal-nom', codes: ['CODE_POSTAL_PRIS_POUR_INSEE'] }],
    ['places 2A004 at Ajaccio', { codeInsee: '2A004' }, { codeInsee: '2A004', collectivite: '2A004', precision: 'commune', methode: 'centre-ville', codes: [] }],
    ['turns the old Corsican code 20004 into 2A004', { codeInsee: '20004' }, { codeInsee: '2A004', collectivite: '2A004', precision: 'commune', methode: 'centre-ville', codes: ['CODE_INSEE_REPARE'] }],
    ['leads a commune déléguée (74268 Seynod) to its commune nouvelle (74010 Annecy)', { codeInsee: '74268' }, { codeInsee: '74010', collectivite: '74010', precision: 'commune', methode: 'centre-ville', codes: ['COMMUNE_DELEGUEE'] }],
    ['leads a commune associée (01120 Cordieux) to its commune (01262 Montluel)', { codeInsee: '01120' }, { codeInsee: '01262', collectivite: '01262', precision: 'commune', methode: 'centre-ville', codes: ['COMMUNE_DELEGUEE'] }],
    ['makes Paris the collectivité of the 12th arrondissement 75112', { codeInsee: '75112' }, { codeInsee: '75056', collectivite: '75056', precision: 'commune', methode: 'centre-ville', codes: ['ARRONDISSEMENT_MUNICIPAL'] }],
    ['makes Lyon the collectivité of its 1st arrondissement 69381', { codeInsee: '69381' }, { codeInsee: '69123', collectivite: '69123', precision: 'commune', methode: 'centre-ville', codes: ['ARRONDISSEMENT_MUNICIPAL'] }],
    ['makes Marseille the collectivité of its 1st arrondissement 13201', { codeInsee: '13201' }, { codeInsee: '13055', collectivite: '13055', precision: 'commune', methode: 'centre-ville', codes: ['ARRONDISSEMENT_MUNICIPAL'] }],
    ['places an EPCI given by its SIREN at its territory centre', { codeInsee: '200046977' }, { codeInsee: null, collectivite: '200046977', precision: 'commune', methode: 'epci', codes: ['SIREN_EPCI'] }],
    ['reads the SIREN of a commune as that commune', { codeInsee: '210100046' }, { codeInsee: '01004', collectivite: '01004', precision: 'commune', methode: 'centre-ville', codes: ['SIREN_COMMUNE'] }],
    ['keeps own coordinates that fall in the commune as exact', { codeInsee: '69123', coordonnees: [4.83, 45.76] }, { codeInsee: '69123', collectivite: '69123', precision: 'exact', methode: 'coordonnees', codes: [] }],
    ['puts back Lyon given as longitude 45.76, latitude 4.83', { codeInsee: '69123', coordonnees: LYON_INVERSE }, { codeInsee: '69123', collectivite: '69123', precision: 'exact', methode: 'coordonnees-inversees', codes: ['COORDONNEES_INVERSEES'] }],
    ['replaces coordinates in the wrong commune by the commune centre', { codeInsee: '69123', coordonnees: [2.35, 48.85] }, { codeInsee: '69123', collectivite: '69123', precision: 'commune', methode: 'centre-ville', codes: ['COORDONNEES_HORS_COMMUNE'] }],
    ['places a commune without coordinates at its town centre', { codeInsee: '42218', coordonnees: undefined }, { codeInsee: '42218', collectivite: '42218', precision: 'commune', methode: 'centre-ville', codes: [] }],
    ['places a commune without a GeoNames town centre at its box centre', { codeInsee: '86041' }, { codeInsee: '86041', collectivite: '86041', precision: 'commune', methode: 'boite', codes: [] }],
    ['finds the commune of an unknown code by postcode and town name', { codeInsee: '99999', codePostal: '42000', ville: 'St Etienne' }, { codeInsee: '42218', collectivite: '42218', precision: 'commune', methode: 'code-postal-nom', codes: ['CODE_INSEE_INCONNU', 'LOCALISE_PAR_NOM'] }],
    ['finds the commune of a place without code by postcode and Nom', { codePostal: '42000', nom: 'Mairie de Saint-Étienne' }, { codeInsee: '42218', collectivite: '42218', precision: 'commune', methode: 'code-postal-nom', codes: ['LOCALISE_PAR_NOM'] }],
    ['finds a commune by a name unique in France', { ville: 'Ambérieu-en-Bugey' }, { codeInsee: '01004', collectivite: '01004', precision: 'commune', methode: 'code-postal-nom', codes: ['LOCALISE_PAR_NOM'] }],
    ['tells homonyms apart by their postcode', { ville: 'La Rochelle', codePostal: '17000' }, { codeInsee: '17300', collectivite: '17300', precision: 'commune', methode: 'code-postal-nom', codes: ['LOCALISE_PAR_NOM'] }],
    ['does not guess between homonyms without a postcode', { ville: 'Rochelle (La)' }, { codeInsee: null, collectivite: null, precision: 'none', methode: 'aucune', codes: ['LIEU_NON_LOCALISE'] }],
    ['places a postcode alone at the mean of its communes, approximately', { codePostal: '13100' }, { codeInsee: null, collectivite: null, precision: 'approx', methode: 'code-postal', codes: ['LOCALISE_PAR_CODE_POSTAL'] }],
    ['lets own coordinates tell which of a postcode’s communes it is', { codePostal: '01500', coordonnees: [5.36, 45.96] }, { codeInsee: '01004', collectivite: '01004', precision: 'exact', methode: 'coordonnees', codes: ['LOCALISE_PAR_COORDONNEES'] }],
    ['places an unknown code at its department centre, approximately', { codeInsee: '01999' }, { codeInsee: null, collectivite: null, precision: 'approx', methode: 'departement', codes: ['CODE_INSEE_INCONNU', 'LOCALISE_PAR_DEPARTEMENT'] }],
    ['keeps own coordinates checked only against the department of an unknown code, approximately', { codeInsee: '01999', coordonnees: [5.3, 46.1] }, { codeInsee: null, collectivite: null, precision: 'approx', methode: 'coordonnees', codes: ['CODE_INSEE_INCONNU', 'COORDONNEES_NON_VERIFIEES'] }],
    ['keeps own coordinates of a commune without a box (98735 Papeete), approximately', { codeInsee: '98735', coordonnees: [-149.57, -17.54] }, { codeInsee: '98735', collectivite: '98735', precision: 'approx', methode: 'coordonnees', codes: ['COORDONNEES_NON_VERIFIEES'] }],
    ['places a commune without any point (98612 Sigave) at its territory’s point', { codeInsee: '98612' }, { codeInsee: '98612', collectivite: '98612', precision: 'approx', methode: 'departement', codes: ['LOCALISE_PAR_DEPARTEMENT'] }],
    ['reads "Paris 12e" as the commune of Paris', { ville: 'Paris 12e' }, { codeInsee: '75056', collectivite: '75056', precision: 'commune', methode: 'code-postal-nom', codes: ['LOCALISE_PAR_NOM'] }],
    ['uses a department written in brackets to tell homonyms apart', { ville: 'La Rochelle (17)' }, { codeInsee: '17300', collectivite: '17300', precision: 'commune', methode: 'code-postal-nom', codes: ['LOCALISE_PAR_NOM'] }],
    ['recognises an EPCI by its name', { nom: 'Communauté de communes Faucigny-Glières' }, { codeInsee: null, collectivite: '200000172', precision: 'commune', methode: 'epci', codes: ['LOCALISE_PAR_NOM'] }],
    ['keeps coordinates it cannot check against a commune as approximate', { coordonnees: [4.83, 45.76] }, { codeInsee: null, collectivite: null, precision: 'approx', methode: 'coordonnees', codes: ['COORDONNEES_NON_VERIFIEES'] }],
    ['drops coordinates outside France, swapped or not', { coordonnees: [-70, 40] }, { codeInsee: null, collectivite: null, precision: 'none', methode: 'aucune', codes: ['COORDONNEES_HORS_FRANCE', 'LIEU_NON_LOCALISE'] }],
    ['reports a place with nothing to locate it as not located', {}, { codeInsee: null, collectivite: null, precision: 'none', methode: 'aucune', codes: ['LIEU_NON_LOCALISE'] }],
    ['places 97411 Saint-Denis (La Réunion)', { codeInsee: '97411' }, { codeInsee: '97411', collectivite: '97411', precision: 'commune', methode: 'centre-ville', codes: [] }],
    ['places 97615 Pamandzi (Mayotte)', { codeInsee: '97615' }, { codeInsee: '97615', collectivite: '97615', precision: 'commune', methode: 'centre-ville', codes: [] }],
  ])('%s', (_nom, p, attendu) => {
    const { loc, rapport, codes } = geolocate(p);
    expect({
      codeInsee: loc.codeInsee,
      collectivite: loc.collectivite?.code ?? null,
      precision: loc.precision,
      methode: loc.methode,
      codes,
    }).toEqual({ ...attendu, codes: [...attendu.codes].sort() });
    expect(rapport.entrees.filter((e) => e.gravite === 'rejet')).toEqual([]);
    expect(loc.lng === null).toBe(loc.precision === 'none');
  });

  it('enriches a commune with its department, region, EPCI and population', () => {
    const { loc } = geolocate({ codeInsee: '01004' });
    expect(loc).toMatchObject({
      commune: 'Ambérieu-en-Bugey',
      departement: '01',
      region: '84',
      epci: ref.communes.get('01004')!.epci,
      collectivite: { code: '01004', nom: 'Ambérieu-en-Bugey', type: 'commune', population: ref.communes.get('01004')!.population },
    });
    expect(loc.epci).toMatch(/^\d{9}$/);
  });

  it('describes an EPCI-level place by the EPCI itself', () => {
    const { loc } = geolocate({ codeInsee: '200046977' });
    expect(loc).toMatchObject({ codeInsee: null, commune: null, departement: '69', region: '84', epci: '200046977' });
    expect(loc.collectivite).toEqual({ code: '200046977', nom: 'Métropole de Lyon', type: 'epci', population: ref.epcis.get('200046977')!.population });
  });

  it('swaps the coordinates back and says what they were and became', () => {
    const { loc, rapport } = geolocate({ codeInsee: '69123', coordonnees: LYON_INVERSE });
    expect([loc.lng, loc.lat]).toEqual([4.83, 45.76]);
    expect(rapport.entrees[0]).toMatchObject({ gravite: 'correction', code: 'COORDONNEES_INVERSEES', id: 'L1', fichier: 'Lieux.csv', ligne: 2, avant: '45.76, 4.83', apres: '4.83, 45.76' });
  });

  it('gives the distance in km of coordinates found outside their commune', () => {
    const { loc, rapport } = geolocate({ codeInsee: '69123', coordonnees: [2.35, 48.85] });
    expect([loc.lng, loc.lat]).toEqual(ref.communes.get('69123')!.centre);
    expect(rapport.entrees[0].message).toMatch(/à 39\d km/);
  });

  it('places a Marseille arrondissement at its own point', () => {
    const { loc } = geolocate({ codeInsee: '13201' });
    const arr = ref.arrondissements.get('13201')!;
    expect(arr.centre).not.toBeNull();
    expect([loc.lng, loc.lat]).toEqual(arr.centre);
    expect([loc.lng, loc.lat]).not.toEqual(ref.communes.get('13055')!.centre);
  });

  it('finds the arrondissement from a Marseille postcode', () => {
    const { loc } = geolocate({ codeInsee: '13055', codePostal: '13001' });
    expect([loc.lng, loc.lat]).toEqual(ref.arrondissements.get('13201')!.centre);
  });

  it.each([
    ['97411', 'Saint-Denis'],
    ['97615', 'Pamandzi'],
    ['2A004', 'Ajaccio'],
  ])('places %s (%s) inside its box', (code) => {
    const { loc } = geolocate({ codeInsee: code });
    const [w, s, e, n] = ref.communes.get(code)!.bbox!;
    expect(loc.lng).toBeGreaterThanOrEqual(w);
    expect(loc.lng).toBeLessThanOrEqual(e);
    expect(loc.lat).toBeGreaterThanOrEqual(s);
    expect(loc.lat).toBeLessThanOrEqual(n);
  });

  it('places the postcode mean between the postcode’s communes', () => {
    const { loc } = geolocate({ codePostal: '13100' });
    const centres = ref.parCodePostal('13100').map((c) => c.centre!);
    expect(loc.lng).toBeCloseTo(centres.reduce((a, c) => a + c[0], 0) / centres.length, 4);
    expect(loc.lat).toBeCloseTo(centres.reduce((a, c) => a + c[1], 0) / centres.length, 4);
    expect(loc).toMatchObject({ departement: '13', region: '93' });
  });
});
