/**
 * Colour classes of the choropleth: up to five classes cut at quantiles of the non-zero values
 * (counts are skewed: a few departments hold many fiches), zero in a colour of its own.
 * Sequential blues after ColorBrewer "Blues" (Brewer, colorbrewer2.org), darkest = most.
 */
export const COULEURS_CLASSES = ['#dbe7f5', '#a9c8e8', '#6a9fd4', '#2f6db3', '#0f3f7d'] as const;
export const COULEUR_ZERO = '#f1efe9';
export const COULEUR_SANS_DONNEE = '#ffffff';

export interface Classes {
  /** Upper bounds (inclusive) of each class, ascending. */
  bornes: number[];
  couleurs: string[];
}

export function classesQuantiles(valeurs: readonly number[], n = COULEURS_CLASSES.length): Classes {
  const positives = valeurs.filter((v) => v > 0).sort((a, b) => a - b);
  const bornes: number[] = [];
  for (let k = 1; k <= n && positives.length; k++) {
    const b = positives[Math.min(positives.length - 1, Math.ceil((k / n) * positives.length) - 1)];
    if (bornes.length === 0 || b > bornes[bornes.length - 1]) bornes.push(b);
  }
  // The darkest colour always goes to the top class, however few classes there are.
  const couleurs = bornes.map((_, k) => COULEURS_CLASSES[COULEURS_CLASSES.length - bornes.length + k]);
  return { bornes, couleurs };
}

export function couleurDe(v: number | null, c: Classes): string {
  if (v === null || Number.isNaN(v)) return COULEUR_SANS_DONNEE;
  if (v <= 0) return COULEUR_ZERO;
  for (let k = 0; k < c.bornes.length; k++) if (v <= c.bornes[k]) return c.couleurs[k];
  return c.couleurs[c.couleurs.length - 1] ?? COULEUR_ZERO;
}
