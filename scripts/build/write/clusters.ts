/**
 * Precomputed cluster tiles, for atlases too big to cluster in the browser (above
 * SEUIL_TUILES_VECTORIELLES placed fiches): the clusters of all fiches, zoom by zoom, as
 * vector tiles in one PMTiles archive that the map reads by HTTP range requests.
 *
 *   points.bin ─ sites (one per distinct point) ─ supercluster ─ per zoom: geojson-vt ─ vt-pbf ─ PMTiles
 *
 * The clusters are the worker's, unfiltered: same sites, same options (OPTIONS_CLUSTERS), same
 * properties (`n` fiches, `a0…aK` fiches per axe, and the worker's `k`, `r`, `d`, `t`, as
 * src/worker/moteur.ts gives them), so the map draws them with the same layers. What they cannot
 * do is follow the filters: see README.
 */
import geojsonvt from 'geojson-vt';
import Supercluster from 'supercluster';
import vtpbf from 'vt-pbf';
import type { AtlasMeta } from '../../../src/core/atlas-data.ts';
import { tablesFiltres } from '../../../src/core/filtres.ts';
import { decodePointsIndex } from '../../../src/core/points-index.ts';
import { cleDonut } from '../../../src/worker/donut-cle.ts';
import { AXE_INCONNU } from '../../../src/worker/messages.ts';
import { OPTIONS_CLUSTERS, axesDesFiches, etiquetteCompte } from '../../../src/worker/moteur.ts';
import { Compression, TileType, archivePmtiles, type TuileArchive } from './pmtiles.ts';

/** Above this many placed fiches the map reads precomputed cluster tiles instead of clustering in its worker. */
export const SEUIL_TUILES_VECTORIELLES = 200_000;
export const COUCHE_CLUSTERS = 'clusters';
/**
 * Tiles up to this zoom; beyond, the map overzooms them. One less than the worker's last cluster
 * zoom: every zoom above doubles the number of tiles, for clusters a street or two apart.
 */
export const ZOOM_MAX_TUILES = OPTIONS_CLUSTERS.maxZoom - 1;
const ETENDUE = 4096;
/** Margin around each tile, in tile units: a cluster's circle near an edge is drawn whole on both sides. */
const MARGE = 512;

type Proprietes = Record<string, number>;
/** What a tile feature carries: the counts, and what the map draws them with (strings for `k`, `d`, `t`). */
type ProprietesTuile = Record<string, number | string>;

export interface TuilesClusters {
  /** The archive's parts, to write one after the other. */
  parties: Uint8Array[];
  tuiles: number;
  sites: number;
}

/**
 * What the worker's entities carry besides the counts (src/worker/moteur.ts `entites`): the kind `k`
 * ('c' cluster, 'p' several fiches at one site, 'f' one fiche), the dominant axe `r` (-1: none;
 * the first of equal counts), and for clusters and piles the donut image id `d` and the label `t`.
 * The style language can compute neither the largest-remainder parts of a donut nor a spaced count.
 */
export function proprietesDessin(p: Proprietes, nbAxes: number, cluster: boolean): ProprietesTuile {
  const compte: number[] = [];
  let r = -1;
  for (let k = 0; k < nbAxes; k++) {
    compte.push(p['a' + k] ?? 0);
    if (compte[k] > 0 && (r < 0 || compte[k] > compte[r])) r = k;
  }
  if (!cluster && p.n === 1) return { k: 'f', r };
  return { k: cluster ? 'c' : 'p', r, d: cleDonut(compte), t: etiquetteCompte(p.n) };
}

