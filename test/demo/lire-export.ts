import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** Test helper: one sheet of a demo export, parsed the plain way (no repair). */
export interface Feuille {
  texte: string;
  entete: string[];
  lignes: Record<string, string>[];
  erreurs: Papa.ParseError[];
}

export function lireFeuille(dossier: string, fichier: string, options: { delimiter?: string; encoding?: string } = {}): Feuille {
  const octets = readFileSync(join(dossier, fichier));
  const texte = new TextDecoder(options.encoding ?? 'utf-8').decode(octets);
  const parsed = Papa.parse<string[]>(texte, { delimiter: options.delimiter ?? ';', skipEmptyLines: true, newline: '\r\n' });
  const [entete, ...rangs] = parsed.data;
  const lignes = rangs.map((r) => Object.fromEntries(entete.map((h, i) => [h, r[i]])));
  return { texte, entete, lignes, erreurs: parsed.errors };
}

/** The first physical line of a file (its header), as bytes decoded. */
export function premiereLigne(dossier: string, fichier: string): string {
  const texte = readFileSync(join(dossier, fichier), 'utf8');
  return texte.slice(0, texte.indexOf('\r\n'));
}
