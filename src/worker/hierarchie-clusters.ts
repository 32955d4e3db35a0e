/**
 * Clusters that follow the filters without clustering again. Supercluster clusters every placed
 * site once; its clusters nest from zoom to zoom, so ordering the sites depth-first through that
 * tree makes every cluster, at every zoom, one contiguous range of sites. A filter then only
 * weighs the sites (matching fiches per site, prefix sums over that order: linear in the sites,
 * well under a millisecond at 12,000 fiches), and any cluster's count, axe shares and position
 * are read from two prefix sums. A cluster with a single matching site is drawn as that site.
 *
 * The layout stays the same from filter to filter (a cluster does not jump when a facet is
 * ticked); it is the unfiltered clustering, thinned. Supercluster over the matching sites alone
 * would sometimes merge two thinned neighbours into one marker: this keeps them apart.
 */
import type Supercluster from 'supercluster';
import { inverseMercator, mercator } from '../map/camera.ts';
import type { BBox } from './messages.ts';

type Arbre = Supercluster<Record<string, number>, Record<string, number>>;

interface OptionsArbre {
  radius: number;
  extent: number;
  minZoom?: number;
  maxZoom: number;
}

/** What the filter leaves of a cluster or a site in a view. */
export interface ElementFiltre {
  /** Supercluster's cluster id, or null for a single site. */
  id: number | null;
  /** The site, when only one of the range matches. */
  site: number | null;
  /** Matching fiches. */
  n: number;
  /** Matching fiches per axe. */
  compte: number[];
  lng: number;
  lat: number;
}

const MONDE: BBox = [-180, -90, 180, 90];

export class HierarchieClusters {
  /** Rank of each site in the depth-first order. */
  readonly rangDuSite: Int32Array;
  readonly siteDuRang: Int32Array;
  private readonly plages = new Map<number, { debut: number; fin: number }>();
  /** Per zoom, the first rank of each of its items, sorted (for the zoom at which a cluster splits), made on demand. */
  private readonly debutsParZoom = new Map<number, Int32Array>();
  private readonly minZoom: number;

  // The current weights, in rank order (prefix sums: the value of [d, f) is p[f] − p[d]).
  private readonly fiches: Int32Array;
  private readonly parAxe: Int32Array;
  private readonly actifs: Int32Array;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  /** Last matching rank ≤ r, −1 if none. */
  private readonly precedent: Int32Array;
  /** First matching rank ≥ r, nbSites if none. */
  private readonly suivant: Int32Array;
  /** Mercator coordinates of the site of each rank, projected once. */
  private readonly xDuRang: Float64Array;
  private readonly yDuRang: Float64Array;

  constructor(
    private readonly arbre: Arbre,
    readonly nbSites: number,
    private readonly nbAxes: number,
    private readonly options: OptionsArbre,
    private readonly coordSites: Float64Array,
  ) {
    this.minZoom = options.minZoom ?? 0;
    const ordre: number[] = [];
    const visiter = (f: { properties: Record<string, unknown> }) => {
      const p = f.properties;
      if (p.cluster) {
        const id = p.cluster_id as number;
        const debut = ordre.length;
        for (const enfant of arbre.getChildren(id)) visiter(enfant);
        this.plages.set(id, { debut, fin: ordre.length });
      } else ordre.push(p.s as number);
    };
    if (nbSites > 0) for (const f of arbre.getClusters(MONDE, this.minZoom)) visiter(f);
    if (ordre.length !== nbSites) throw new Error(`Hiérarchie des clusters incomplète : ${ordre.length} sites sur ${nbSites}.`);
    this.siteDuRang = Int32Array.from(ordre);
    this.rangDuSite = new Int32Array(nbSites);
    ordre.forEach((s, r) => (this.rangDuSite[s] = r));
    this.fiches = new Int32Array(nbSites + 1);
    this.parAxe = new Int32Array((nbSites + 1) * nbAxes);
    this.actifs = new Int32Array(nbSites + 1);
    this.x = new Float64Array(nbSites + 1);
    this.y = new Float64Array(nbSites + 1);
    this.precedent = new Int32Array(nbSites);
    this.suivant = new Int32Array(nbSites + 1);
    this.xDuRang = new Float64Array(nbSites);
    this.yDuRang = new Float64Array(nbSites);
    this.siteDuRang.forEach((s, r) => ([this.xDuRang[r], this.yDuRang[r]] = mercator(coordSites[2 * s], coordSites[2 * s + 1])));
  }

  /**
   * New weights: `fichesParRang[r]` matching fiches at the site of rank r and `axesParRang[r·K + k]`
   * those of axe k.
   */
  ponderer(fichesParRang: Int32Array, axesParRang: Int32Array): void {
    const S = this.nbSites;
    const K = this.nbAxes;
    const { fiches, parAxe, actifs, x, y, precedent, suivant, xDuRang, yDuRang } = this;
    let dernier = -1;
    for (let r = 0; r < S; r++) {
      const n = fichesParRang[r];
      fiches[r + 1] = fiches[r] + n;
      for (let k = 0; k < K; k++) parAxe[(r + 1) * K + k] = parAxe[r * K + k] + axesParRang[r * K + k];
      if (n > 0) {
        actifs[r + 1] = actifs[r] + 1;
        x[r + 1] = x[r] + xDuRang[r];
        y[r + 1] = y[r] + yDuRang[r];
        dernier = r;
      } else {
        actifs[r + 1] = actifs[r];
        x[r + 1] = x[r];
        y[r + 1] = y[r];
      }
      precedent[r] = dernier;
    }
    let prochain = S;
    suivant[S] = S;
    for (let r = S - 1; r >= 0; r--) {
      if (fichesParRang[r] > 0) prochain = r;
      suivant[r] = prochain;
    }
  }

