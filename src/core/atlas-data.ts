/**
 * The contract between the atlas build (scripts/) and the front end (src/):
 * the shape of every file written into the atlas data folder (`public/data` by default).
 *
 *   atlas.json                 AtlasMeta: taxonomy, geography, facets' value lists, file names
 *   points.bin                 binary point index (see points-index.ts), one point per fiche
 *   collectivites.json         Collectivite[]: the communes / EPCI that have fiches, indexed by points.bin
 *   facettes.json              FacettesGlobales: counts of every facet value over all fiches
 *   tuiles/<e>/{z}/{x}/{y}.json  TuileGeoJSON: what lists and tooltips show, lazily by viewport
 *   tuiles/<e>/sans-lieu.json  the same for fiches that could not be placed
 *   fiches/<e>/{n}.json        Record<FicheId, FicheDetail>, n = chunkOfFiche(id, atlas.fichesChunks)
 *   recherche/<e>/*.json       flexsearch Document export (see recherche-index.ts)
 *   (<e>: the empreinte of the folder's content; points.bin, collectivites.json, facettes.json
 *   and communes.json carry theirs in their names too: the names to read are in `fichiers`)
 *   communes.json              CommuneRepere[]: every commune of the registry, for "Aller à une commune"
 *   initiatives.geojson        open data: every fiche, one Feature each (geometry null when unplaced)
 *   report.json / report.txt   the build report
 */
import type { ProprietesEntite } from '../worker/messages.ts';

export type Precision = 'exact' | 'commune' | 'approx' | 'none';
export const PRECISIONS: readonly Precision[] = ['exact', 'commune', 'approx', 'none'];

/** Kind of collectivité behind a fiche, as the label names them, plus `autre` for other structures. */
export type TypeCollectivite = 'village' | 'ville' | 'territoire' | 'autre';
export const TYPES_COLLECTIVITE: readonly TypeCollectivite[] = ['village', 'ville', 'territoire', 'autre'];

export interface NoeudTaxonomie {
  /** Hierarchical code: axe `1`, enjeu `1.2`, usage `1.2.3`. */
  code: string;
  numero: number;
  libelle: string;
}
export interface ServiceTaxonomie {
  id: string;
  libelle: string;
}
export interface UsageTaxonomie extends NoeudTaxonomie {
  services: ServiceTaxonomie[];
}
export interface EnjeuTaxonomie extends NoeudTaxonomie {
  usages: UsageTaxonomie[];
}
export interface AxeTaxonomie extends NoeudTaxonomie {
  enjeux: EnjeuTaxonomie[];
}
export interface Taxonomie {
  axes: AxeTaxonomie[];
}

export interface RegionMeta {
  code: string;
  nom: string;
}
export interface DepartementMeta {
  code: string;
  nom: string;
  region: string;
  /** Population of the department (sum of its communes), for rates per 100,000 inhabitants. */
  population: number;
}

export interface StrateMeta {
  code: string;
  libelle: string;
  /** Inclusive lower bound of population. */
  min: number;
  /** Exclusive upper bound, or null for the last class. */
  max: number | null;
}

export interface AtlasMeta {
  version: 1;
  /** ISO timestamp of the build. */
  genere: string;
  total: number;
  places: number;
  taxonomie: Taxonomie;
  /** Services in the order points.bin refers to them (index → service id). */
  services: string[];
  regions: RegionMeta[];
  departements: DepartementMeta[];
  strates: StrateMeta[];
  typesCollectivite: readonly TypeCollectivite[];
  precisions: readonly Precision[];
  /** [min, max] publication years, or null when no fiche has a date. */
  annees: [number, number] | null;
  /** Latest label year found in the export, or null. */
  anneeLabel: number | null;
  /** [west, south, east, north] of the placed fiches in metropolitan France. */
  bounds: [number, number, number, number];
  fichesChunks: number;
  tuileZoom: number;
  /**
   * Relative file names. The big data files carry the empreinte of their content in their name
   * (`points.<empreinte>.bin`; folders `tuiles/<empreinte>`, `fiches/<empreinte>`, the search
   * index's `recherche/<empreinte>/index.json`, its other files beside it), so that they can be
   * cached forever; atlas.json and `initiatives.geojson` keep stable names.
   */
  fichiers: {
    points: string;
    collectivites: string;
    facettes: string;
    communes: string;
    recherche: string;
    initiatives: string;
    /** Folder of the list tiles: `<tuiles>/{z}/{x}/{y}.json`, `<tuiles>/sans-lieu.json`. */
    tuiles?: string;
    /** Folder of the fiche details: `<fiches>/{n}.json`. */
    fiches?: string;
    /** PMTiles archive of the precomputed cluster tiles, when `carte.mode` is 'tuiles-vectorielles'. */
    clusters?: string;
  };
  /** How the map gets its clusters; absent: 'points'. */
  carte?: CarteMeta;
  /**
   * The unfiltered clusters of the whole atlas at the first zooms, as the worker computes them
   * (same code, run by the build): the map draws the first view from them before its worker is up.
   */
  premiersClusters?: PremiersClusters;
  sources: { nom: string; licence: string; url: string }[];
  contactsPublies: boolean;
}

