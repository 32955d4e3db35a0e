/**
 * Cluster images: a ring split into the axes' shares around a white disc, drawn on a canvas the
 * first time MapLibre asks for an id it does not have (`styleimagemissing`).
 */
import { couleurAxe, NEUTRES } from './couleurs.ts';
import { lireCleDonut, SEGMENTS } from '../worker/donut-cle.ts';

/** Size of the image in CSS pixels at icon-size 1. */
export const TAILLE_DONUT = 56;
const RATIO = 2;

export function dessinerDonut(id: string): { width: number; height: number; data: Uint8ClampedArray } | null {
  const parts = lireCleDonut(id);
  if (!parts) return null;
  const taille = TAILLE_DONUT * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = taille;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const c = taille / 2;
  const exterieur = c - 2 * RATIO;
  const epaisseur = 8 * RATIO;
  const interieur = exterieur - epaisseur;

  // Soft shadow under the disc.
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.28)';
  ctx.shadowBlur = 3 * RATIO;
  ctx.shadowOffsetY = 1 * RATIO;
  ctx.beginPath();
  ctx.arc(c, c, exterieur, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.restore();

  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    ctx.beginPath();
    ctx.arc(c, c, exterieur, 0, Math.PI * 2);
    ctx.arc(c, c, interieur, 0, Math.PI * 2, true);
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
      ctx.arc(c, c, exterieur, angle + ecart / 2, angle + a - ecart / 2);
      ctx.arc(c, c, interieur, angle + a - ecart / 2, angle + ecart / 2, true);
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
  ctx.arc(c, c, exterieur, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(c, c, interieur, 0, Math.PI * 2);
  ctx.strokeStyle = 'rgba(31,31,31,0.25)';
  ctx.stroke();
  const img = ctx.getImageData(0, 0, taille, taille);
  return { width: taille, height: taille, data: img.data };
}

export const RATIO_DONUT = RATIO;
