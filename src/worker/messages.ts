/**
 * Every message between the main thread and the atlas worker, as name → [params, result]
 * (the shape of maplibre's RequestResponseMessageMap). Adding a message takes one line here;
 * the compiler then checks both the worker's handlers and the callers.
 */
import type { AtlasMeta } from '../core/atlas-data.ts';
import type { Filtres } from '../core/filtres.ts';
import type { ComptesFacettes } from '../core/facettes.ts';
import type { CouvertureEnjeux } from '../core/pairs/enjeux-couverts.ts';
import type { FichePair } from '../core/pairs/idees.ts';
import type { CodesCollectivites } from '../core/filtres.ts';
import type { SelectionChiffres, StatistiquesChiffres } from './chiffres.ts';

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

/** A matching fiche near a point (« Autour de moi », « Aller à une commune »), with what its row shows. */
export interface FicheAutour extends Proche {
  /** Index into collectivites.json (0xFFFFFFFF: none). */
  collectivite: number;
  /** Index into taxonomie.axes, or AXE_INCONNU. */
  axe: number;
}

export interface ResultatAutour {
  /** The nearest first, at most the n asked for. */
  fiches: FicheAutour[];
  /** Matching placed fiches in all (how many more could be shown). */
  total: number;
  generation: number;
}

export interface Compte {
  /** Fiches that match the filters. */
  total: number;
  /** Of which placed on the map. */
  places: number;
  generation: number;
}

/** The full-text query of a filter, as the worker resolved it. */
export interface EtatRecherche {
  /** Folded words of the corpus the query matched, for `surligner` (src/core/recherche-surlignage.ts). */
  termes: string[];
  /** Nothing to search for (stop words, one letter): the query does not filter. */
  vide: boolean;
  /** The search index could not be loaded: the query does not filter. */
  erreur?: string;
}

/** A filter's answer: the counts, the facet counts (what adding each value would give) and the query's state. */
export interface ResultatFiltrage extends Compte {
  facettes: ComptesFacettes;
  /** null when the filter has no query. */
  recherche: EtatRecherche | null;
}

export interface ResultatInit extends ResultatFiltrage {
  /** Facet counts over all fiches (what facettes.json holds). */
  globales: ComptesFacettes;
}

/** Where the map and the list stand, to compute their answers along with a filter's. */
export interface ParametresClusters {
  bbox: BBox;
  zoom: number;
}
export interface ParametresListe {
  bbox: BBox | null;
  tri: Tri;
  centre: [number, number] | null;
}
export interface ResultatClusters {
  generation: number;
  entites: EntitesCarte;
}

/** A filter's answer with, when asked for, the clusters and the list the main thread asks for next. */
export interface ResultatFiltrageSuivi extends ResultatFiltrage {
  ensuite?: { clusters?: ResultatClusters; liste?: ListeVue };
}

export interface RequestResponseMessageMap {
  /** `recherche`: absolute URL of the search manifest (recherche/index.json), loaded on the first query. */
  init: [{ buffer: ArrayBuffer; meta: MetaMoteur; filtres?: Filtres; recherche?: string }, ResultatInit];
  /** Ranks of the collectivités in alphabetical order, for the `commune` sort. */
  rangs: [{ rangCollectivite: Uint32Array }, true];
  /** `ensuite`: the view's clusters and list, answered with the filter (one round trip instead of two). */
  filtrer: [{ filtres: Filtres; ensuite?: { clusters?: ParametresClusters; liste?: ParametresListe } }, ResultatFiltrageSuivi];
  /** Loads the search index ahead of the first query (the search box got the focus); false if it cannot. */
  prechargerRecherche: [Record<string, never>, boolean];
  clusters: [ParametresClusters, ResultatClusters];
  expansion: [{ generation: number; id: number }, number | null];
  site: [{ generation: number; s: number }, FicheReperee[]];
  liste: [ParametresListe, ListeVue];
  proches: [{ i: number; n: number; rayonKm?: number; parCollectivite?: number }, Proche[]];
  memeCollectivite: [{ i: number }, FicheReperee[]];
  position: [{ i: number }, [number, number] | null];
  /** « Ma commune »: fiches per enjeu of every collectivité (see src/worker/pairs.ts). */
  couvertureEnjeux: [{ enjeux: string[]; nbCollectivites: number }, CouvertureEnjeux];
  /** « Ma commune »: the fiches of some collectivités, with their enjeux. */
  fichesDeCollectivites: [{ collectivites: number[] }, FichePair[]];
  /** The current selection (mask, search included) as columns, for the « Chiffres » tab. */
  selection: [Record<string, never>, SelectionChiffres];
  statistiques: [Record<string, never>, StatistiquesChiffres];
  /** The n matching fiches nearest to a point, nearest first. */
  autour: [{ lng: number; lat: number; n: number }, ResultatAutour];
  /** Bounds of the matching placed fiches (null when none), to fit the map to a selection. */
  bornes: [Record<string, never>, BBox | null];
  /** Runs the engine's filter paths over a throwaway engine while idle (echauffement.ts); answers with the steps run. */
  echauffer: [ParametresClusters, number];
  /** The collectivités' codes and EPCI (collectivites.json order), to resolve `Filtres.collectivites`; re-applies the filter. */
  collectivites: [CodesCollectivites, ResultatFiltrage];
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
