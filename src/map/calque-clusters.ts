/**
 * The atlas's markers (clusters, piles, single fiches) and the selection rings, drawn on a 2D canvas
 * laid over the MapLibre canvas. A filter or a new view redraws a few hundred markers in a few ms,
 * where feeding them to a MapLibre GeoJSON source re-tiled them in its worker and repainted the
 * whole basemap: 100–300 ms a change under software WebGL. The markers follow the camera through
 * the view's projection at each frame the map draws.
 */
import { couleurAxe, NEUTRES, texteSur } from './couleurs.ts';
import { COTE_DONUT, TAILLE_DONUT } from './donut.ts';
import { PlancheDonuts } from './planche-donuts.ts';
import type { EntiteCarte, EntitesCarte } from '../worker/messages.ts';
import { ECHELLE_CLUSTER, HALO_FICHE, interpoler, RAYON_FICHE, RAYON_PILE, TEXTE_CLUSTER } from './tailles-marques.ts';

/** What the overlay needs of the map: MapLibre's Map has it, so may a view computed before it loads. */
export interface VueCalque {
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
}

export { ECHELLE_CLUSTER, interpoler, RAYON_FICHE, RAYON_PILE, TEXTE_CLUSTER } from './tailles-marques.ts';

const TEXTE_PILE = 12.5;
/** Pointer tolerance around a single fiche's disc, in CSS pixels: small discs stay easy to hit. */
const MARGE_FICHE = 4;
const POLICE = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'Helvetica Neue', Arial, sans-serif";

/** Radius that a pointer hits, in CSS pixels, for an entity at a zoom. */
export function rayonEntite(e: EntiteCarte, zoom: number): number {
  const p = e.properties;
  if (p.k === 'f') return interpoler(zoom, RAYON_FICHE) + HALO_FICHE + MARGE_FICHE;
  if (p.k === 'p') return interpoler(p.n, RAYON_PILE) + 2;
  return (TAILLE_DONUT / 2 - 2) * interpoler(p.n, ECHELLE_CLUSTER);
}

/** Drawing order: fiches, then piles, then clusters from the smallest; the last drawn is on top. */
export function ordreDessin(entites: readonly EntiteCarte[]): EntiteCarte[] {
  const rang = (e: EntiteCarte) => (e.properties.k === 'f' ? 0 : e.properties.k === 'p' ? 1 : 2);
  return entites
    .map((e, k) => ({ e, k }))
    .sort((a, b) => rang(a.e) - rang(b.e) || (a.e.properties.k === 'f' ? 0 : a.e.properties.n - (b.e.properties as { n: number }).n) || a.k - b.k)
    .map((x) => x.e);
}

/** An entity and where it was last drawn, in CSS pixels of the container. */
export interface Marque {
  e: EntiteCarte;
  x: number;
  y: number;
}

/** The topmost (last drawn) marker whose hit disc holds the point, at the zoom they were drawn at. */
export function marqueSous(marques: readonly Marque[], point: { x: number; y: number }, zoom: number): Marque | null {
  for (let k = marques.length - 1; k >= 0; k--) {
    const m = marques[k];
    const r = rayonEntite(m.e, zoom);
    const dx = point.x - m.x;
    const dy = point.y - m.y;
    if (dx * dx + dy * dy <= r * r) return m;
  }
  return null;
}

export interface Anneaux {
  choisie: [number, number] | null;
  survolee: [number, number] | null;
}

export class CalqueClusters {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private marques: Marque[] = [];
  private anneaux: Anneaux = { choisie: null, survolee: null };
  private readonly donuts = new PlancheDonuts();
  private largeur = 0;
  private hauteur = 0;
  private ratio = 1;
  private zoomDessine = 0;

  constructor(
    parent: HTMLElement,
    private vue: VueCalque,
  ) {
    const canvas = document.createElement('canvas');
    canvas.className = 'calque-clusters';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    parent.appendChild(canvas);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D indisponible');
    this.canvas = canvas;
    this.ctx = ctx;
  }

  /** Follows another view (the map once it has loaded, after a view computed ahead of it). */
  suivre(vue: VueCalque): void {
    this.vue = vue;
  }

  redimensionner(largeur: number, hauteur: number, ratio = globalThis.devicePixelRatio || 1): void {
    if (largeur === this.largeur && hauteur === this.hauteur && ratio === this.ratio) return;
    this.largeur = largeur;
    this.hauteur = hauteur;
    this.ratio = ratio;
    this.canvas.width = Math.max(1, Math.round(largeur * ratio));
    this.canvas.height = Math.max(1, Math.round(hauteur * ratio));
    this.canvas.style.width = `${largeur}px`;
    this.canvas.style.height = `${hauteur}px`;
    this.dessiner();
  }

  /** Replaces the markers and draws them now. */
  definir(entites: EntitesCarte): void {
    this.marques = ordreDessin(entites.features).map((e) => ({ e, x: 0, y: 0 }));
    // Every new donut onto its planche before the first is copied from it: a planche changed between
    // two copies is snapshotted again at the second (34 ms for a redraw with a few new mixes).
    for (const m of this.marques) if (m.e.properties.k === 'c') this.donuts.image(m.e.properties.d);
    this.dessiner();
  }

