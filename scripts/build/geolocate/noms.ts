import { foldNomCommune } from '../../../src/core/texte.ts';

/**
 * Turning what people write in `Ville` or `Nom` ("Mairie de Saint-Étienne", "LYON CEDEX 03",
 * "Rochelle (La)", "Paris 12e") into folded commune names to look up.
 */

/** Words that open the name of a structure rather than of a place: "Mairie de X" → "X". */
const PREFIXES = [
  'mairie annexe de',
  'mairie de',
  'hotel de ville de',
  'ville de',
  'commune nouvelle de',
  'commune de',
  'village de',
  'communaute de communes de',
  'communaute de communes',
  'communaute d agglomeration de',
  'communaute d agglomeration',
  'communaute urbaine de',
  'communaute urbaine',
  'agglomeration de',
  'metropole de',
  'syndicat intercommunal de',
  'cc de',
  'ca de',
  'cu de',
  'centre communal d action sociale de',
  'ccas de',
  'mediatheque de',
  'bibliotheque de',
  'espace public numerique de',
  'epn de',
  'cyber base de',
  'office de tourisme de',
];

/** Folded prefixes, longest first, each followed by a space or by the elided "d" / "du" / "des". */
const PREFIXES_REGEX = new RegExp(
  `^(?:${[...PREFIXES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ de$/, ' (?:de|d|du|des)')).join('|')}) `,
);

/** "X (La)" → "La X", "X, Le" → "Le X"; the official names put the article first. */
const ARTICLE_FINAL = /^(.+?)\s*[(,]\s*(le|la|les|l)['’]?\s*\)?$/i;

function nettoyer(brut: string): string {
  // "Valence (26)", "Saint-Denis (974)": a department number in brackets
  let s = brut.trim().replace(/\s*\(\s*(?:\d{2,3}|2a|2b)\s*\)$/i, '');
  const m = ARTICLE_FINAL.exec(s);
  if (m) s = m[2].toLowerCase() === 'l' ? `l'${m[1]}` : `${m[2]} ${m[1]}`;
  let f = foldNomCommune(s.replace(/[()",;:«»]/g, ' '));
  // "Lyon Cedex 03", "Bourg-en-Bresse CEDEX", "Paris BP 12"
  f = f.replace(/ (cedex|bp|cs)( \d+)?$/, '').replace(/ cedex \d+$/, '');
  return f;
}

/**
 * Candidate folded commune names from a raw `Ville` or `Nom`, the most literal first:
 * the folded whole, then without a structure prefix ("mairie de"), with "du"/"des" turned
 * back into the article of the commune ("Commune du Havre" → "le havre").
 */
export function variantesNom(brut: string | undefined): string[] {
  if (!brut) return [];
  const f = nettoyer(brut);
  if (!f) return [];
  const out = [f];
  const m = PREFIXES_REGEX.exec(f);
  if (m) {
    const reste = f.slice(m[0].length);
    const liaison = m[0].trim().split(' ').pop();
    if (reste) {
      if (liaison === 'du') out.push(`le ${reste}`);
      else if (liaison === 'des') out.push(`les ${reste}`);
      out.push(reste);
    }
  }
  return out;
}

/** The department written in brackets after a town name: "Valence (26)" → "26", "Ajaccio (2a)" → "2A". */
export function departementEntreParentheses(brut: string | undefined): string | undefined {
  const m = brut ? /\(\s*(\d{2,3}|2a|2b)\s*\)\s*$/i.exec(brut) : null;
  return m ? m[1].toUpperCase() : undefined;
}

/** Does this name look like an intercommunality's ("Communauté de communes…", "CC du…", "… Métropole")? */
export function ressembleEpci(brut: string | undefined): boolean {
  if (!brut) return false;
  const f = foldNomCommune(brut);
  return /^(communaute|cc|ca|cu|metropole|agglomeration|agglo|syndicat|pays|sivom|sivu)\b/.test(f) || /\bmetropole$/.test(f);
}

/**
 * Folded key of an EPCI name, so that "Communauté de communes du Pays de Vitré" and
 * "CC du Pays de Vitré" meet: the legal form is abbreviated, hyphens are spaces.
 */
export function cleEpci(brut: string): string {
  return foldNomCommune(brut)
    .replace(/^communaute de communes\b/, 'cc')
    .replace(/^communaute d agglomeration\b/, 'ca')
    .replace(/^communaute urbaine\b/, 'cu')
    .replace(/^communaute de l agglomeration\b/, 'ca')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARRONDISSEMENTS: Record<string, { base: number; n: number }> = {
  paris: { base: 75100, n: 20 },
  lyon: { base: 69380, n: 9 },
  marseille: { base: 13200, n: 16 },
};

/**
 * The INSEE code of a Paris, Lyon or Marseille arrondissement named in a folded text:
 * "paris 12e", "paris 12eme arrondissement", "marseille 01" (GeoNames), "lyon 3", "paris xii" not handled.
 */
export function codeArrondissement(nomPlie: string): string | undefined {
  const m = /^(paris|lyon|marseille) (\d{1,2}) ?(?:e|eme|er|ere|em|ieme)?(?: arr(?:ondissement)?)?$/.exec(nomPlie);
  if (!m) return undefined;
  const a = ARRONDISSEMENTS[m[1]];
  const k = Number(m[2]);
  if (k < 1 || k > a.n) return undefined;
  return String(a.base + k);
}
