/**
 * The donuts the map's overlay draws, side by side on a few shared canvases (planches) instead of a
 * canvas each: a new mix of axes is a slot drawn on a planche already made, with no canvas to
 * create and no new image for the overlay to copy from.
 */
import { COTE_DONUT, dessinerAnneau, disqueOmbre } from './donut.ts';
import { lireCleDonut } from '../worker/donut-cle.ts';

/** Slots per side of a planche: 8 × 8 donuts of 112 px, 896 px a side. */
export const COTE_PLANCHE = 8;
const PAR_PLANCHE = COTE_PLANCHE * COTE_PLANCHE;

/** Where a slot is: its planche, and its top left corner there in canvas pixels. */
export function placeCase(k: number): { planche: number; x: number; y: number } {
  const dans = k % PAR_PLANCHE;
  return { planche: Math.floor(k / PAR_PLANCHE), x: (dans % COTE_PLANCHE) * COTE_DONUT, y: Math.floor(dans / COTE_PLANCHE) * COTE_DONUT };
}

export interface ImageDonut {
  planche: HTMLCanvasElement;
  x: number;
  y: number;
}

export class PlancheDonuts {
  private readonly planches: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D }[] = [];
  private readonly images = new Map<string, ImageDonut | null>();
  private cases = 0;

  /** The donut of `id`, drawn the first time it is asked for; null for an invalid id. */
  image(id: string): ImageDonut | null {
    const connue = this.images.get(id);
    if (connue !== undefined) return connue;
    const parts = lireCleDonut(id);
    const image = parts ? this.dessiner(parts) : null;
    this.images.set(id, image);
    return image;
  }

  private dessiner(parts: readonly number[]): ImageDonut | null {
    const { planche, x, y } = placeCase(this.cases);
    if (planche === this.planches.length) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = COTE_PLANCHE * COTE_DONUT;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      this.planches.push({ canvas, ctx });
    }
    const { canvas, ctx } = this.planches[planche];
    ctx.drawImage(disqueOmbre(), x, y);
    dessinerAnneau(ctx, x, y, parts);
    this.cases++;
    return { planche: canvas, x, y };
  }
}
