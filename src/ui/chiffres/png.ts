/**
 * PNG images of a chart (its SVG drawn on a canvas) and of the map view (MapLibre's canvas and the markers' overlay,
 * copied inside a `render` event: without preserveDrawingBuffer, WebGL's drawing buffer is only
 * readable during the frame that drew it). Both get a white background and a credits line.
 */
import { carteCourante } from '../../map/carte-courante.ts';
import { TEXTE_CREDITS } from '../credits/Credits.tsx';

const ECHELLE = 2;
const BANDEAU = 28;
const POLICE = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

function versBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resoudre, rejeter) =>
    canvas.toBlob((b) => (b ? resoudre(b) : rejeter(new Error('Le navigateur n’a pas pu créer l’image.'))), 'image/png'),
  );
}

/** Words of the credits line split into lines that fit `largeur` px. */
function lignesBandeau(ctx: CanvasRenderingContext2D, texte: string, largeur: number): string[] {
  ctx.font = `11px ${POLICE}`;
  const lignes: string[] = [];
  let ligne = '';
  for (const mot of texte.split(' ')) {
    const essai = ligne ? `${ligne} ${mot}` : mot;
    if (ligne && ctx.measureText(essai).width > largeur - 16) {
      lignes.push(ligne);
      ligne = mot;
    } else ligne = essai;
  }
  if (ligne) lignes.push(ligne);
  return lignes;
}

const hauteurBandeau = (n: number) => Math.max(BANDEAU, 12 + n * 14);

function bandeau(ctx: CanvasRenderingContext2D, largeur: number, y: number, lignes: string[]): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, y, largeur, hauteurBandeau(lignes.length));
  ctx.fillStyle = '#4f5864';
  ctx.font = `11px ${POLICE}`;
  ctx.textBaseline = 'middle';
  lignes.forEach((l, k) => ctx.fillText(l, 8, y + 13 + k * 14));
}

/** A canvas only to measure text before the real one is sized. */
function mesure(): CanvasRenderingContext2D {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('Le navigateur n’a pas pu créer l’image.');
  return ctx;
}

const legende = () => `Atlaas — ${TEXTE_CREDITS} — ${new Date().toLocaleDateString('fr-FR')}`;

/** The chart as a PNG, twice its on-screen size. */
export async function svgEnPng(svg: SVGSVGElement): Promise<Blob> {
  const boite = svg.viewBox.baseVal;
  const largeur = Math.round(boite?.width || svg.clientWidth || 600);
  const hauteur = Math.round(boite?.height || svg.clientHeight || 400);
  const copie = svg.cloneNode(true) as SVGSVGElement;
  copie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copie.setAttribute('width', String(largeur));
  copie.setAttribute('height', String(hauteur));
  copie.setAttribute('font-family', POLICE);
  const source = new XMLSerializer().serializeToString(copie);
  const image = new Image();
  image.decoding = 'async';
  const chargee = new Promise<void>((resoudre, rejeter) => {
    image.onload = () => resoudre();
    image.onerror = () => rejeter(new Error('Le graphique n’a pas pu être converti en image.'));
  });
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(source);
  await chargee;
  const lignes = lignesBandeau(mesure(), legende(), largeur);
  const canvas = document.createElement('canvas');
  canvas.width = largeur * ECHELLE;
  canvas.height = (hauteur + hauteurBandeau(lignes.length)) * ECHELLE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Le navigateur n’a pas pu créer l’image.');
  ctx.scale(ECHELLE, ECHELLE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, largeur, hauteur);
  ctx.drawImage(image, 0, 0, largeur, hauteur);
  bandeau(ctx, largeur, hauteur, lignes);
  return versBlob(canvas);
}

/** The map view as a PNG, at the screen's resolution. */
export function carteEnPng(): Promise<Blob> {
  const carte = carteCourante();
  if (!carte) return Promise.reject(new Error('La carte n’est pas affichée.'));
  return new Promise((resoudre, rejeter) => {
    carte.once('render', () => {
      try {
        const source = carte.getCanvas();
        const ratio = source.width / Math.max(1, source.clientWidth);
        const largeur = source.width / ratio;
        const lignes = lignesBandeau(mesure(), legende(), largeur);
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height + Math.round(hauteurBandeau(lignes.length) * ratio);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('Le navigateur n’a pas pu créer l’image.');
        ctx.drawImage(source, 0, 0);
        // The markers live on their own canvas above MapLibre's (src/map/calque-clusters.ts).
        for (const calque of carte.getCanvasContainer().querySelectorAll<HTMLCanvasElement>('canvas.calque-clusters'))
          ctx.drawImage(calque, 0, 0, source.width, source.height);
        ctx.scale(ratio, ratio);
        bandeau(ctx, largeur, source.height / ratio, lignes);
        versBlob(canvas).then(resoudre, rejeter);
      } catch (e) {
        rejeter(e instanceof Error ? e : new Error(String(e)));
      }
    });
    carte.triggerRepaint();
  });
}
