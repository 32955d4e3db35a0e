import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';

/**
 * The real geography and the 2014 classification the demo draws from:
 * communes, EPCI, departments and regions from @etalab/decoupage-administratif,
 * commune bounding boxes from @etalab/fr-bounding-boxes (older geography, matched by INSEE code),
 * services from data/reference/services-2014.csv (committed, so nothing reads ../shared at run time).
 */

export type Bbox = [number, number, number, number]; // [west, south, east, north]

export interface CommuneRef {
  code: string;
  nom: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux: string[];
  /** INSEE "type de nom en clair": 0 de, 1 d', 2 Le/du, 3 La/de la, 4 Les/des, 5 L'/de l', 6 Aux/des… */
  typeLiaison: number;
  siren?: string;
  bbox?: Bbox;
}

/** A commune déléguée or associée, and the commune it now belongs to. */
export interface AncienneCommuneRef {
  code: string;
  nom: string;
  chefLieu: string;
  typeLiaison: number;
  bbox?: Bbox;
}

export interface ArrondissementRef {
  code: string;
  nom: string;
  commune: string;
  codePostal: string;
  population?: number;
}

export interface EpciRef {
  siren: string;
  nom: string;
  type: string;
  population: number;
  /** Member communes' INSEE codes, largest first. */
  membres: string[];
  bbox?: Bbox;
}

export interface RegionRef {
  code: string;
  nom: string;
  chefLieu: string;
}

export interface DepartementRef {
  code: string;
  nom: string;
  typeLiaison: number;
  region: string;
  chefLieu: string;
}

export interface ServiceRef {
  id: string;
  axe: string;
  enjeu: string;
  usage: string;
  service: string;
}

export interface Referentiel {
  communes: CommuneRef[];
  communeParCode: Map<string, CommuneRef>;
  anciennes: AncienneCommuneRef[];
  arrondissements: ArrondissementRef[];
  epcis: EpciRef[];
  epciParCommune: Map<string, EpciRef>;
  regions: RegionRef[];
  departements: DepartementRef[];
  services: ServiceRef[];
}

const require = createRequire(import.meta.url);

function lireJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

interface CommuneBrute {
  code: string;
  nom: string;
  type: string;
  zone?: string;
  departement?: string;
  region?: string;
  population?: number;
  codesPostaux?: string[];
  typeLiaison?: number;
  siren?: string;
  chefLieu?: string;
  commune?: string;
}

interface EpciBrut {
  code: string;
  nom: string;
  type: string;
  populationTotale: number;
  membres: { code: string; populationTotale?: number }[];
}

interface BboxBrute {
  id: string;
  bbox: Bbox;
}

export const SERVICES_2014 = new URL('../../data/reference/services-2014.csv', import.meta.url);

/** Reads the classification sheet (header `Id_Service;Axe;Enjeu de développement;Usage;Service`). */
export function lireServices(chemin: URL | string = SERVICES_2014): ServiceRef[] {
  const texte = readFileSync(chemin, 'utf8').replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(texte, { delimiter: ';', skipEmptyLines: true });
  return parsed.data.slice(1).map((r) => ({ id: r[0], axe: r[1], enjeu: r[2], usage: r[3], service: r[4] }));
}

let cache: Referentiel | undefined;

/** Loads everything once per process (≈ 0.3 s: the commune list is 8.6 MB of JSON). */
export function chargerReferentiel(): Referentiel {
  if (cache) return cache;
  const bboxCommunes = new Map<string, Bbox>();
  for (const b of lireJson<BboxBrute[]>('@etalab/fr-bounding-boxes/dist/communes.json')) {
    bboxCommunes.set(b.id.slice(b.id.lastIndexOf(':') + 1), b.bbox);
  }
  const bboxEpci = new Map<string, Bbox>();
  for (const b of lireJson<BboxBrute[]>('@etalab/fr-bounding-boxes/dist/epci.json')) {
    bboxEpci.set(b.id.slice(b.id.lastIndexOf(':') + 1), b.bbox);
  }

  const communes: CommuneRef[] = [];
  const anciennes: AncienneCommuneRef[] = [];
  const arrondissements: ArrondissementRef[] = [];
  const brutes = lireJson<CommuneBrute[]>('@etalab/decoupage-administratif/data/communes.json');
  for (const c of brutes) {
    if (c.type === 'commune-actuelle' && (c.zone === 'metro' || c.zone === 'drom') && c.codesPostaux?.length) {
      communes.push({
        code: c.code,
        nom: c.nom,
        departement: c.departement ?? '',
        region: c.region ?? '',
        population: c.population,
        codesPostaux: c.codesPostaux,
        typeLiaison: c.typeLiaison ?? 0,
        siren: c.siren,
        bbox: bboxCommunes.get(c.code),
      });
    }
  }
  const communeParCode = new Map(communes.map((c) => [c.code, c]));
  for (const c of brutes) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && !communeParCode.has(c.code) && communeParCode.has(c.chefLieu)) {
      anciennes.push({ code: c.code, nom: c.nom, chefLieu: c.chefLieu, typeLiaison: c.typeLiaison ?? 0, bbox: bboxCommunes.get(c.code) });
    } else if (c.type === 'arrondissement-municipal' && c.commune && c.codesPostaux?.length) {
      arrondissements.push({ code: c.code, nom: c.nom, commune: c.commune, codePostal: c.codesPostaux[0], population: c.population });
    }
  }

  const epcis: EpciRef[] = [];
  const epciParCommune = new Map<string, EpciRef>();
  for (const e of lireJson<EpciBrut[]>('@etalab/decoupage-administratif/data/epci.json')) {
    const membres = e.membres
      .filter((m) => communeParCode.has(m.code))
      .sort((a, b) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0) || (a.code < b.code ? -1 : 1))
      .map((m) => m.code);
    if (membres.length === 0) continue;
    const epci: EpciRef = { siren: e.code, nom: e.nom, type: e.type, population: e.populationTotale, membres, bbox: bboxEpci.get(e.code) };
    epcis.push(epci);
    for (const m of membres) epciParCommune.set(m, epci);
  }

  const regions = lireJson<(RegionRef & { zone: string })[]>('@etalab/decoupage-administratif/data/regions.json')
    .filter((r) => r.zone === 'metro' || r.zone === 'drom')
    .map(({ code, nom, chefLieu }) => ({ code, nom, chefLieu }));
  const departements = lireJson<(DepartementRef & { zone: string })[]>('@etalab/decoupage-administratif/data/departements.json')
    .filter((d) => d.zone === 'metro' || d.zone === 'drom')
    .map(({ code, nom, typeLiaison, region, chefLieu }) => ({ code, nom, typeLiaison, region, chefLieu }));

  cache = { communes, communeParCode, anciennes, arrondissements, epcis, epciParCommune, regions, departements, services: lireServices() };
  return cache;
}
