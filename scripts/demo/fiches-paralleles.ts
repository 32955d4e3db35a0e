import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fusionner, type Anomalies } from './anomalies.ts';
import type { CsvFile, FormatCsv, StatsGuillemets } from './csv-writer.ts';
import { ecrireBloc, nombreDeBlocs } from './fiches.ts';
import type { ContexteFiches } from './fiches.ts';

/**
 * Runs the fiche blocks on the main thread (small exports) or on worker threads (large ones)
 * and writes them in block order: the bytes are the same either way.
 */
export type CleSortie = 'actions' | 'liaisonLieux' | 'liaisonPersonnes' | 'liaisonServices';

export interface DonneesWorker {
  seed: number;
  count: number;
  format: FormatCsv;
}

export interface ResultatBloc {
  b: number;
  octets: Record<CleSortie, Uint8Array>;
  lignes: Record<CleSortie, number>;
  anomalies: Record<string, number>;
  guillemets: StatsGuillemets;
}

const CLES: CleSortie[] = ['actions', 'liaisonLieux', 'liaisonPersonnes', 'liaisonServices'];

/** Below this size, starting workers (each rebuilds the geography, ~1 s) is not worth it. */
export const SEUIL_WORKERS = 50_000;

export function workersParDefaut(count: number): number {
  return count < SEUIL_WORKERS ? 0 : Math.min(availableParallelism(), 8, nombreDeBlocs(count));
}

/**
 * The worker loads TypeScript through tsx's API, so it runs the same under `tsx`, vitest or
 * plain node, without inheriting the parent's loader flags.
 */
function lancerWorker(donnees: DonneesWorker): Worker {
  const racineTsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(racineTsx, 'dist/esm/api/index.mjs')).href; // the "import" condition of tsx/esm/api
  const entree = new URL('./fiches-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entree)}); });`;
  const w = new Worker(code, { eval: true, workerData: donnees, execArgv: [] });
  // A failure before ecrireFiches listens (e.g. while preparing) is kept, not thrown unhandled.
  w.on('error', (e) => echecs.set(w, e));
  w.on('exit', (code) => code !== 0 && !echecs.has(w) && echecs.set(w, new Error(`Un worker de génération s’est arrêté (code ${code})`)));
  return w;
}

const echecs = new WeakMap<Worker, Error>();

/**
 * Starts the workers early: each rebuilds the shared state while the main thread writes
 * Lieux.csv and Personnes.csv. Returns [] when the fiches are better written in place.
 */
export function lancerPool(donnees: DonneesWorker, workers = workersParDefaut(donnees.count)): Worker[] {
  const blocs = nombreDeBlocs(donnees.count);
  const n = Math.min(workers, blocs);
  return n < 1 || blocs < 2 ? [] : Array.from({ length: n }, () => lancerWorker(donnees));
}

export async function ecrireFiches(
  c: ContexteFiches,
  feuilles: Record<CleSortie, CsvFile>,
  anomalies: Anomalies,
  guillemets: StatsGuillemets,
  pool: Worker[] = [],
): Promise<void> {
  const n = nombreDeBlocs(c.count);
  if (pool.length === 0) {
    for (let b = 0; b < n; b++) {
      for (const _pause of ecrireBloc(c, b, feuilles, anomalies)) for (const k of CLES) if (feuilles[k].full) await feuilles[k].flush();
    }
    for (const k of CLES) await feuilles[k].flush();
    return;
  }

  const enAvanceMax = 2 * pool.length; // blocks computed but not yet written: bounds memory
  const prets = new Map<number, ResultatBloc>();
  const libres: Worker[] = [];
  let prochain = 0;
  let aEcrire = 0;
  let ecriture = false;

  try {
    await new Promise<void>((resolve, reject) => {
      const envoyer = () => {
        while (libres.length && prochain < n && prochain - aEcrire < enAvanceMax) libres.pop()?.postMessage(prochain++);
      };
      const ecrireEnOrdre = async () => {
        if (ecriture) return;
        ecriture = true;
        try {
          for (let r = prets.get(aEcrire); r; r = prets.get(aEcrire)) {
            prets.delete(aEcrire);
            for (const k of CLES) await feuilles[k].writeEncoded(r.octets[k], r.lignes[k]);
            fusionner(anomalies, r.anomalies);
            for (const k of Object.keys(guillemets) as (keyof StatsGuillemets)[]) guillemets[k] += r.guillemets[k];
            aEcrire++;
            envoyer();
          }
        } catch (e) {
          reject(e);
        } finally {
          ecriture = false;
        }
        if (aEcrire === n) resolve();
        else if (prets.has(aEcrire)) void ecrireEnOrdre();
      };
      for (const w of pool) {
        w.on('message', (r: ResultatBloc) => {
          prets.set(r.b, r);
          libres.push(w);
          envoyer();
          void ecrireEnOrdre();
        });
        const echec = echecs.get(w);
        if (echec) return reject(echec);
        w.on('error', reject);
        w.on('exit', (code) => code !== 0 && aEcrire < n && reject(echecs.get(w) ?? new Error(`Un worker de génération s’est arrêté (code ${code})`)));
        libres.push(w);
      }
      envoyer();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