  private plage(p: Record<string, unknown>): { debut: number; fin: number } {
    if (p.cluster) {
      const plage = this.plages.get(p.cluster_id as number);
      if (!plage) throw new Error(`Cluster ${String(p.cluster_id)} absent de la hiérarchie.`);
      return plage;
    }
    const r = this.rangDuSite[p.s as number];
    return { debut: r, fin: r + 1 };
  }

  /** Matching fiches per axe in ranks [debut, fin). */
  private compte(debut: number, fin: number): number[] {
    const K = this.nbAxes;
    const c: number[] = new Array(K);
    for (let k = 0; k < K; k++) c[k] = this.parAxe[fin * K + k] - this.parAxe[debut * K + k];
    return c;
  }

  /**
   * What the current weights leave of the clusters of a zoom inside a bbox. The tree is asked for
   * a wider box: a thinned cluster sits at the mean of its matching sites, which can be up to two
   * cluster radii from where the whole cluster sat.
   */
  elements(bbox: BBox, zoom: number): ElementFiltre[] {
    const z = Math.max(this.minZoom, Math.min(Math.floor(zoom), this.options.maxZoom + 1));
    const marge = (2 * this.options.radius) / (this.options.extent * 2 ** z);
    const [x0, y1] = mercator(bbox[0], bbox[1]);
    const [x1, y0] = mercator(bbox[2], bbox[3]);
    const [ouest, nord] = inverseMercator(x0 - marge, Math.max(0, y0 - marge));
    const [est, sud] = inverseMercator(x1 + marge, Math.min(1, y1 + marge));
    const large: BBox = bbox[2] - bbox[0] >= 360 ? [-180, sud, 180, nord] : [Math.max(-180, ouest), sud, Math.min(180, est), nord];
    const elements: ElementFiltre[] = [];
    for (const f of this.arbre.getClusters(large, zoom)) {
      const p = f.properties as Record<string, unknown>;
      const { debut, fin } = this.plage(p);
      const n = this.fiches[fin] - this.fiches[debut];
      if (n === 0) continue;
      const actifs = this.actifs[fin] - this.actifs[debut];
      let e: ElementFiltre;
      if (actifs === 1) {
        const s = this.siteDuRang[this.precedent[fin - 1]];
        e = { id: null, site: s, n, compte: this.compte(this.precedent[fin - 1], this.precedent[fin - 1] + 1), lng: this.coordSites[2 * s], lat: this.coordSites[2 * s + 1] };
      } else {
        const [lng0, lat0] = f.geometry.coordinates as [number, number];
        // Every site of the cluster matches: it stays where supercluster put it.
        const entier = actifs === fin - debut;
        const [lng, lat] = entier ? [lng0, lat0] : inverseMercator((this.x[fin] - this.x[debut]) / actifs, (this.y[fin] - this.y[debut]) / actifs);
        e = { id: p.cluster_id as number, site: null, n, compte: this.compte(debut, fin), lng, lat };
      }
      if (dansBbox(e.lng, e.lat, bbox)) elements.push(e);
    }
    return elements;
  }

  /** Index of the item holding rank r at zoom z (items at a zoom tile the ranks). */
  private itemAuZoom(z: number, r: number): number {
    if (z > this.options.maxZoom) return r;
    let debuts = this.debutsParZoom.get(z);
    if (!debuts) {
      debuts = Int32Array.from(this.arbre.getClusters(MONDE, z).map((f) => this.plage(f.properties as Record<string, unknown>).debut)).sort();
      this.debutsParZoom.set(z, debuts);
    }
    let bas = 0;
    let haut = debuts.length - 1;
    while (bas < haut) {
      const milieu = (bas + haut + 1) >> 1;
      if (debuts[milieu] <= r) bas = milieu;
      else haut = milieu - 1;
    }
    return bas;
  }

  /**
   * The zoom at which a cluster's matching sites stop being one marker: the first zoom where its
   * first and last matching sites are in different items (below it, one item holds them all).
   * null for an unknown id.
   */
  expansion(id: number): number | null {
    const plage = this.plages.get(id);
    if (!plage) return null;
    const premier = this.suivant[plage.debut];
    const dernier = this.precedent[plage.fin - 1];
    if (premier >= plage.fin || premier >= dernier) return this.options.maxZoom + 1;
    for (let z = this.minZoom; z <= this.options.maxZoom; z++) if (this.itemAuZoom(z, premier) !== this.itemAuZoom(z, dernier)) return z;
    return this.options.maxZoom + 1;
  }
}

export function dansBbox(lng: number, lat: number, b: BBox): boolean {
  return lat >= b[1] && lat <= b[3] && (b[0] <= b[2] ? lng >= b[0] && lng <= b[2] : lng >= b[0] || lng <= b[2]);
}
