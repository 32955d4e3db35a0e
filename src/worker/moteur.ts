/**
 * The atlas engine: the point index, the current filter and the clustering of what matches.
 * Pure (no postMessage, no DOM): atlas.worker.ts wires it to messages, tests call it directly.
 *
 * Fiches at the very same coordinates (every fiche placed at its commune's centre, say) form one
 * "site". Supercluster clusters sites, not fiches, so a commune with 12 fiches stays one marker
 * with a count at every zoom instead of a pile that never splits. It clusters every site once; a
 * filter only weighs them (hierarchie-clusters.ts).
 */
import Supercluster from 'supercluster';
import { decodePointsIndex, type PointsIndex } from '../core/points-index.ts';
import { tablesFiltres, type Filtres, type Selection, type TablesFiltres } from '../core/filtres.ts';
import { creerMoteurFacettes, type ComptesFacettes, type MoteurFacettes } from '../core/facettes.ts';
import { resoudreCollectivites, type CodesCollectivites } from '../core/filtres.ts';
import { cleDonut } from './donut-cle.ts';
import { dansBbox, HierarchieClusters } from './hierarchie-clusters.ts';
import { parScore } from './tri-indices.ts';
import { OrdresVue } from './ordre-vue.ts';
import { distanceKm } from '../core/pairs/distance.ts';
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

/**
 * What the worker resolved before filtering: the full-text result (`texte`, see filtres.ts) and
 * its scores, one per fiche (0 when it does not match), which order the `pertinence` list.
 */
export interface SelectionMoteur extends Selection {
  pertinence?: Float64Array | null;
}

export { distanceKm };

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

