import { describe, expect, it } from 'vitest';
import { COULEURS_AXES, NEUTRES, contraste, couleurAxe, luminance, texteSur } from '../../src/map/couleurs.ts';

describe('couleurs', () => {
  it('computes WCAG contrast: black on white is 21:1', () => {
    expect(contraste('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 5);
  });

  it('offers at least 4 distinct axe colours', () => {
    expect(new Set(COULEURS_AXES.map((c) => c.toLowerCase())).size).toBe(COULEURS_AXES.length);
    expect(COULEURS_AXES.length).toBeGreaterThanOrEqual(4);
  });

  it('wraps around past the end of the palette', () => {
    expect(couleurAxe(COULEURS_AXES.length)).toBe(COULEURS_AXES[0]);
    expect(couleurAxe(-1)).toBe(COULEURS_AXES[COULEURS_AXES.length - 1]);
  });

  it.each(COULEURS_AXES.map((c) => [c]))('outlines %s markers with at least 3:1 against the fill or the land', (couleur) => {
    // WCAG 1.4.11: the marker's outline must stand out from the land or from the marker itself.
    expect(contraste(NEUTRES.contour, NEUTRES.terre)).toBeGreaterThanOrEqual(3);
    expect(Math.max(contraste(couleur, NEUTRES.terre), contraste(NEUTRES.contour, couleur))).toBeGreaterThanOrEqual(3);
  });

  it.each(COULEURS_AXES.map((c) => [c]))('prints counts on %s with at least 4.5:1', (couleur) => {
    expect(contraste(texteSur(couleur), couleur)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps map text readable on the land (4.5:1)', () => {
    expect(contraste(NEUTRES.texteRegion, NEUTRES.terre)).toBeGreaterThanOrEqual(4.5);
    expect(contraste(NEUTRES.texteDepartement, NEUTRES.terre)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells land from sea and France from its neighbours', () => {
    expect(contraste(NEUTRES.terre, NEUTRES.mer)).toBeGreaterThan(1.2);
    expect(contraste(NEUTRES.terre, NEUTRES.terreVoisine)).toBeGreaterThan(1.1);
  });
});
