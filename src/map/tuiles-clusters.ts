/**
 * The map of a big atlas (`atlas.json` `carte.mode === 'tuiles-vectorielles'`): the clusters the
 * build precomputed per zoom (scripts/build/write/clusters.ts), read from one PMTiles archive by HTTP
 * range requests through the pmtiles protocol, and drawn like the worker's clusters: a donut per
 * cluster with its count, a disc with a count per pile, a dot per fiche, coloured by dominant axe.
 *
 * The tiles hold every placed fiche, whatever the filters: the worker is not asked for clusters.
 */
import * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, MapGeoJSONFeature } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { COULEURS_AXES, NEUTRES, texteSur } from './couleurs.ts';
import { dessinerDonut, RATIO_DONUT, TAILLE_DONUT } from './donut.ts';
import { POLICES } from './style.ts';
import { entiteTuileSous, lireEntite, niveauTuile, urlSourcePmtiles, type EntiteTuile } from './tuiles-clusters-lecture.ts';
import { ECHELLE_CLUSTER, HALO_FICHE, RAYON_FICHE, RAYON_PILE, type Paliers } from './tailles-marques.ts';

export type { EntiteTuile };

export const SOURCE_TUILES_CLUSTERS = 'atlas-tuiles-clusters';
export const COUCHES_TUILES = {
  halo: 'atlas-tuiles-fiches-halo',
  fiches: 'atlas-tuiles-fiches',
  pilesOmbre: 'atlas-tuiles-piles-ombre',
  piles: 'atlas-tuiles-piles',
  pilesTexte: 'atlas-tuiles-piles-texte',
  clusters: 'atlas-tuiles-clusters',
} as const;
/** Top first: what a pointer hits. */
const INTERACTIVES = [COUCHES_TUILES.clusters, COUCHES_TUILES.pilesTexte, COUCHES_TUILES.piles, COUCHES_TUILES.fiches];

export interface OptionsTuilesClusters {
  /** The archive, relative to the document or absolute (`urlDonnee(meta.fichiers.clusters)`). */
  urlArchive: string;
  /** Its vector layer (`meta.carte.couche`). */
  couche: string;
  /** Its last zoom (`meta.carte.zoomMax`); the map overzooms it beyond. */
  zoomMax: number;
  /** Layer to draw under (a selection ring, say); on top of everything when absent. */
  avant?: string;
  /**
   * Draw the donut images when the map asks for them (`setMissingStyleImageResolver`, which holds
   * one resolver per map: turn this off when the app already resolves `d:` ids). Default true.
   */
  images?: boolean;
  /** Base to resolve a relative `urlArchive` against; default `document.baseURI`. */
  base?: string;
}

/** What the map draws, as `__atlas.entitesVisibles()` gives it (src/state/instrumentation.ts). */
export interface EntiteVisible {
  k: 'c' | 'p' | 'f';
  n: number;
  x: number;
  y: number;
  i?: number;
}

export interface TuilesClusters {
  /** Interactive layer ids, top first (for the cursor, say). */
  readonly couches: readonly string[];
  /** What is drawn under a pixel of the map container, or null. */
  entiteSous(point: { x: number; y: number }): EntiteTuile | null;
  /**
   * Every cluster, pile and fiche drawn inside the view, at its pixel position. MapLibre returns a
   * feature once, not once per tile whose margin holds it (test/e2e/tuiles.e2e.ts checks this).
   */
  entitesVisibles(): EntiteVisible[];
  /** Resolves once the tiles of the view are loaded and drawn (first call: the first clusters); rejects if the archive cannot be read. */
  quandRendu(cb?: () => void): Promise<void>;
  detruire(): void;
}

let protocole: Protocol | null = null;

/** The pmtiles:// protocol, registered once per page. */
function enregistrerProtocole(): void {
  if (protocole) return;
  protocole = new Protocol();
  maplibregl.addProtocol('pmtiles', protocole.tile);
}

const expressionPaliers = (entree: ExpressionSpecification, p: Paliers, plus = 0): ExpressionSpecification =>
  ['interpolate', ['linear'], entree, ...p.flatMap(([x, y]) => [x, y + plus])] as unknown as ExpressionSpecification;

const parAxe = (valeur: (couleur: string) => string, sansAxe: string): ExpressionSpecification =>
  ['match', ['get', 'r'], ...COULEURS_AXES.flatMap((c, k) => [k, valeur(c)]), sansAxe] as unknown as ExpressionSpecification;
const couleurParAxe = () => parAxe((c) => c, NEUTRES.sansAxe);
const texteParAxe = () => parAxe(texteSur, texteSur(NEUTRES.sansAxe));

