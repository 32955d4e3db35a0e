/**
 * Small French grammar helpers for the demo texts: articles before a noun phrase and
 * the "de / à" forms of a commune name, from INSEE's typeLiaison.
 */

/** A noun phrase with its gender and number, written "m budget participatif", "fp ressources…". */
export interface Groupe {
  texte: string;
  feminin: boolean;
  pluriel: boolean;
  elision: boolean;
  /** ASCII slug of the text, for URLs. */
  slug: string;
}

const VOYELLE = /^[aeiouyhàâäéèêëîïôöùûüœAEIOUYHÀÂÉÈÊÎÔŒ]/;

const groupes = new Map<string, Groupe>();

/** Parses (once per code) "fp tablettes en classe" into its text, gender and number. */
export function groupe(code: string): Groupe {
  let g = groupes.get(code);
  if (!g) {
    const espace = code.indexOf(' ');
    const genre = code.slice(0, espace);
    const texte = code.slice(espace + 1);
    g = { texte, feminin: genre.startsWith('f'), pluriel: genre.endsWith('p'), elision: VOYELLE.test(texte), slug: slug(texte) };
    groupes.set(code, g);
  }
  return g;
}

export const le = (g: Groupe) => (g.pluriel ? 'les ' : g.elision ? 'l’' : g.feminin ? 'la ' : 'le ') + g.texte;
export const un = (g: Groupe) => (g.pluriel ? 'des ' : g.feminin ? 'une ' : 'un ') + g.texte;
export const du = (g: Groupe) => (g.pluriel ? 'des ' : g.elision ? 'de l’' : g.feminin ? 'de la ' : 'du ') + g.texte;
export const au = (g: Groupe) => (g.pluriel ? 'aux ' : g.elision ? 'à l’' : g.feminin ? 'à la ' : 'au ') + g.texte;
/** "d’un budget", "d’une plateforme", "d’ateliers", "de tablettes". */
export const dUn = (g: Groupe) => (g.pluriel ? (g.elision ? 'd’' : 'de ') : g.feminin ? 'd’une ' : 'd’un ') + g.texte;
/** "ce budget", "cette plateforme", "cet espace", "ces ateliers". */
export const ce = (g: Groupe) => (g.pluriel ? 'ces ' : g.feminin ? 'cette ' : g.elision ? 'cet ' : 'ce ') + g.texte;

/** Past participle agreed with the noun phrase: "pensé" → "pensée", "pensés", "pensées". */
export const accorder = (participe: string, g: Groupe) => participe + (g.feminin ? 'e' : '') + (g.pluriel ? 's' : '');

export function majuscule(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** "de Brest", "d’Angers", "du Mans", "des Abymes", "de La Rochelle". */
export function deNom(nom: string, typeLiaison: number): string {
  if (typeLiaison === 2 && nom.startsWith('Le ')) return 'du ' + nom.slice(3);
  if ((typeLiaison === 4 || typeLiaison === 6) && /^(Les|Aux) /.test(nom)) return 'des ' + nom.slice(4);
  if (typeLiaison === 1) return 'd’' + nom;
  return 'de ' + nom;
}

/** "à Brest", "au Mans", "aux Abymes", "à La Rochelle". */
export function aNom(nom: string, typeLiaison: number): string {
  if (typeLiaison === 2 && nom.startsWith('Le ')) return 'au ' + nom.slice(3);
  if (typeLiaison === 4 && nom.startsWith('Les ')) return 'aux ' + nom.slice(4);
  return 'à ' + nom;
}

const slugs = new Map<string, string>();

/** ASCII slug for fake e-mail domains and URLs: "L'Haÿ-les-Roses" → "l-hay-les-roses". Memoised. */
export function slug(texte: string): string {
  let s = slugs.get(texte);
  if (s === undefined) {
    s = slugSansCache(texte);
    if (slugs.size < 200_000) slugs.set(texte, s);
  }
  return s;
}

function slugSansCache(texte: string): string {
  return texte
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What fills the `{slots}` of a template: asked slot by slot, so only the slots used are computed. */
export interface Remplisseur {
  valeur(cle: string): string | undefined;
}

const compiles = new Map<string, string[]>();

/** Fills a template such as "Le {objet} de {ville}". Templates are split once and cached. */
export function remplir(modele: string, r: Remplisseur): string {
  let parts = compiles.get(modele);
  if (!parts) {
    parts = modele.split(/\{(\w+)\}/);
    compiles.set(modele, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = r.valeur(parts[i]);
    if (v === undefined) throw new Error(`Champ de modèle inconnu {${parts[i]}} dans « ${modele} »`);
    out += v + parts[i + 1];
  }
  return out;
}
