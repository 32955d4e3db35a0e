/**
 * `npm run demo`: writes a deterministic demo export of the platform (the 7 sheets of
 * export-format.md + Labels.csv) from real geography and the 2014 classification, with a small,
 * counted share of every real-world quirk the build must repair.
 *
 *   tsx scripts/demo/generate-demo.ts [--out data/demo] [--count 11784] [--seed 2014]
 *     [--encoding utf-8|windows-1252] [--delimiter ';'|,|tab] [--bom] [--workers n] [--quiet]
 *
 * Same seed + count → byte-identical files, whatever the number of workers. Options and their
 * defaults: options.ts. The summary (rows per sheet, quirk counts) goes to stdout.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Anomalies } from './anomalies.ts';
import { CsvFile, type StatsGuillemets } from './csv-writer.ts';
import { ENTETE_LIEUX, ligneLieu } from './ecrire-lieux.ts';
import { ENTETE_ACTIONS, ENTETE_LIAISON_LIEUX, ENTETE_LIAISON_PERSONNES, ENTETE_LIAISON_SERVICES } from './fiches.ts';
import { ecrireFiches, lancerPool } from './fiches-paralleles.ts';
import { ENTETE_LABELS, choisirParticipants, lignesLabel } from './labels.ts';
import type { LieuDemo } from './lieux.ts';
import { AIDE, OPTIONS_PAR_DEFAUT, parseOptions, type OptionsDemo } from './options.ts';
import { ENTETE_PERSONNES, lignePersonne } from './personnes.ts';
import { preparer } from './preparation.ts';
import { Rng } from './prng.ts';

export { OPTIONS_PAR_DEFAUT, type OptionsDemo } from './options.ts';

export const ENTETE_SERVICES = ['Id_Service', 'Axe', 'Enjeu de développement ', 'Usage', 'Service'];

/** Sheet file names, as the platform's workbook names its sheets. */
export const FICHIERS = {
  actions: 'Actions.csv',
  services: 'Services.csv',
  lieux: 'Lieux.csv',
  personnes: 'Personnes.csv',
  liaisonLieux: 'Liaison Lieux.csv',
  liaisonPersonnes: 'Liaison Personnes.csv',
  liaisonServices: 'Liaison Services.csv',
  labels: 'Labels.csv',
} as const;

/** Blank lines left at the end of some sheets, as a spreadsheet leaves them; and their quirk code. */
const LIGNES_VIDES_FINALES: Partial<Record<keyof typeof FICHIERS, [number, string]>> = {
  actions: [2, 'actions.lignes-vides-finales'],
  lieux: [1, 'lieux.lignes-vides-finales'],
  liaisonServices: [3, 'liaison-services.lignes-vides-finales'],
};

export interface ResumeDemo {
  dossier: string;
  options: Omit<OptionsDemo, 'out' | 'quiet'>;
  /** Data rows per file (header and blank lines excluded). */
  lignes: Record<string, number>;
  lieux: { total: number; parGenre: Record<string, number>; communesDistinctes: number; regions: number };
  /** Deliberate quirks, by `<feuille>.<quirk>`. */
  anomalies: Record<string, number>;
  /** Cells that needed CSV quoting, all files together. */
  guillemets: StatsGuillemets;
}

