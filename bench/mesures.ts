/** Small helpers shared by the benchmarks: order statistics, gzip sizes, formatting. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Value at quantile q (0–1) of the finite samples, nearest-rank; null when there are none. */
export function quantile(valeurs: readonly (number | null | undefined)[], q: number): number | null {
  const v = valeurs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

export const mediane = (valeurs: readonly (number | null | undefined)[]) => quantile(valeurs, 0.5);

/** a ÷ b, or null when either is missing (a ratio > 1 means b is faster). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b <= 0) return null;
  return a / b;
}

const cacheGzip = new Map<string, { taille: number; mtime: number; gzip: number }>();

/** Bytes of a file once gzipped at the default level (6, what most static servers use). */
export function tailleGzip(fichier: string): number {
  const s = statSync(fichier);
  const connu = cacheGzip.get(fichier);
  if (connu && connu.taille === s.size && connu.mtime === s.mtimeMs) return connu.gzip;
  const gzip = gzipSync(readFileSync(fichier)).length;
  cacheGzip.set(fichier, { taille: s.size, mtime: s.mtimeMs, gzip });
  return gzip;
}

export const kio = (octets: number | null | undefined) => (octets == null ? '—' : (octets / 1024).toFixed(octets < 10_240 ? 1 : 0));
export const ms = (x: number | null | undefined) => (x == null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const fois = (x: number | null | undefined) => (x == null ? '—' : `${x.toFixed(x >= 10 ? 0 : 1)}×`);
export const nombre = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');

/** A plain-text table: first row is the header, columns padded (numbers right-aligned). */
export function tableau(lignes: readonly (readonly string[])[], retrait = '  '): string {
  const largeurs = lignes[0].map((_, c) => Math.max(...lignes.map((l) => (l[c] ?? '').length)));
  return lignes
    .map((l, r) =>
      retrait +
      l
        .map((cellule, c) => (c === 0 || r === 0 ? cellule.padEnd(largeurs[c]) : cellule.padStart(largeurs[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