  selection(anneaux: Anneaux): void {
    this.anneaux = anneaux;
    this.dessiner();
  }

  /** The topmost marker under a point of the container, with where it is drawn. */
  entiteSous(point: { x: number; y: number }): Marque | null {
    return marqueSous(this.marques, point, this.zoomDessine);
  }

  /** Markers drawn inside the container, topmost last. */
  visibles(): Marque[] {
    return this.marques.filter((m) => m.x >= 0 && m.y >= 0 && m.x <= this.largeur && m.y <= this.hauteur);
  }

  dessiner(): void {
    const { ctx, vue } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!this.largeur) return;
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    const zoom = vue.getZoom();
    this.zoomDessine = zoom;
    for (const m of this.marques) {
      const p = vue.project(m.e.geometry.coordinates);
      m.x = p.x;
      m.y = p.y;
    }
    const marge = 40;
    const dedans = (m: Marque) => m.x > -marge && m.y > -marge && m.x < this.largeur + marge && m.y < this.hauteur + marge;
    const rf = interpoler(zoom, RAYON_FICHE);

    // Halos of the single fiches in one path, then their discs.
    ctx.globalAlpha = 0.55;
    ctx.fillStyle = NEUTRES.contour;
    ctx.beginPath();
    for (const m of this.marques) {
      if (m.e.properties.k !== 'f' || !dedans(m)) continue;
      ctx.moveTo(m.x + rf + 2.5, m.y);
      ctx.arc(m.x, m.y, rf + 2.5, 0, Math.PI * 2);
    }
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    for (const m of this.marques) {
      const p = m.e.properties;
      if (p.k !== 'f' || !dedans(m)) continue;
      ctx.beginPath();
      ctx.arc(m.x, m.y, rf, 0, Math.PI * 2);
      ctx.fillStyle = p.r < 0 ? NEUTRES.sansAxe : couleurAxe(p.r);
      ctx.fill();
      ctx.stroke();
    }

    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `bold ${TEXTE_PILE}px ${POLICE}`;
    for (const m of this.marques) {
      const p = m.e.properties;
      if (!dedans(m)) continue;
      if (p.k === 'p') {
        const r = interpoler(p.n, RAYON_PILE);
        const couleur = p.r < 0 ? NEUTRES.sansAxe : couleurAxe(p.r);
        ctx.lineWidth = 2;
        // The card behind, offset up and right: several fiches at one place.
        ctx.globalAlpha = 0.5;
        ctx.beginPath();
        ctx.arc(m.x + 4, m.y - 4, r, 0, Math.PI * 2);
        ctx.fillStyle = couleur;
        ctx.fill();
        ctx.globalAlpha = 0.9;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.beginPath();
        ctx.arc(m.x, m.y, r, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = texteSur(couleur);
        ctx.fillText(p.t, m.x, m.y + 0.5);
      } else if (p.k === 'c') {
        const taille = TAILLE_DONUT * interpoler(p.n, ECHELLE_CLUSTER);
        const image = this.donuts.image(p.d);
        if (image) ctx.drawImage(image.planche, image.x, image.y, COTE_DONUT, COTE_DONUT, m.x - taille / 2, m.y - taille / 2, taille, taille);
        // One font, scaled to the count's size: each new font size cost a font lookup of several ms
        // (30 ms for the first redraw with small counts in a browser trace).
        const echelle = Math.round(interpoler(p.n, TEXTE_CLUSTER) * 2) / 2 / TEXTE_PILE;
        ctx.fillStyle = '#1a1a1a';
        ctx.setTransform(this.ratio * echelle, 0, 0, this.ratio * echelle, this.ratio * m.x, this.ratio * (m.y + 0.5));
        ctx.fillText(p.t, 0, 0);
        ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
      }
    }
    this.dessinerAnneaux();
  }

  private dessinerAnneaux(): void {
    const { ctx } = this;
    const anneau = (lngLat: [number, number], rayon: number, epaisseur: number, opacite: number) => {
      const p = this.vue.project(lngLat);
      ctx.globalAlpha = opacite;
      ctx.lineWidth = epaisseur;
      ctx.strokeStyle = NEUTRES.selection;
      ctx.beginPath();
      ctx.arc(p.x, p.y, rayon, 0, Math.PI * 2);
      ctx.stroke();
      ctx.globalAlpha = 1;
    };
    if (this.anneaux.survolee) anneau(this.anneaux.survolee, 13, 2.5, 0.8);
    if (this.anneaux.choisie) anneau(this.anneaux.choisie, 15, 3.5, 1);
  }
}

/** Resolves once the browser has painted what was drawn before the call (the next frame, then its task). */
export function apresPeinture(): Promise<number> {
  return new Promise((ok) =>
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => ok(performance.now());
      c.port2.postMessage(null);
    }),
  );
}
