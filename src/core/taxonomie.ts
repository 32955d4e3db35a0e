import type { AxeTaxonomie, Taxonomie } from './atlas-data.ts';

export interface Numerote {
  numero: number;
  libelle: string;
}

/** "2. Vitalité de la démocratie locale" → { numero: 2, libelle: "Vitalité de la démocratie locale" }. */
export function parseNumerote(texte: string): Numerote | null {
  const m = /^\s*(\d+)\s*[.)-]?\s*(.*?)\s*$/s.exec(texte);
  if (!m || m[2] === '') return null;
  return { numero: Number(m[1]), libelle: m[2] };
}

export interface ServiceClasse {
  id: string;
  axe: string;
  enjeu: string;
  usage: string;
  service: string;
}

export interface ClassementService {
  axe: string;
  enjeu: string;
  usage: string;
}

/**
 * Builds the tree Axe > Enjeu > Usage > Service from the rows of Services.csv, in the
 * order the sheet gives. A label with no number gets the next free one within its parent.
 */
export function buildTaxonomie(services: readonly ServiceClasse[]): {
  taxonomie: Taxonomie;
  classement: Map<string, ClassementService>;
} {
  const axes: AxeTaxonomie[] = [];
  const classement = new Map<string, ClassementService>();
  const findOrAdd = <T extends { code: string; numero: number; libelle: string }>(
    list: T[],
    texte: string,
    prefix: string,
    make: (code: string, numero: number, libelle: string) => T,
  ): T => {
    const parsed = parseNumerote(texte);
    const libelle = parsed ? parsed.libelle : texte.trim();
    const existing = list.find((n) => n.libelle === libelle && (!parsed || n.numero === parsed.numero));
    if (existing) return existing;
    let numero = parsed?.numero ?? 0;
    if (!parsed || list.some((n) => n.numero === numero)) numero = Math.max(0, ...list.map((n) => n.numero)) + 1;
    const node = make(prefix + numero, numero, libelle);
    list.push(node);
    return node;
  };
  for (const s of services) {
    const axe = findOrAdd(axes, s.axe, '', (code, numero, libelle) => ({ code, numero, libelle, enjeux: [] }));
    const enjeu = findOrAdd(axe.enjeux, s.enjeu, axe.code + '.', (code, numero, libelle) => ({ code, numero, libelle, usages: [] }));
    const usage = findOrAdd(enjeu.usages, s.usage, enjeu.code + '.', (code, numero, libelle) => ({ code, numero, libelle, services: [] }));
    usage.services.push({ id: s.id, libelle: s.service.trim() });
    classement.set(s.id, { axe: axe.code, enjeu: enjeu.code, usage: usage.code });
  }
  return { taxonomie: { axes }, classement };
}

export function libelleAxe(t: Taxonomie, code: string): string | undefined {
  return t.axes.find((a) => a.code === code)?.libelle;
}
