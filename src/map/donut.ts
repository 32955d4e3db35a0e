/**
 * Cluster images: a ring split into the axes' shares around a white disc, drawn on a canvas the
 * first time the map's overlay needs an id (src/map/calque-clusters.ts keeps them).
 */
import { couleurAxe, NEUTRES } from './couleurs.ts';
import { lireCleDonut, SEGMENTS } from '../worker/donut-cle.ts';

/** Size of the image in CSS pixels at icon-size 1. */
export const TAILLE_DONUT = 56;
const RATIO = 2;

/** The donut of `id` as pixels, for MapLibre's addImage (pixelRatio RATIO_DONUT), or null for an invalid id. */
export function dessinerDonut(id: string): { width: number; height: number; data: Uint8ClampedArray } | null {
  const canvas = canvasDonut(id);
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  return { width: canvas.width, height: canvas.height, data: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** The donut of `id` on a canvas of TAILLE_DONUT × RATIO_DONUT pixels a side, or null for an invalid id. */
export function canvasDonut(id: string): HTMLCanvasElement | null {
  const parts = lireCleDonut(id);
  if (!parts) return null;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = COTE_DONUT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(disqueOmbre(), 0, 0);
  dessinerAnneau(ctx, 0, 0, parts);
  return canvas;
}

/** Side of a donut image in canvas pixels. */
export const COTE_DONUT = TAILLE_DONUT * RATIO;
const CENTRE = COTE_DONUT / 2;
const EXTERIEUR = CENTRE - 2 * RATIO;
const INTERIEUR = EXTERIEUR - 8 * RATIO;

let ombre: HTMLCanvasElement | null = null;

/**
 * The white disc with its soft shadow, the same under every donut: blurred once and copied, as a
 * shadow blurred anew for each new mix took most of the time of a filter's first redraw.
 */
export function disqueOmbre(): HTMLCanvasElement {
  if (ombre) return ombre;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = COTE_DONUT;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.shadowColor = 'rgba(0,0,0,0.28)';
    ctx.shadowBlur = 3 * RATIO;
    ctx.shadowOffsetY = 1 * RATIO;
    ctx.beginPath();
    ctx.arc(CENTRE, CENTRE, EXTERIEUR, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  }
  return (ombre = canvas);
}

/** The ring of `parts` (SEGMENTS in all, or all zero) over the disc whose image has its top left corner at (x, y). */
export function dessinerAnneau(ctx: CanvasRenderingContext2D, x: number, y: number, parts: readonly number[]): void {
  const cx = x + CENTRE;
  const cy = y + CENTRE;
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    ctx.beginPath();
    ctx.arc(cx, cy, EXTERIEUR, 0, Math.PI * 2);
    ctx.arc(cx, cy, INTERIEUR, 0, Math.PI * 2, true);
    ctx.fillStyle = NEUTRES.sansAxe;
    ctx.fill();
  } else {
    let angle = -Math.PI / 2;
    const plusieurs = parts.filter((p) => p > 0).length > 1;
    const ecart = plusieurs ? 0.04 : 0;
    parts.forEach((p, k) => {
      if (p === 0) return;
      const a = (p / SEGMENTS) * Math.PI * 2;
      ctx.beginPath();
      ctx.arc(cx, cy, EXTERIEUR, angle + ecart / 2, angle + a - ecart / 2);
      ctx.arc(cx, cy, INTERIEUR, angle + a - ecart / 2, angle + ecart / 2, true);
      ctx.closePath();
      ctx.fillStyle = couleurAxe(k);
      ctx.fill();
      angle += a;
    });
  }
  // Dark hairline outside and inside the ring: non-text contrast on any background.
  ctx.lineWidth = 1 * RATIO;
  ctx.strokeStyle = 'rgba(31,31,31,0.55)';
  ctx.beginPath();
  ctx.arc(cx, cy, EXTERIEUR, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(cx, cy, INTERIEUR, 0, Math.PI * 2);
  ctx.strokeStyle = 'rgba(31,31,31,0.25)';
  ctx.stroke();
}

export const RATIO_DONUT = RATIO;
