/**
 * Colours of the map and of what the app draws on it.
 *
 * The axe palette follows Okabe & Ito, "Color Universal Design" (2008), https://jfly.uni-koeln.de/color/,
 * which stays distinguishable for the common colour-vision deficiencies. Its yellow is left out (too
 * light on a pale map) and its black is kept for outlines. Colours are chosen for an Okabe-Ito order
 * that keeps the first four far apart in hue and lightness, since most atlases have 4 or 5 axes.
 *
 * Non-text contrast (WCAG 2.1, 1.4.11) comes from the dark outline drawn around every marker
 * (`NEUTRES.contour`), not from the fill alone: some fills (orange, sky blue) are light on purpose,
 * so that the hues stay apart. `texteSur(couleur)` gives the readable text colour for a count
 * printed on a fill. test/map/couleurs.test.ts checks these ratios.
 */

/** Fill colours for the axes, in taxonomy order (axe 1 → index 0). */
export const COULEURS_AXES = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#7A5C3E', // brown (not Okabe-Ito: a seventh axe is rare, kept dark to stay apart from the orange)
] as const;

/** Colour of the axe at this index (0-based); wraps around past the end of the palette. */
export function couleurAxe(index: number): string {
  const n = COULEURS_AXES.length;
  return COULEURS_AXES[((index % n) + n) % n];
}

/** Neutrals of the basemap and of the markers. */
export const NEUTRES = {
  /** Sea, and the map's background. */
  mer: '#D4E3EC',
  /** French land (regions' fill). */
  terre: '#FAF8F3',
  /** Neighbouring countries' land: darker than France so France stands out. */
  terreVoisine: '#E9E6DF',
  /** Borders between neighbouring countries. */
  frontiereVoisine: '#C4BFB5',
  /** Department boundaries. */
  limiteDepartement: '#CFC8BC',
  /** Region boundaries and France's outline. */
  limiteRegion: '#8E877C',
  /** Region names. */
  texteRegion: '#3D3A35',
  /** Department names. */
  texteDepartement: '#6A645B',
  /** Halo behind map text. */
  halo: '#FFFFFF',
  /** Outline around markers and clusters. */
  contour: '#1F1F1F',
  /** Markers and clusters whose axe is unknown, or that mix several axes. */
  sansAxe: '#5F6368',
  /** Selection / focus highlight (kept distinct from every axe colour). */
  selection: '#111111',
} as const;

/** Relative luminance of a #RRGGBB colour (WCAG 2.1 definition). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Couleur invalide : ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #RRGGBB colours, from 1 to 21. */
export function contraste(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Black or white, whichever reads better on this fill (for counts drawn on clusters). */
export function texteSur(fond: string): '#000000' | '#FFFFFF' {
  return contraste(fond, '#000000') >= contraste(fond, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