function egaux(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  /** Faceted search over the index: the matching fiches and the counts of every facet value, in one pass. */
  private readonly facettes: MoteurFacettes;
  private comptes: ComptesFacettes;
  /** Site of each fiche among `coordSites` (-1: not placed), computed once: a filter only counts fiches per site. */
  private readonly siteDeFiche: Int32Array;
  private readonly coordSites: Float64Array;
  /** Fiches of site s: fichesDesSites[debutSite[s] .. debutSite[s + 1]), in index order. */
  private readonly debutSite: Int32Array;
  private readonly fichesDesSites: Int32Array;
  /** The clustering of every site, weighed by each filter. */
  private readonly hierarchie: HierarchieClusters;
  /** Matching fiches per site (by rank in the hierarchy), and per site and axe: the filter's weights. */
  private readonly fichesParRang: Int32Array;
  private readonly axesParRang: Int32Array;
  private pertinence: Float64Array | null = null;
  private rangCollectivite: Uint32Array | null = null;
  private readonly ordres: OrdresVue;
  /** Codes of collectivites.json (sent once it is loaded), to resolve `Filtres.collectivites`. */
  private codesCollectivites: CodesCollectivites | null = null;
  private derniers: { filtres: Filtres; selection: Selection } = { filtres: {}, selection: {} };
  generation = 0;
  total = 0;
  places = 0;

  constructor(buffer: ArrayBuffer, meta: MetaMoteur, filtres: Filtres = {}, selection: SelectionMoteur = {}) {
    this.index = decodePointsIndex(buffer);
    this.tables = tablesFiltres(meta);
    this.axes = axesDesFiches(this.index, meta, this.tables);
    this.nbAxes = meta.taxonomie.axes.length;
    this.masque = new Uint8Array(this.index.n);
    this.facettes = creerMoteurFacettes(this.index, meta);
    this.ordres = new OrdresVue(this.index);
    const { index } = this;
    this.siteDeFiche = new Int32Array(index.n).fill(-1);
    const parCle = new Map<string, number>();
    const coords: number[] = [];
    for (let i = 0; i < index.n; i++) {
      if (!place(index, i)) continue;
      const cle = index.lng[i].toFixed(5) + ',' + index.lat[i].toFixed(5);
      let s = parCle.get(cle);
      if (s === undefined) {
        s = coords.length / 2;
        parCle.set(cle, s);
        coords.push(index.lng[i], index.lat[i]);
      }
      this.siteDeFiche[i] = s;
    }
    this.coordSites = Float64Array.from(coords);
    const nbSites = coords.length / 2;
    this.debutSite = new Int32Array(nbSites + 1);
    for (let i = 0; i < index.n; i++) if (this.siteDeFiche[i] >= 0) this.debutSite[this.siteDeFiche[i] + 1]++;
    for (let s = 0; s < nbSites; s++) this.debutSite[s + 1] += this.debutSite[s];
    this.fichesDesSites = new Int32Array(this.debutSite[nbSites]);
    const rempli = this.debutSite.slice(0, nbSites);
    for (let i = 0; i < index.n; i++) if (this.siteDeFiche[i] >= 0) this.fichesDesSites[rempli[this.siteDeFiche[i]]++] = i;
    const arbre = this.nouveauClusters();
    arbre.load(
      Array.from({ length: nbSites }, (_, s) => {
        const p: ProprietesSite = { s, n: this.debutSite[s + 1] - this.debutSite[s] };
        for (let k = 0; k < this.nbAxes; k++) p['a' + k] = 0;
        for (let j = this.debutSite[s]; j < this.debutSite[s + 1]; j++) {
          const axe = this.axes[this.fichesDesSites[j]];
          if (axe !== AXE_INCONNU) p['a' + axe]++;
        }
        return { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [this.coordSites[2 * s], this.coordSites[2 * s + 1]] }, properties: p };
      }),
    );
    this.hierarchie = new HierarchieClusters(arbre, nbSites, this.nbAxes, OPTIONS_CLUSTERS, this.coordSites);
    this.fichesParRang = new Int32Array(nbSites);
    this.axesParRang = new Int32Array(nbSites * this.nbAxes);
    this.comptes = this.facettes.filtrer({}).comptes;
    this.filtrer(filtres, selection);
  }

  private nouveauClusters(): Supercluster<ProprietesSite, ProprietesSite> {
    const nbAxes = this.nbAxes;
    const cles = Array.from({ length: nbAxes }, (_, k) => 'a' + k);
    return new Supercluster<ProprietesSite, ProprietesSite>({
      ...OPTIONS_CLUSTERS,
      map: (p) => {
        const o: ProprietesSite = { n: p.n };
        for (let k = 0; k < nbAxes; k++) o[cles[k]] = p[cles[k]];
        return o;
      },
      reduce: (acc, p) => {
        acc.n += p.n;
        for (let k = 0; k < nbAxes; k++) acc[cles[k]] += p[cles[k]];
      },
    });
  }

  compte(): Compte {
    return { total: this.total, places: this.places, generation: this.generation };
  }

  /**
   * Applies a filter: the mask and the facet counts (facettes.ts, one pass), then the weights of
   * the sites in the clustering (linear in the matching fiches and the sites). When the matching
   * fiches are the very same as before (a keystroke that changes no result), the generation is kept.
   */
  filtrer(filtres: Filtres, selection: SelectionMoteur = {}): Compte {
    const { index } = this;
    this.derniers = { filtres, selection };
    const r = this.facettes.filtrer(filtres, this.avecCollectivites(filtres, selection));
    this.comptes = r.comptes;
    this.pertinence = filtres.texte?.trim() && selection.texte ? (selection.pertinence ?? null) : null;
    const masque = new Uint8Array(index.n);
    for (let k = 0; k < r.total; k++) masque[r.indices[k]] = 1;
    if (this.generation > 0 && r.total === this.total && egaux(masque, this.masque)) {
      this.masque = masque;
      return this.compte();
    }
    this.masque = masque;
    this.total = r.total;
    this.places = 0;
    const { fichesParRang, axesParRang, nbAxes } = this;
    const rangDuSite = this.hierarchie.rangDuSite;
    fichesParRang.fill(0);
    axesParRang.fill(0);
    for (let k = 0; k < r.total; k++) {
      const i = r.indices[k];
      const s = this.siteDeFiche[i];
      if (s < 0) continue;
      this.places++;
      const rang = rangDuSite[s];
      fichesParRang[rang]++;
      if (this.axes[i] !== AXE_INCONNU) axesParRang[rang * nbAxes + this.axes[i]]++;
    }
    this.hierarchie.ponderer(fichesParRang, axesParRang);
    this.generation++;
    return this.compte();
  }

  estVisible(i: number): boolean {
    return this.masque[i] === 1;
  }

  /** Counts of every facet value for the current filter (disjunctive: see facettes.ts). */
  comptesFacettes(): ComptesFacettes {
    return this.comptes;
  }

  /** Counts of every facet value over all fiches, whatever the filter (facettes.json's, computed). */
  comptesGlobaux(): ComptesFacettes {
    return this.facettes.filtrer({}).comptes;
  }

  /** The current selection's mask (one byte per fiche, 1 = matches), read-only for callers. */
  masqueCourant(): Readonly<Uint8Array> {
    return this.masque;
  }

  private static dominant(compte: readonly number[]): number {
    let dominant = -1;
    for (let k = 0; k < compte.length; k++) if (compte[k] > 0 && (dominant < 0 || compte[k] > compte[dominant])) dominant = k;
    return dominant;
  }

  /** The matching fiches of site s, in index order. */
  private fichesDuSite(s: number): number[] {
    const fiches: number[] = [];
    for (let j = this.debutSite[s]; j < this.debutSite[s + 1]; j++) if (this.masque[this.fichesDesSites[j]]) fiches.push(this.fichesDesSites[j]);
    return fiches;
  }

  /** Clusters, piles and single fiches inside a bbox at a zoom, as GeoJSON for a MapLibre source. */
  entites(bbox: BBox, zoom: number): EntitesCarte {
    const features: EntiteCarte[] = [];
    for (const e of this.hierarchie.elements(bboxMonde(bbox), zoom)) {
      const coordinates: [number, number] = [e.lng, e.lat];
      if (e.id !== null || e.n > 1) {
        const r = Moteur.dominant(e.compte);
        const d = cleDonut(e.compte);
        const t = etiquetteCompte(e.n);
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates },
          properties: e.id !== null ? { k: 'c', id: e.id, n: e.n, r, d, t } : { k: 'p', s: e.site as number, n: e.n, r, d, t },
        });
      } else {
        const [i] = this.fichesDuSite(e.site as number);
        const axe = this.axes[i];
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { k: 'f', i, r: axe === AXE_INCONNU ? -1 : axe } });
      }
    }
    return { type: 'FeatureCollection', features };
  }

  /** Zoom at which a cluster splits, or null when the id belongs to an older generation. */
  expansion(generation: number, id: number): number | null {
    if (generation !== this.generation) return null;
    return this.hierarchie.expansion(id);
  }

  reperer(i: number): FicheReperee {
    return { i, lng: this.index.lng[i], lat: this.index.lat[i], annee: this.index.annee[i] };
  }

  /** Fiches of a site (a pile), newest first, or [] when the id belongs to an older generation. */
  site(generation: number, s: number): FicheReperee[] {
    if (generation !== this.generation) return [];
    if (!(s >= 0 && s < this.hierarchie.nbSites)) return [];
    return this.fichesDuSite(s).map((i) => this.reperer(i)).sort((a, b) => b.annee - a.annee || a.i - b.i);
  }

  definirRangs(rangCollectivite: Uint32Array): void {
    this.rangCollectivite = rangCollectivite;
  }

  /** Learns the collectivités' codes; re-applies the last filter when it names collectivités (they matched nothing until now). */
  definirCollectivites(c: CodesCollectivites): Compte {
    this.codesCollectivites = c;
    const { filtres, selection } = this.derniers;
    return filtres.collectivites?.length ? this.filtrer(filtres, selection) : this.compte();
  }

  /** The selection with `Filtres.collectivites` resolved (kept as given when the caller resolved it). */
  private avecCollectivites(filtres: Filtres, selection: Selection): Selection {
    if (!filtres.collectivites?.length || selection.collectivites || !this.codesCollectivites) return selection;
    return { ...selection, collectivites: resoudreCollectivites(filtres.collectivites, this.codesCollectivites) };
  }

  /**
   * Matching fiches inside a bbox (every matching fiche, placed or not, when bbox is null), sorted:
   * `pertinence` nearest to the centre first (with a query: best search score first, then nearest),
   * `date` newest first, `commune` alphabetical.
   */
  liste(bbox: BBox | null, tri: Tri, centre: [number, number] | null): ListeVue {
    const { index, masque } = this;
    const ordre = this.ordres.ordreDe(bbox ? bboxMonde(bbox) : null, tri, centre, this.rangCollectivite);
    const choisis: number[] = [];
    for (const i of ordre) if (masque[i]) choisis.push(i);
    // A query: the best search score first (title matches first), then the nearest to the centre.
    const tries = tri === 'pertinence' && this.pertinence ? parScore(choisis, this.pertinence) : choisis;
    const n = tries.length;
    const vue: ListeVue = {
      total: n,
      indices: Uint32Array.from(tries),
      annee: new Uint16Array(n),
      axe: new Uint8Array(n),
      collectivite: new Uint32Array(n),
      lng: new Float32Array(n),
      lat: new Float32Array(n),
    };
    const { annee, axe, collectivite, lng, lat } = vue;
    for (let k = 0; k < n; k++) {
      const i = tries[k];
      annee[k] = index.annee[i];
      axe[k] = this.axes[i];
      collectivite[k] = index.collectivite[i];
      lng[k] = index.lng[i];
      lat[k] = index.lat[i];
    }
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