/** One feature per distinct point (the worker's sites), with its fiches per axe. */
function sites(buffer: ArrayBuffer, meta: AtlasMeta): GeoJSON.Feature<GeoJSON.Point, Proprietes>[] {
  const index = decodePointsIndex(buffer);
  const axes = axesDesFiches(index, meta, tablesFiltres(meta));
  const nbAxes = meta.taxonomie.axes.length;
  const parCle = new Map<string, GeoJSON.Feature<GeoJSON.Point, Proprietes>>();
  for (let i = 0; i < index.n; i++) {
    const lng = index.lng[i];
    const lat = index.lat[i];
    if (Number.isNaN(lng) || Number.isNaN(lat)) continue;
    const cle = lng.toFixed(5) + ',' + lat.toFixed(5);
    let site = parCle.get(cle);
    if (!site) {
      const p: Proprietes = { n: 0, i };
      for (let k = 0; k < nbAxes; k++) p['a' + k] = 0;
      site = { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: p };
      parCle.set(cle, site);
    }
    site.properties.n++;
    if (axes[i] !== AXE_INCONNU) site.properties['a' + axes[i]]++;
  }
  return [...parCle.values()];
}

export function tuilesClusters(buffer: ArrayBuffer, meta: AtlasMeta): TuilesClusters {
  const points = sites(buffer, meta);
  const nbAxes = meta.taxonomie.axes.length;
  const index = new Supercluster<Proprietes, Proprietes>({
    ...OPTIONS_CLUSTERS,
    map: (p) => {
      const o: Proprietes = { n: p.n };
      for (let k = 0; k < nbAxes; k++) o['a' + k] = p['a' + k];
      return o;
    },
    reduce: (acc, p) => {
      acc.n += p.n;
      for (let k = 0; k < nbAxes; k++) acc['a' + k] += p['a' + k];
    },
  }).load(points);

  const tuiles: TuileArchive[] = [];
  for (let z = 0; z <= ZOOM_MAX_TUILES; z++) {
    const features = index.getClusters([-180, -85, 180, 85], z).map((f) => {
      const p = f.properties as Proprietes & { cluster?: boolean; cluster_id?: number };
      const proprietes: ProprietesTuile = { n: p.n };
      for (let k = 0; k < nbAxes; k++) proprietes['a' + k] = p['a' + k];
      Object.assign(proprietes, proprietesDessin(p, nbAxes, !!p.cluster));
      // A cluster says to which zoom a click should go; a site, its first fiche (index in points.bin).
      if (p.cluster) proprietes.zoom = Math.min(index.getClusterExpansionZoom(p.cluster_id!), ZOOM_MAX_TUILES);
      else proprietes.i = p.i;
      return { type: 'Feature' as const, geometry: f.geometry, properties: proprietes };
    });
    const vt = new geojsonvt({ type: 'FeatureCollection', features }, { maxZoom: z, indexMaxZoom: z, indexMaxPoints: 0, extent: ETENDUE, buffer: MARGE });
    for (const { z: tz, x, y } of vt.tileCoords) {
      if (tz !== z) continue;
      const tuile = vt.getTile(z, x, y);
      if (!tuile || tuile.features.length === 0) continue;
      const pbf = vtpbf.fromGeojsonVt({ [COUCHE_CLUSTERS]: tuile }, { version: 2, extent: ETENDUE });
      tuiles.push({ z, x, y, donnees: pbf });
    }
  }

  const champs: Record<string, string> = { n: 'Number', zoom: 'Number', i: 'Number', k: 'String', r: 'Number', d: 'String', t: 'String' };
  for (let k = 0; k < nbAxes; k++) champs['a' + k] = 'Number';
  const [w, s, e, n] = meta.bounds;
  const parties = archivePmtiles(tuiles, {
    typeTuiles: TileType.Mvt,
    // A tile is a few hundred bytes: gzip would save little and cost a zlib call per tile.
    compressionTuiles: Compression.None,
    bornes: [-180, -85, 180, 85],
    centre: { lng: (w + e) / 2, lat: (s + n) / 2, z: 5 },
    metadonnees: {
      name: 'Atlaas — clusters des fiches',
      attribution: 'Villes Internet',
      vector_layers: [{ id: COUCHE_CLUSTERS, fields: champs, minzoom: 0, maxzoom: ZOOM_MAX_TUILES }],
    },
  });
  return { parties, tuiles: tuiles.length, sites: points.length };
}