/**
 * 'points': the worker clusters points.bin (filters redraw the map). 'tuiles-vectorielles':
 * above `seuil` placed fiches, the build precomputed the clusters of all fiches per zoom as vector
 * tiles (`fichiers.clusters`, layer `couche`, zooms 0 to `zoomMax`), read through the pmtiles
 * protocol; filters then act on counts and lists, not on the clusters drawn.
 */
export type ModeCarte = 'points' | 'tuiles-vectorielles';
export interface CarteMeta {
  mode: ModeCarte;
  /** Placed fiches above which the build switches to 'tuiles-vectorielles'. */
  seuil: number;
  /** Vector tile layer of the clusters, and its properties: `n`, `a0…aK` per axe, `zoom` (clusters), `i` (sites). */
  couche?: string;
  zoomMax?: number;
}

/** An entity of the map as [lng, lat, properties] (src/worker/messages.ts's ProprietesEntite). */
export type EntiteCompacte = [number, number, ProprietesEntite];

export interface PremiersClusters {
  /** The worker's generation of its first, unfiltered clustering: cluster and site ids are valid for it. */
  generation: number;
  /** `zooms[z]`: every entity at integer zoom z, for z = 0 … zoomMax. */
  zoomMax: number;
  zooms: EntiteCompacte[][];
}

export interface LabelAnnee {
  annee: number;
  arobases: number;
  mention?: string;
}

export interface Collectivite {
  /** INSEE code of a commune, or SIREN of an EPCI, or `lieu:<Id_Lieu>` for an unplaced structure. */
  code: string;
  nom: string;
  type: TypeCollectivite;
  departement: string | null;
  region: string | null;
  population: number | null;
  /** Index into AtlasMeta.strates, or -1 when the population is unknown. */
  strate: number;
  lng: number | null;
  lat: number | null;
  /** Label history, oldest first. */
  labels: LabelAnnee[];
  nbFiches: number;
  /** SIREN of the EPCI the commune belongs to, if any. */
  epci: string | null;
}

export type CompteurFacette = Record<string, number>;
export interface FacettesGlobales {
  total: number;
  axes: CompteurFacette;
  enjeux: CompteurFacette;
  usages: CompteurFacette;
  services: CompteurFacette;
  regions: CompteurFacette;
  departements: CompteurFacette;
  annees: CompteurFacette;
  strates: CompteurFacette;
  types: CompteurFacette;
  arobases: CompteurFacette;
  precisions: CompteurFacette;
}

/** Properties of a tile feature: just what a list row and a tooltip need. */
export interface ProprietesTuile {
  /** Index of the fiche in points.bin. */
  i: number;
  id: string;
  titre: string;
  commune: string;
  annee: number | null;
  /** Axe code of the fiche's first service. */
  axe: string | null;
}
export interface TuileGeoJSON {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: [number, number] } | null;
    properties: ProprietesTuile;
  }[];
}

export interface LieuPublic {
  id: string;
  nom: string;
  type: 'ville' | 'autre';
  commune: string | null;
  codeInsee: string | null;
  codePostal: string | null;
  departement: string | null;
  region: string | null;
  epci: string | null;
  lng: number | null;
  lat: number | null;
  precision: Precision;
  adresseWeb: string | null;
}

export interface ServicePublic {
  id: string;
  axe: string;
  enjeu: string;
  usage: string;
  service: string;
}

export interface ContactPublic {
  nom: string;
  fonction: string;
}

export interface FicheDetail {
  id: string;
  i: number;
  titre: string;
  sousTitre: string;
  date: string | null;
  annee: number | null;
  synthese: string;
  actions: string;
  resultats: string;
  recommandations: string;
  outils: string;
  prestataires: string;
  liens: string[];
  videos: string[];
  photos: string[];
  lieux: LieuPublic[];
  services: ServicePublic[];
  /** Index into collectivites.json of the fiche's main collectivité, or -1. */
  collectivite: number;
  /** Present only when the build ran with --publish-contacts. */
  contacts?: ContactPublic[];
}

/** One commune of the registry: [code, nom, departement, lng, lat, population]. */
export type CommuneRepere = [string, string, string, number, number, number];

/** FNV-1a of the id, so that the front end finds a fiche's chunk from its id alone. */
export function chunkOfFiche(id: string, chunks: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % chunks;
}

/** Slippy-map tile of a point at zoom z. */
export function tuileDuPoint(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lng + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}
