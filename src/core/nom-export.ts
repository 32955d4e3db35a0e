/**
 * File names of the downloads, saying what they hold and when:
 * `atlaas-initiatives-occitanie-enjeu-2-1-2026-12-01.csv`. Pure: the names of codes come in.
 */
import type { Filtres } from './filtres.ts';
import { foldTexte } from './texte.ts';

export interface NomsCodes {
  regions: ReadonlyMap<string, string>;
  departements: ReadonlyMap<string, string>;
  collectivites?: ReadonlyMap<string, string>;
}

const LONGUEUR_MAX = 90;

/** "Provence-Alpes-Côte d'Azur" → "provence-alpes-cote-d-azur". */
export function slug(texte: string): string {
  return foldTexte(texte)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What the filters select, as file-name words (`toutes` with no filter). */
export function descriptionFiltres(f: Filtres, noms: NomsCodes): string {
  const parties: string[] = [];
  for (const r of f.regions ?? []) parties.push(slug(noms.regions.get(r) ?? `region-${r}`));
  for (const d of f.departements ?? []) parties.push(slug(noms.departements.get(d) ?? `departement-${d}`));
  for (const c of f.collectivites ?? []) parties.push(slug(noms.collectivites?.get(c) ?? c));
  for (const a of f.axes ?? []) parties.push(`axe-${slug(a)}`);
  for (const e of f.enjeux ?? []) parties.push(`enjeu-${slug(e)}`);
  for (const u of f.usages ?? []) parties.push(`usage-${slug(u)}`);
  for (const s of f.services ?? []) parties.push(`service-${slug(s)}`);
  for (const t of f.types ?? []) parties.push(slug(t));
  for (const s of f.strates ?? []) parties.push(`strate-${slug(s)}`);
  if (f.arobases?.length) parties.push(`${f.arobases.join('-')}-arobases`);
  if (f.annees && (f.annees[0] !== null || f.annees[1] !== null)) {
    const [min, max] = f.annees;
    parties.push(min !== null && max !== null ? (min === max ? `${min}` : `${min}-${max}`) : min !== null ? `depuis-${min}` : `jusqu-${max}`);
  }
  if (f.texte?.trim()) parties.push(`recherche-${slug(f.texte)}`);
  if (f.vue) parties.push('vue-carte');
  let s = parties.filter((p) => p !== '').join('-');
  if (s.length > LONGUEUR_MAX) s = s.slice(0, LONGUEUR_MAX).replace(/-[^-]*$/, '') + '-etc';
  return s || 'toutes';
}

/** YYYY-MM-DD of a date in the local time zone (the user's "today"). */
export function dateLocale(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function nomExport(quoi: string, f: Filtres, noms: NomsCodes, extension: string, date: Date): string {
  return `atlaas-${quoi}-${descriptionFiltres(f, noms)}-${dateLocale(date)}.${extension}`;
}
