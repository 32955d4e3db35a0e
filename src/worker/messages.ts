/**
 * Every message between the main thread and the atlas worker, as name → [params, result]
 * (the shape of maplibre's RequestResponseMessageMap). Adding a message takes one line here;
 * the compiler then checks both the worker's handlers and the callers.
 */
import type { AtlasMeta } from '../core/atlas-data.ts';
import type { Filtres } from '../core/filtres.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** What the engine needs from atlas.json. */
export type MetaMoteur = Pick<AtlasMeta, 'taxonomie' | 'services' | 'regions' | 'departements' | 'strates' | 'typesCollectivite'>;

/** Sort orders of the list. */
export type Tri = 'pertinence' | 'date' | 'commune';
export const TRIS: readonly Tri[] = ['pertinence', 'date', 'commune'];

/** No axe known for a fiche (it has no service). */
export const AXE_INCONNU = 255;

/** A cluster of several sites. `d` is the donut image id, `t` the count label. */
export interface ProprietesCluster {
  k: 'c';
  id: number;
  /** Number of fiches. */
  n: number;
  /** Dominant axe, index into taxonomie.axes, or -1. */
  r: number;
  d: string;
  t: string;
}
/** Several fiches at the very same coordinates (often the same commune): one marker with a count. */
export interface ProprietesPile {
  k: 'p';
  /** Site id, valid for the generation it came with. */
  s: number;
  n: number;
  r: number;
  d: string;
  t: string;
}
/** One fiche. */
export interface ProprietesPoint {
  k: 'f';
  /** Index of the fiche in points.bin. */
  i: number;
  r: number;
}
export type ProprietesEntite = ProprietesCluster | ProprietesPile | ProprietesPoint;

export interface EntiteCarte {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ProprietesEntite;
}
export interface EntitesCarte {
  type: 'FeatureCollection';
  features: EntiteCarte[];
}

/** The fiches of a view, sorted, as parallel typed arrays (transferred, not copied). */
export interface ListeVue {
  /** Matching fiches in the view (= indices.length). */
  total: number;
  indices: Uint32Array;
  annee: Uint16Array;
  axe: Uint8Array;
  collectivite: Uint32Array;
  lng: Float32Array;
  lat: Float32Array;
}

/** A fiche with where it is (NaN when unplaced) and its year (0 when unknown). */
export interface FicheReperee {
  i: number;
  lng: number;
  lat: number;
  annee: number;
}

export interface Proche extends FicheReperee {
  km: number;
}

export interface Compte {
  /** Fiches that match the filters. */
  total: number;
  /** Of which placed on the map. */
  places: number;
  generation: number;
}

export interface RequestResponseMessageMap {
  init: [{ buffer: ArrayBuffer; meta: MetaMoteur; filtres?: Filtres }, Compte];
  /** Ranks of the collectivités in alphabetical order, for the `commune` sort. */
  rangs: [{ rangCollectivite: Uint32Array }, true];
  filtrer: [{ filtres: Filtres }, Compte];
  clusters: [{ bbox: BBox; zoom: number }, { generation: number; entites: EntitesCarte }];
  expansion: [{ generation: number; id: number }, number | null];
  site: [{ generation: number; s: number }, FicheReperee[]];
  liste: [{ bbox: BBox | null; tri: Tri; centre: [number, number] | null }, ListeVue];
  proches: [{ i: number; n: number; rayonKm?: number; parCollectivite?: number }, Proche[]];
  memeCollectivite: [{ i: number }, FicheReperee[]];
  position: [{ i: number }, [number, number] | null];
}

export type TypeMessage = keyof RequestResponseMessageMap;
export type Params<T extends TypeMessage> = RequestResponseMessageMap[T][0];
export type Resultat<T extends TypeMessage> = RequestResponseMessageMap[T][1];

export interface Requete<T extends TypeMessage = TypeMessage> {
  id: number;
  type: T;
  params: Params<T>;
}
export type Reponse<T extends TypeMessage = TypeMessage> =
  | { id: number; type: T; ok: true; resultat: Resultat<T> }
  | { id: number; type: T; ok: false; erreur: string };
