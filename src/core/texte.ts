/**
 * Folding of French text for matching: case, accents, ligatures, apostrophes and hyphens.
 * "Saint-Étienne" → "saint etienne", "l’Œuvre" → "l oeuvre".
 */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

export function foldTexte(texte: string): string {
  return texte
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`ʼ‘\-‐‑–—_./]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folding used to compare commune names: also "st"/"ste" → "saint"/"sainte". */
export function foldNomCommune(nom: string): string {
  return foldTexte(nom)
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}