function ajouterCouches(map: maplibregl.Map, couche: string, avant: string | undefined): void {
  const commun = { source: SOURCE_TUILES_CLUSTERS, 'source-layer': couche } as const;
  const estFiche: ExpressionSpecification = ['==', ['get', 'k'], 'f'];
  const estPile: ExpressionSpecification = ['==', ['get', 'k'], 'p'];
  // `zoom` can only be the input of a top-level interpolate: the halo's radius is a curve of its own.
  const rayonFiche = (plus = 0): ExpressionSpecification => expressionPaliers(['zoom'], RAYON_FICHE, plus);
  const rayonPile = expressionPaliers(['get', 'n'], RAYON_PILE);
  const couches: maplibregl.LayerSpecification[] = [
    {
      id: COUCHES_TUILES.halo,
      type: 'circle',
      ...commun,
      filter: estFiche,
      paint: { 'circle-radius': rayonFiche(HALO_FICHE), 'circle-color': NEUTRES.contour, 'circle-opacity': 0.55, 'circle-blur': 0.15 },
    },
    {
      id: COUCHES_TUILES.fiches,
      type: 'circle',
      ...commun,
      filter: estFiche,
      paint: { 'circle-radius': rayonFiche(), 'circle-color': couleurParAxe(), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
    {
      id: COUCHES_TUILES.pilesOmbre,
      type: 'circle',
      ...commun,
      filter: estPile,
      paint: {
        'circle-radius': rayonPile,
        'circle-color': couleurParAxe(),
        'circle-opacity': 0.5,
        'circle-translate': [4, -4],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: COUCHES_TUILES.piles,
      type: 'circle',
      ...commun,
      filter: estPile,
      paint: { 'circle-radius': rayonPile, 'circle-color': couleurParAxe(), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: COUCHES_TUILES.pilesTexte,
      type: 'symbol',
      ...commun,
      filter: estPile,
      layout: {
        'text-field': ['get', 't'],
        'text-font': [...POLICES.grasse],
        'text-size': 12.5,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': texteParAxe() },
    },
    {
      id: COUCHES_TUILES.clusters,
      type: 'symbol',
      ...commun,
      filter: ['==', ['get', 'k'], 'c'],
      layout: {
        'icon-image': ['get', 'd'],
        'icon-size': expressionPaliers(['get', 'n'], ECHELLE_CLUSTER),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 't'],
        'text-font': [...POLICES.grasse],
        'text-size': ['interpolate', ['linear'], ['get', 'n'], 2, 11.5, 100, 13, 999, 13.5, 1000, 13, 3000, 14],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'symbol-sort-key': ['get', 'n'],
      },
      paint: { 'text-color': '#1a1a1a' },
    },
  ];
  for (const c of couches) map.addLayer(c, avant);
}

function positionDe(f: MapGeoJSONFeature): [number, number] | null {
  if (f.geometry.type !== 'Point') return null;
  const [lng, lat] = f.geometry.coordinates;
  return [lng, lat];
}

/**
 * Adds the archive's source and layers to a map whose style is loaded (after 'style.load'), and
 * what the app needs to interact with them.
 */
export function brancherTuilesClusters(map: maplibregl.Map, o: OptionsTuilesClusters): TuilesClusters {
  enregistrerProtocole();
  const base = o.base ?? document.baseURI;
  map.addSource(SOURCE_TUILES_CLUSTERS, { type: 'vector', url: urlSourcePmtiles(o.urlArchive, base) });
  ajouterCouches(map, o.couche, o.avant);
  const images = o.images ?? true;
  if (images) {
    map.setMissingStyleImageResolver((id) => {
      if (map.hasImage(id)) return;
      const img = dessinerDonut(id);
      if (img) map.addImage(id, img, { pixelRatio: RATIO_DONUT });
    });
  }

  let erreur: Error | null = null;
  const surErreur = (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
    if (e.sourceId === SOURCE_TUILES_CLUSTERS) erreur = new Error(`Archive des clusters illisible : ${e.error?.message ?? 'erreur inconnue'}`);
  };
  map.on('error', surErreur);
  const attentes = new Set<() => void>();

  const lire = (f: MapGeoJSONFeature): EntiteTuile | null => {
    const position = positionDe(f);
    return position ? lireEntite(f.properties, position, niveauTuile(map.getZoom(), o.zoomMax)) : null;
  };

  /** What the view shows, where it is drawn in the container (centres up to `marge` px outside it). */
  const dessinees = (marge = 0): { e: EntiteTuile; x: number; y: number }[] => {
    const { width, height } = map.getContainer().getBoundingClientRect();
    const d: { e: EntiteTuile; x: number; y: number }[] = [];
    for (const f of map.queryRenderedFeatures({ layers: [COUCHES_TUILES.clusters, COUCHES_TUILES.piles, COUCHES_TUILES.fiches] })) {
      const e = lire(f);
      if (!e) continue;
      const { x, y } = map.project([e.lng, e.lat]);
      if (x >= -marge && y >= -marge && x <= width + marge && y <= height + marge) d.push({ e, x, y });
    }
    return d;
  };

  return {
    couches: INTERACTIVES,

    entiteSous(point) {
      return entiteTuileSous(dessinees(TAILLE_DONUT), point, map.getZoom(), TAILLE_DONUT)?.e ?? null;
    },

    entitesVisibles() {
      return dessinees().map(({ e, x, y }) => (e.k === 'f' ? { k: e.k, n: 1, x, y, i: e.i } : { k: e.k, n: e.n, x, y }));
    },

    quandRendu(cb) {
      return new Promise<void>((resolve, reject) => {
        const verifier = () => {
          if (erreur) {
            fin();
            reject(erreur);
            return;
          }
          if (!map.getSource(SOURCE_TUILES_CLUSTERS) || !map.isSourceLoaded(SOURCE_TUILES_CLUSTERS)) return;
          fin();
          cb?.();
          resolve();
        };
        const fin = () => {
          map.off('render', verifier);
          map.off('error', verifier);
          attentes.delete(fin);
        };
        attentes.add(fin);
        map.on('render', verifier);
        map.on('error', verifier);
        map.triggerRepaint();
      });
    },

    detruire() {
      for (const fin of [...attentes]) fin();
      map.off('error', surErreur);
      if (images) map.setMissingStyleImageResolver(null);
      for (const id of Object.values(COUCHES_TUILES)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE_TUILES_CLUSTERS)) map.removeSource(SOURCE_TUILES_CLUSTERS);
    },
  };
}
