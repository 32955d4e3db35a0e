/**
 * Bar charts as plain SVG with their colours and fonts as attributes (so that the PNG export,
 * which draws the SVG alone, looks the same). Horizontal bars for categories, columns for years.
 */
import { formatNombre } from '../format.ts';

export interface Barre {
  cle: string;
  libelle: string;
  valeur: number;
  couleur: string;
  /** A second, indented level (enjeux under their axe). */
  retrait?: boolean;
}

const LARGEUR = 600;
const ENCRE = '#1b1f24';
const ENCRE_DOUCE = '#4f5864';
const GRILLE = '#dde1e6';

const tronquer = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** Value axis: ticks at 1, 2 or 5 × 10^k. */
function graduations(max: number, n = 4): number[] {
  if (max <= 0) return [0];
  const brut = max / n;
  const p = 10 ** Math.floor(Math.log10(brut));
  const pas = [1, 2, 5, 10].map((m) => m * p).find((x) => x >= brut) ?? p * 10;
  const t: number[] = [];
  // Up to the first tick at or above the maximum, so that no bar runs past the axis.
  for (let v = 0; t.length === 0 || t[t.length - 1] < max; v += pas) t.push(Math.round(v * 1e6) / 1e6);
  return t;
}

export function BarresHorizontales({ barres, titre, libelles = 34 }: { barres: Barre[]; titre: string; libelles?: number }) {
  const hauteurBarre = 22;
  const gauche = Math.min(280, 20 + libelles * 6.2);
  const droite = 56;
  const haut = 8;
  const hauteur = haut + barres.length * hauteurBarre + 26;
  const max = Math.max(0, ...barres.map((b) => b.valeur));
  const ticks = graduations(max);
  const haute = ticks[ticks.length - 1] || 1;
  const x = (v: number) => gauche + (v / haute) * (LARGEUR - gauche - droite);
  return (
    <svg class="graphique" viewBox={`0 0 ${LARGEUR} ${hauteur}`} role="img" aria-label={titre} font-family="system-ui, sans-serif">
      <rect x="0" y="0" width={LARGEUR} height={hauteur} fill="#ffffff" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={haut} y2={hauteur - 22} stroke={GRILLE} stroke-width="1" />
          <text x={x(t)} y={hauteur - 8} font-size="11" fill={ENCRE_DOUCE} text-anchor="middle">
            {formatNombre(t)}
          </text>
        </g>
      ))}
      {barres.map((b, k) => {
        const y = haut + k * hauteurBarre;
        return (
          <g key={b.cle}>
            <title>{`${b.libelle} : ${formatNombre(b.valeur)}`}</title>
            <text x={gauche - 8} y={y + hauteurBarre / 2 + 4} font-size={b.retrait ? 11.5 : 12} font-weight={b.retrait ? 400 : 600} fill={ENCRE} text-anchor="end">
              {tronquer(b.libelle, b.retrait ? libelles : libelles - 2)}
            </text>
            <rect x={gauche} y={y + 3} width={Math.max(b.valeur > 0 ? 1.5 : 0, x(b.valeur) - gauche)} height={hauteurBarre - 6} fill={b.couleur} rx="2" />
            <text x={x(b.valeur) + 5} y={y + hauteurBarre / 2 + 4} font-size="11.5" fill={ENCRE}>
              {formatNombre(b.valeur)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Colonnes({ barres, titre, couleur }: { barres: Barre[]; titre: string; couleur: string }) {
  const hauteur = 240;
  const gauche = 44;
  const bas = 28;
  const haut = 18;
  const max = Math.max(0, ...barres.map((b) => b.valeur));
  const ticks = graduations(max);
  const haute = ticks[ticks.length - 1] || 1;
  const y = (v: number) => hauteur - bas - (v / haute) * (hauteur - bas - haut);
  const pas = (LARGEUR - gauche - 8) / Math.max(1, barres.length);
  const chaque = Math.max(1, Math.ceil(barres.length / 12));
  return (
    <svg class="graphique" viewBox={`0 0 ${LARGEUR} ${hauteur}`} role="img" aria-label={titre} font-family="system-ui, sans-serif">
      <rect x="0" y="0" width={LARGEUR} height={hauteur} fill="#ffffff" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={gauche} x2={LARGEUR - 8} y1={y(t)} y2={y(t)} stroke={GRILLE} stroke-width="1" />
          <text x={gauche - 6} y={y(t) + 4} font-size="11" fill={ENCRE_DOUCE} text-anchor="end">
            {formatNombre(t)}
          </text>
        </g>
      ))}
      {barres.map((b, k) => {
        const x0 = gauche + k * pas;
        return (
          <g key={b.cle}>
            <title>{`${b.libelle} : ${formatNombre(b.valeur)}`}</title>
            <rect x={x0 + pas * 0.12} y={y(b.valeur)} width={pas * 0.76} height={hauteur - bas - y(b.valeur)} fill={couleur} rx="1.5" />
            {barres.length <= 16 && b.valeur > 0 ? (
              <text x={x0 + pas / 2} y={y(b.valeur) - 4} font-size="10.5" fill={ENCRE} text-anchor="middle">
                {formatNombre(b.valeur)}
              </text>
            ) : null}
            {k % chaque === 0 ? (
              <text x={x0 + pas / 2} y={hauteur - 10} font-size="11" fill={ENCRE_DOUCE} text-anchor="middle">
                {b.libelle}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