export async function generateDemo(partiel: Partial<OptionsDemo> = {}): Promise<ResumeDemo> {
  const o: OptionsDemo = { ...OPTIONS_PAR_DEFAUT, ...partiel };
  if (!Number.isInteger(o.count) || o.count < 1) throw new Error(`count doit être un entier ≥ 1 (reçu : ${o.count})`);
  await mkdir(o.out, { recursive: true });
  const format = { delimiter: o.delimiter, encoding: o.encoding, bom: o.bom };
  const anomalies = new Anomalies();
  const guillemets: StatsGuillemets = { cellules: 0, avecDelimiteur: 0, avecGuillemet: 0, avecSautDeLigne: 0 };
  const ouvrir = (cle: keyof typeof FICHIERS, entete: readonly string[]) => CsvFile.create(join(o.out, FICHIERS[cle]), format, entete, guillemets);
  const lignes: Record<string, number> = {};
  const fermer = async (cle: keyof typeof FICHIERS, f: CsvFile) => {
    const vides = LIGNES_VIDES_FINALES[cle];
    if (vides) {
      f.raw('\r\n'.repeat(vides[0]));
      anomalies.add(vides[1], vides[0]);
    }
    await f.close();
    lignes[FICHIERS[cle]] = f.lignes;
  };

  // Large exports: workers start now and prepare while Lieux and Personnes are written.
  const pool = lancerPool({ seed: o.seed, count: o.count, format }, o.workers);
  let lieux: LieuDemo[];
  try {
    const prep = preparer(o.seed, o.count);
    const { ref, fiches } = prep;
    lieux = prep.lieux;

    // Services.csv: the classification, as committed in data/reference.
    const services = await ouvrir('services', ENTETE_SERVICES);
    for (const s of ref.services) services.row([s.id, s.axe, s.enjeu, s.usage, s.service]);
    await fermer('services', services);

    // Lieux.csv, in id order.
    const departements = new Map(ref.departements.map((d) => [d.code, d]));
    const fLieux = await ouvrir('lieux', ENTETE_LIEUX);
    const rngLieux = new Rng(o.seed, 'lieux-lignes');
    for (const l of lieux) {
      fLieux.row(ligneLieu(l, rngLieux, anomalies, departements));
      if (fLieux.full) await fLieux.flush();
    }
    await fermer('lieux', fLieux);

    // Personnes.csv: contacts spread over the lieux like the fiches.
    const personnes = fiches.personnes;
    const rngPersonnes = new Rng(o.seed, 'personnes');
    const fPersonnes = await ouvrir('personnes', ENTETE_PERSONNES);
    for (let p = 0; p < personnes.ids.length; p++) {
      fPersonnes.row(lignePersonne(personnes.ids[p], lieux[personnes.lieuDe[p]], rngPersonnes, anomalies));
      if (fPersonnes.full) await fPersonnes.flush();
    }
    await fermer('personnes', fPersonnes);

    // Actions.csv and the link sheets, fiche by fiche, in blocks (on worker threads when large).
    const feuilles = {
      actions: await ouvrir('actions', ENTETE_ACTIONS),
      liaisonLieux: await ouvrir('liaisonLieux', ENTETE_LIAISON_LIEUX),
      liaisonPersonnes: await ouvrir('liaisonPersonnes', ENTETE_LIAISON_PERSONNES),
      liaisonServices: await ouvrir('liaisonServices', ENTETE_LIAISON_SERVICES),
    };
    await ecrireFiches(fiches, feuilles, anomalies, guillemets, pool);

    // Labels.csv.
    const rngLabels = new Rng(o.seed, 'labels');
    const fLabels = await ouvrir('labels', ENTETE_LABELS);
    for (const p of choisirParticipants(ref, lieux, rngLabels)) {
      for (const ligne of lignesLabel(p, rngLabels, anomalies)) fLabels.row(ligne);
      if (fLabels.full) await fLabels.flush();
    }
    await fermer('labels', fLabels);

    // Actions.csv last: its presence tells ensure-demo that the export is complete.
    await fermer('liaisonLieux', feuilles.liaisonLieux);
    await fermer('liaisonPersonnes', feuilles.liaisonPersonnes);
    await fermer('liaisonServices', feuilles.liaisonServices);
    await fermer('actions', feuilles.actions);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }

  return {
    dossier: o.out,
    options: { count: o.count, seed: o.seed, encoding: o.encoding, delimiter: o.delimiter, bom: o.bom },
    lignes: Object.fromEntries(Object.values(FICHIERS).map((n) => [n, lignes[n]])),
    lieux: decrireLieux(lieux),
    anomalies: anomalies.toJSON(),
    guillemets,
  };
}

function decrireLieux(lieux: readonly LieuDemo[]): ResumeDemo['lieux'] {
  const parGenre: Record<string, number> = {};
  for (const l of lieux) parGenre[l.genre] = (parGenre[l.genre] ?? 0) + 1;
  return {
    total: lieux.length,
    parGenre,
    communesDistinctes: new Set(lieux.map((l) => l.commune.code)).size,
    regions: new Set(lieux.map((l) => l.commune.region)).size,
  };
}

export function formaterResume(r: ResumeDemo, dureeMs?: number): string {
  const out = [`Export de démonstration écrit dans ${r.dossier}` + (dureeMs === undefined ? '' : ` en ${(dureeMs / 1000).toFixed(1)} s`)];
  out.push(`  ${r.options.count} fiches, graine ${r.options.seed}, ${r.options.encoding}, séparateur ${JSON.stringify(r.options.delimiter)}${r.options.bom ? ', BOM' : ''}`);
  out.push('Lignes par feuille :');
  for (const [f, n] of Object.entries(r.lignes)) out.push(`  ${f.padEnd(24)} ${String(n).padStart(9)}`);
  out.push(`Lieux : ${r.lieux.total} (${Object.entries(r.lieux.parGenre).map(([g, n]) => `${g} ${n}`).join(', ')}), ${r.lieux.communesDistinctes} communes, ${r.lieux.regions} régions`);
  out.push('Anomalies volontaires :');
  for (const [code, n] of Object.entries(r.anomalies)) out.push(`  ${code.padEnd(40)} ${String(n).padStart(7)}`);
  const g = r.guillemets;
  out.push(`Cellules entre guillemets : ${g.cellules} (séparateur ${g.avecDelimiteur}, guillemet ${g.avecGuillemet}, saut de ligne ${g.avecSautDeLigne})`);
  return out.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const { help, ...options } = parseOptions(argv);
  if (help) {
    process.stdout.write(AIDE);
    return;
  }
  const debut = performance.now();
  const resume = await generateDemo(options);
  if (!options.quiet) console.log(formaterResume(resume, performance.now() - debut));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
