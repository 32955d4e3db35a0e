/**
 * The atlas engine: the point index, the current filter and the clustering of what matches.
 * Pure (no postMessage, no DOM): atlas.worker.ts wires it to messages, tests call it directly.
 *
 * Fiches at the very same coordinates (every fiche placed at its commune's centre, say) form one
 * "site". Supercluster clusters sites, not fiches, so a commune with 12 fiches stays one marker
 * with a count at every zoom instead of a pile that never splits.
 */
import Supercluster from 'supercluster';
import { decodePointsIndex, type PointsIndex } from '../core/points-index.ts';
import { masqueFiltres, tablesFiltres, type Filtres, type Selection, type TablesFiltres } from '../core/filtres.ts';
import { cleDonut } from './donut-cle.ts';
import {
  AXE_INCONNU,
  type BBox,
  type Compte,
  type EntiteCarte,
  type EntitesCarte,
  type FicheReperee,
  type ListeVue,
  type MetaMoteur,
  type Proche,
  type Tri,
} from './messages.ts';

export const OPTIONS_CLUSTERS = {
  radius: 64, // px: points closer than this on screen merge (tiles are 512 px)
  maxZoom: 15, // beyond this zoom, every site is drawn on its own
  minPoints: 2, // a cluster holds at least two sites
  extent: 512, // MapLibre's tile size
  nodeSize: 64, // kd-tree leaf size
};

/** Properties of a site given to supercluster: `n` fiches, `a0..aK` fiches per axe, `s` site id. */
type ProprietesSite = Record<string, number>;

interface Site {
  lng: number;
  lat: number;
  /** Fiches of the site, in index order. */
  fiches: number[];
}

const RAYON_TERRE_KM = 6371.0088;

