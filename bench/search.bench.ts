/**
 * The full-text search (src/core/recherche-*.ts, src/worker/recherche.ts) on the fiches of an
 * atlas folder: how long the build takes to index them, how big the files are (raw and gzip,
 * loaded on the first search only), how long the worker takes to load them, and how long one
 * query takes while a user types 50 keystrokes. Side by side in the same run, the same index
 * filled through flexsearch's own `Index.add` (same files, byte for byte). Prints nothing:
 * bench/run.ts does.
 *
 *   tsx bench/search.bench.ts [atlas folder, default bench/out/atlas-11784]   prints a table
 *
 * Budget (issue "Find: full-text search that answers in a frame"): index built in well under a
 * second of the < 10 s build, < 3 MB gzip, a keystroke answered in < 5 ms in Node (< 30 ms in
 * the browser).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { RACINE } from '../scripts/build-atlas.ts';
import type { FicheDetail } from '../src/core/atlas-data.ts';
import {
  documentRecherche,
  indexerRecherche,
  lecteurEnMemoire,
  type DocumentRecherche,
  type FichiersRecherche,
  type MesuresIndexation,
} from '../src/core/recherche-index.ts';
import { chargerRecherche } from '../src/worker/recherche.ts';
import { kio, ms, nombre, quantile, tableau } from './mesures.ts';

export interface OptionsRecherche {
  saisie: string; // typed one character at a time: its first `frappes` prefixes are the queries
  frappes: number; // keystrokes
  tours: number; // timed runs of the whole sequence, after one warm-up run
  constructions: number; // timed index builds (the median is kept)
}

export const OPTIONS_RECHERCHE: OptionsRecherche = {
  saisie: 'budget participatif des écoles numériques à Saint-Étienne, mediatheque',
  frappes: 50,
  tours: 5,
  constructions: 3,
};

export interface MesureRecherche {
  fiches: number;
  /** Index build (analysis + maps + JSON), median of the runs: what the atlas build spends. */
  constructionMs: number;
  /** The same through flexsearch's `Index.add` + `Index.export`, for comparison. */
  constructionFlexsearchMs: number;
  phases: MesuresIndexation;
  /** Files of recherche/ (index.json included). */
  fichiers: number;
  octets: number;
  gzip: number;
  /** chargerRecherche: parse + flexsearch import + dictionary, once, on the first search. */
  chargementMs: number;
  /** One `chercher` call per keystroke, over every run after the warm-up. */
  p50: number;
  p95: number;
  max: number;
  /** The first pass, JIT cold: what the first search after loading costs. */
  premierPassageMax: number;
  frappes: number;
  /** Results of the last keystroke's query. */
  resultatsFin: number;
}

function lireFiches(dossierAtlas: string): DocumentRecherche[] {
  const fiches: FicheDetail[] = [];
  const meta = JSON.parse(readFileSync(join(dossierAtlas, 'atlas.json'), 'utf8')) as { fichiers: { fiches?: string } };
  const dossier = join(dossierAtlas, meta.fichiers.fiches ?? 'fiches');
  for (const f of readdirSync(dossier)) {
    if (f.endsWith('.json')) fiches.push(...(Object.values(JSON.parse(readFileSync(join(dossier, f), 'utf8'))) as FicheDetail[]));
  }
  return fiches.sort((a, b) => a.i - b.i).map(documentRecherche);
}

function mediane(valeurs: number[]): number {
  return quantile(valeurs, 0.5) ?? NaN;
}

/** Index the fiches of `dossierAtlas` (fiches/*.json), load the index, type `saisie`. */
export async function benchRecherche(dossierAtlas: string, options: Partial<OptionsRecherche> = {}): Promise<MesureRecherche> {
  const o = { ...OPTIONS_RECHERCHE, ...options };
  const documents = lireFiches(dossierAtlas);

  const durees: number[] = [];
  const dureesFlex: number[] = [];
  let fichiers: FichiersRecherche | null = null;
  const phases = {} as MesuresIndexation;
  for (let k = 0; k < o.constructions; k++) {
    let t = performance.now();
    fichiers = indexerRecherche(documents, { mesures: phases });
    durees.push(performance.now() - t);
    t = performance.now();
    indexerRecherche(documents, { viaFlexsearch: true });
    dureesFlex.push(performance.now() - t);
  }
  if (!fichiers) throw new Error('aucune construction');

  let octets = Buffer.byteLength(JSON.stringify(fichiers.manifeste));
  let gzip = gzipSync(JSON.stringify(fichiers.manifeste)).length;
  for (const data of fichiers.fichiers.values()) {
    octets += Buffer.byteLength(data);
    gzip += gzipSync(data).length;
  }

  const lire = lecteurEnMemoire(fichiers);
  let t = performance.now();
  const moteur = await chargerRecherche(lire);
  const chargementMs = performance.now() - t;

  const requetes = Array.from({ length: Math.min(o.frappes, o.saisie.length) }, (_, k) => o.saisie.slice(0, k + 1));
  const premier: number[] = [];
  const temps: number[] = [];
  let resultatsFin = 0;
  for (let tour = 0; tour <= o.tours; tour++) {
    for (const q of requetes) {
      t = performance.now();
      const r = moteur.chercher(q);
      const d = performance.now() - t;
      if (tour === 0) premier.push(d);
      else temps.push(d);
      resultatsFin = r.indices.length;
    }
  }
  return {
    fiches: documents.length,
    constructionMs: mediane(durees),
    constructionFlexsearchMs: mediane(dureesFlex),
    phases,
    fichiers: fichiers.fichiers.size + 1,
    octets,
    gzip,
    chargementMs,
    p50: quantile(temps, 0.5) ?? NaN,
    p95: quantile(temps, 0.95) ?? NaN,
    max: Math.max(...temps),
    premierPassageMax: Math.max(...premier),
    frappes: requetes.length,
    resultatsFin,
  };
}

export function tableauRecherche(m: MesureRecherche): string {
  return tableau([
    ['fiches', 'index (ms)', 'via flexsearch (ms)', 'fichiers', 'brut (Kio)', 'gzip (Kio)', 'chargement (ms)', 'p50 (ms)', 'p95 (ms)', 'max (ms)', '1er passage max (ms)'],
    [
      nombre(m.fiches),
      ms(m.constructionMs),
      ms(m.constructionFlexsearchMs),
      String(m.fichiers),
      kio(m.octets),
      kio(m.gzip),
      ms(m.chargementMs),
      m.p50.toFixed(2),
      m.p95.toFixed(2),
      m.max.toFixed(2),
      m.premierPassageMax.toFixed(2),
    ],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dossier = resolve(process.argv[2] ?? join(RACINE, 'bench/out/atlas-11784'));
  const m = await benchRecherche(dossier);
  console.log(`Recherche plein texte : ${m.frappes} frappes de « ${OPTIONS_RECHERCHE.saisie.slice(0, m.frappes)} » × ${OPTIONS_RECHERCHE.tours} tours (${dossier})`);
  console.log(tableauRecherche(m));
  console.log(`  phases : analyse + cartes ${ms(m.phases.analyseMs)} ms, JSON ${ms(m.phases.exportMs)} ms, ${nombre(m.phases.entrees)} entrées (racine, fiche)`);
}
