import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Precision } from '../../src/core/atlas-data.ts';
import type { ComptesFeuille, EntreeRapport, Gravite, Rapport } from './report.ts';

export interface RapportJson {
  genere: string;
  source: string;
  dureeSecondes: number;
  etapes: Record<string, number>;
  feuilles: Record<string, ComptesFeuille>;
  fiches: { lues: number; gardees: number; placees: Record<Precision, number> };
  codes: Record<string, { gravite: Gravite; nombre: number }>;
  entrees: EntreeRapport[];
}

const fr = new Intl.NumberFormat('fr-FR');
const pct = (n: number, total: number) => (total ? `${((100 * n) / total).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %` : '—');

export function rapportJson(
  rapport: Rapport,
  source: string,
  placees: Record<Precision, number>,
  etapes: Record<string, number>,
  dureeSecondes: number,
): RapportJson {
  const codes: RapportJson['codes'] = {};
  for (const e of rapport.entrees) {
    const c = (codes[e.code] ??= { gravite: e.gravite, nombre: 0 });
    c.nombre++;
  }
  const feuilles = Object.fromEntries(rapport.feuilles);
  const actions = [...rapport.feuilles.entries()].find(([f]) => /^actions\b/i.test(f))?.[1];
  return {
    genere: new Date().toISOString(),
    source,
    dureeSecondes,
    etapes,
    feuilles,
    fiches: { lues: actions?.lues ?? 0, gardees: actions?.gardees ?? 0, placees },
    codes,
    entrees: rapport.entrees,
  };
}

/** The readable summary printed at the end of a build and written to report.txt. */
export function resumeRapport(r: RapportJson): string {
  const lignes: string[] = [];
  lignes.push(`Atlas construit depuis ${r.source} en ${r.dureeSecondes.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`);
  lignes.push('');
  lignes.push('Feuilles               lues    gardées   rejetées');
  for (const [fichier, c] of Object.entries(r.feuilles)) {
    lignes.push(`${fichier.padEnd(20)} ${fr.format(c.lues).padStart(7)} ${fr.format(c.gardees).padStart(10)} ${fr.format(c.rejetees).padStart(10)}`);
  }
  const total = r.fiches.gardees;
  const p = r.fiches.placees;
  lignes.push('');
  lignes.push(`Fiches dans l'atlas : ${fr.format(total)}`);
  lignes.push(`  position exacte (coordonnées de l'export vérifiées) : ${fr.format(p.exact)} (${pct(p.exact, total)})`);
  lignes.push(`  à la commune ou au territoire                        : ${fr.format(p.commune)} (${pct(p.commune, total)})`);
  lignes.push(`  approchée (code postal, département)                 : ${fr.format(p.approx)} (${pct(p.approx, total)})`);
  lignes.push(`  non placées                                          : ${fr.format(p.none)} (${pct(p.none, total)})`);
  lignes.push('');
  const parGravite: Record<Gravite, [string, number][]> = { rejet: [], correction: [], avertissement: [] };
  for (const [code, c] of Object.entries(r.codes)) parGravite[c.gravite].push([code, c.nombre]);
  const titres: Record<Gravite, string> = { rejet: 'Lignes rejetées', correction: 'Valeurs corrigées', avertissement: 'Avertissements' };
  for (const g of ['rejet', 'correction', 'avertissement'] as const) {
    if (!parGravite[g].length) continue;
    lignes.push(`${titres[g]} :`);
    for (const [code, n] of parGravite[g].sort((a, b) => b[1] - a[1])) lignes.push(`  ${code.padEnd(32)} ${fr.format(n).padStart(7)}`);
  }
  lignes.push('');
  lignes.push('Le détail ligne par ligne (fichier, ligne, id, motif) est dans report.json et report.csv.');
  return lignes.join('\n');
}

export async function ecrireRapport(out: string, r: RapportJson): Promise<string> {
  const resume = resumeRapport(r);
  await writeFile(join(out, 'report.json'), JSON.stringify(r, null, 1));
  await writeFile(join(out, 'report.txt'), resume + '\n');
  const csv = Papa.unparse(
    r.entrees.map((e) => ({
      gravite: e.gravite,
      code: e.code,
      fichier: e.fichier,
      ligne: e.ligne,
      id: e.id ?? '',
      champ: e.champ ?? '',
      message: e.message,
      avant: e.avant ?? '',
      apres: e.apres ?? '',
    })),
    { delimiter: ';', columns: ['gravite', 'code', 'fichier', 'ligne', 'id', 'champ', 'message', 'avant', 'apres'] },
  );
  await writeFile(join(out, 'report.csv'), '\uFEFF' + csv + '\r\n');
  return resume;
}