export function distanceKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * RAYON_TERRE_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A map count label: `7`, `1 234` (plain space: the map font always has it). */
export function etiquetteCompte(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Index of the axe of each fiche: the axe of its first service (as the tiles' `axe`), AXE_INCONNU if none. */
export function axesDesFiches(index: PointsIndex, meta: MetaMoteur, tables: TablesFiltres): Uint8Array {
  const rangAxe = new Map(meta.taxonomie.axes.map((a, k) => [a.code, k]));
  const axeDuService = tables.axeDuService.map((code) => rangAxe.get(code) ?? AXE_INCONNU);
  const axes = new Uint8Array(index.n).fill(AXE_INCONNU);
  for (let i = 0; i < index.n; i++) {
    const debut = index.serviceOffsets[i];
    if (debut < index.serviceOffsets[i + 1]) axes[i] = axeDuService[index.services[debut]] ?? AXE_INCONNU;
  }
  return axes;
}

const place = (index: PointsIndex, i: number) => !Number.isNaN(index.lng[i]) && !Number.isNaN(index.lat[i]);

function dansBbox(lng: number, lat: number, b: BBox): boolean {
  return lat >= b[1] && lat <= b[3] && (b[0] <= b[2] ? lng >= b[0] && lng <= b[2] : lng >= b[0] || lng <= b[2]);
}

/** Clamps a map bbox (which can run past ±180 at low zoom) to the world. */
export function bboxMonde(b: BBox): BBox {
  if (b[2] - b[0] >= 360) return [-180, Math.max(-90, b[1]), 180, Math.min(90, b[3])];
  return [Math.max(-180, b[0]), Math.max(-90, b[1]), Math.min(180, b[2]), Math.min(90, b[3])];
}

export class Moteur {
  readonly index: PointsIndex;
  readonly tables: TablesFiltres;
  /** Axe index of each fiche. */
  readonly axes: Uint8Array;
  readonly nbAxes: number;
  private masque: Uint8Array;
  private sites: Site[] = [];
  private clusters: Supercluster<ProprietesSite, ProprietesSite>;
  private rangCollectivite: Uint32Array | null = null;
  generation = 0;
  total = 0;
  places = 0;

  constructor(buffer: ArrayBuffer, meta: MetaMoteur, filtres: Filtres = {}, selection: Selection = {}) {
    this.index = decodePointsIndex(buffer);
    this.tables = tablesFiltres(meta);
    this.axes = axesDesFiches(this.index, meta, this.tables);
    this.nbAxes = meta.taxonomie.axes.length;
    this.masque = new Uint8Array(this.index.n);
    this.clusters = this.nouveauClusters();
    this.filtrer(filtres, selection);
  }

  private nouveauClusters(): Supercluster<ProprietesSite, ProprietesSite> {
    const nbAxes = this.nbAxes;
    return new Supercluster<ProprietesSite, ProprietesSite>({
      ...OPTIONS_CLUSTERS,
      map: (p) => {
        const o: ProprietesSite = { n: p.n };
        for (let k = 0; k < nbAxes; k++) o['a' + k] = p['a' + k];
        return o;
      },
      reduce: (acc, p) => {
        acc.n += p.n;
        for (let k = 0; k < nbAxes; k++) acc['a' + k] += p['a' + k];
      },
    });
  }

  compte(): Compte {
    return { total: this.total, places: this.places, generation: this.generation };
  }

  /** Applies a filter: recomputes the mask, the sites and the clusters (≈ tens of ms for 12k fiches). */
  filtrer(filtres: Filtres, selection: Selection = {}): Compte {
    const { index } = this;
    this.masque = masqueFiltres(index, filtres, this.tables, selection);
    const parCle = new Map<string, Site>();
    this.sites = [];
    this.total = 0;
    this.places = 0;
    for (let i = 0; i < index.n; i++) {
      if (!this.masque[i]) continue;
      this.total++;
      if (!place(index, i)) continue;
      this.places++;
      const cle = index.lng[i].toFixed(5) + ',' + index.lat[i].toFixed(5);
      let site = parCle.get(cle);
      if (!site) {
        site = { lng: index.lng[i], lat: index.lat[i], fiches: [] };
        parCle.set(cle, site);
        this.sites.push(site);
      }
      site.fiches.push(i);
    }
    const points = this.sites.map((site, s) => {
      const p: ProprietesSite = { s, n: site.fiches.length };
      for (let k = 0; k < this.nbAxes; k++) p['a' + k] = 0;
      for (const i of site.fiches) if (this.axes[i] !== AXE_INCONNU) p['a' + this.axes[i]]++;
      return { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [site.lng, site.lat] }, properties: p };
    });
    this.clusters = this.nouveauClusters();
    this.clusters.load(points);
    this.generation++;
    return this.compte();
  }

  estVisible(i: number): boolean {
    return this.masque[i] === 1;
  }

  private repartition(p: ProprietesSite): { compte: number[]; dominant: number } {
    const compte: number[] = [];
    let dominant = -1;
    for (let k = 0; k < this.nbAxes; k++) {
      compte.push(p['a' + k] ?? 0);
      if (compte[k] > 0 && (dominant < 0 || compte[k] > compte[dominant])) dominant = k;
    }
    return { compte, dominant };
  }

  /** Clusters, piles and single fiches inside a bbox at a zoom, as GeoJSON for a MapLibre source. */
  entites(bbox: BBox, zoom: number): EntitesCarte {
    const features: EntiteCarte[] = [];
    for (const f of this.clusters.getClusters(bboxMonde(bbox), zoom)) {
      const p = f.properties as ProprietesSite & { cluster?: boolean; cluster_id?: number };
      const coordinates = f.geometry.coordinates as [number, number];
      if (p.cluster) {
        const { compte, dominant } = this.repartition(p);
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates },
          properties: { k: 'c', id: p.cluster_id as number, n: p.n, r: dominant, d: cleDonut(compte), t: etiquetteCompte(p.n) },
        });
      } else if (p.n > 1) {
        const { compte, dominant } = this.repartition(p);
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates },
          properties: { k: 'p', s: p.s, n: p.n, r: dominant, d: cleDonut(compte), t: etiquetteCompte(p.n) },
        });
      } else {
        const i = this.sites[p.s].fiches[0];
        const axe = this.axes[i];
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates },
          properties: { k: 'f', i, r: axe === AXE_INCONNU ? -1 : axe },
        });
      }
    }
    return { type: 'FeatureCollection', features };
  }

  /** Zoom at which a cluster splits, or null when the id belongs to an older generation. */
  expansion(generation: number, id: number): number | null {
    if (generation !== this.generation) return null;
    try {
      return Math.min(this.clusters.getClusterExpansionZoom(id), OPTIONS_CLUSTERS.maxZoom + 1);
    } catch {
      return null;
    }
  }

  reperer(i: number): FicheReperee {
    return { i, lng: this.index.lng[i], lat: this.index.lat[i], annee: this.index.annee[i] };
  }

  /** Fiches of a site (a pile), newest first, or [] when the id belongs to an older generation. */
  site(generation: number, s: number): FicheReperee[] {
    if (generation !== this.generation) return [];
    const fiches = this.sites[s]?.fiches ?? [];
    return fiches.map((i) => this.reperer(i)).sort((a, b) => b.annee - a.annee || a.i - b.i);
  }

  definirRangs(rangCollectivite: Uint32Array): void {
    this.rangCollectivite = rangCollectivite;
  }

  /**
   * Matching fiches inside a bbox (every matching fiche, placed or not, when bbox is null), sorted:
   * `pertinence` nearest to the centre first, `date` newest first, `commune` alphabetical.
   */
  liste(bbox: BBox | null, tri: Tri, centre: [number, number] | null): ListeVue {
    const { index } = this;
    const b = bbox ? bboxMonde(bbox) : null;
    const choisis: number[] = [];
    for (let i = 0; i < index.n; i++) {
      if (!this.masque[i]) continue;
      if (b && !(place(index, i) && dansBbox(index.lng[i], index.lat[i], b))) continue;
      choisis.push(i);
    }
    const cle = new Float64Array(index.n);
    if (tri === 'date') {
      for (const i of choisis) cle[i] = -(index.annee[i] || -1);
    } else if (tri === 'commune') {
      const rangs = this.rangCollectivite;
      for (const i of choisis) {
        const c = index.collectivite[i];
        cle[i] = rangs && c < rangs.length ? rangs[c] * 10000 - index.annee[i] : 1e12;
      }
    } else if (centre) {
      const cos = Math.cos((centre[1] * Math.PI) / 180);
      for (const i of choisis) {
        if (!place(index, i)) cle[i] = Infinity;
        else cle[i] = ((index.lng[i] - centre[0]) * cos) ** 2 + (index.lat[i] - centre[1]) ** 2;
      }
    }
    choisis.sort((a, b) => cle[a] - cle[b] || a - b);
    const n = choisis.length;
    const vue: ListeVue = {
      total: n,
      indices: Uint32Array.from(choisis),
      annee: new Uint16Array(n),
      axe: new Uint8Array(n),
      collectivite: new Uint32Array(n),
      lng: new Float32Array(n),
      lat: new Float32Array(n),
    };
    choisis.forEach((i, k) => {
      vue.annee[k] = index.annee[i];
      vue.axe[k] = this.axes[i];
      vue.collectivite[k] = index.collectivite[i];
      vue.lng[k] = index.lng[i];
      vue.lat[k] = index.lat[i];
    });
    return vue;
  }

  /** Count of matching placed fiches in a bbox. */
  compteDansBbox(bbox: BBox): number {
    const { index } = this;
    const b = bboxMonde(bbox);
    let n = 0;
    for (let i = 0; i < index.n; i++) if (this.masque[i] && place(index, i) && dansBbox(index.lng[i], index.lat[i], b)) n++;
    return n;
  }

  /**
   * The n placed fiches nearest to fiche i (whatever the filter: they describe the fiche's
   * surroundings), leaving out i itself and the fiches of the same collectivité (listed apart),
   * with at most `parCollectivite` fiches of any one other collectivité, so one big town next
   * door does not fill the whole list.
   */
  proches(i: number, n: number, rayonKm = Infinity, parCollectivite = Infinity): Proche[] {
    const { index } = this;
    if (n <= 0 || i < 0 || i >= index.n || !place(index, i)) return [];
    const lng = index.lng[i];
    const lat = index.lat[i];
    const coll = index.collectivite[i];
    const candidats: { j: number; km: number }[] = [];
    for (let j = 0; j < index.n; j++) {
      if (j === i || !place(index, j)) continue;
      if (coll !== 0xffffffff && index.collectivite[j] === coll) continue;
      const km = distanceKm(lng, lat, index.lng[j], index.lat[j]);
      if (km <= rayonKm) candidats.push({ j, km });
    }
    candidats.sort((a, b) => a.km - b.km || a.j - b.j);
    const parColl = new Map<number, number>();
    const choisis: Proche[] = [];
    for (const { j, km } of candidats) {
      const c = index.collectivite[j];
      const deja = parColl.get(c) ?? 0;
      if (c !== 0xffffffff && deja >= parCollectivite) continue;
      parColl.set(c, deja + 1);
      choisis.push({ ...this.reperer(j), km });
      if (choisis.length >= n) break;
    }
    return choisis;
  }

  /** The other fiches of fiche i's collectivité, newest first. */
  memeCollectivite(i: number): FicheReperee[] {
    const { index } = this;
    if (i < 0 || i >= index.n) return [];
    const coll = index.collectivite[i];
    if (coll === 0xffffffff) return [];
    const autres: number[] = [];
    for (let j = 0; j < index.n; j++) if (j !== i && index.collectivite[j] === coll) autres.push(j);
    return autres.sort((a, b) => index.annee[b] - index.annee[a] || a - b).map((j) => this.reperer(j));
  }

  position(i: number): [number, number] | null {
    if (i < 0 || i >= this.index.n || !place(this.index, i)) return null;
    return [this.index.lng[i], this.index.lat[i]];
  }
}
