import { parentPort, workerData } from 'node:worker_threads';
import { Anomalies } from './anomalies.ts';
import { CsvMemoire, type FormatCsv, type StatsGuillemets } from './csv-writer.ts';
import { ecrireBloc } from './fiches.ts';
import { preparer } from './preparation.ts';
import type { CleSortie, DonneesWorker, ResultatBloc } from './fiches-paralleles.ts';

/**
 * A worker thread of the fiche generator: rebuilds the shared state from (seed, count), then
 * writes each block it is sent into memory, encoded, and hands the bytes back (transferred).
 */
const { seed, count, format } = workerData as DonneesWorker;
const { fiches } = preparer(seed, count);
const CLES: CleSortie[] = ['actions', 'liaisonLieux', 'liaisonPersonnes', 'liaisonServices'];

/** A Buffer may be a view on Node's shared pool: copy it before transferring its memory. */
function propre(octets: Buffer): Uint8Array {
  return octets.byteOffset === 0 && octets.byteLength === octets.buffer.byteLength ? octets : new Uint8Array(octets);
}

parentPort?.on('message', (b: number) => {
  const anomalies = new Anomalies();
  const guillemets: StatsGuillemets = { cellules: 0, avecDelimiteur: 0, avecGuillemet: 0, avecSautDeLigne: 0 };
  const sorties = Object.fromEntries(CLES.map((k) => [k, new CsvMemoire(format as FormatCsv, guillemets)])) as Record<CleSortie, CsvMemoire>;
  for (const _pause of ecrireBloc(fiches, b, sorties, anomalies)); // rows are encoded as they come
  const octets = Object.fromEntries(CLES.map((k) => [k, propre(sorties[k].take())])) as Record<CleSortie, Uint8Array>;
  const resultat: ResultatBloc = {
    b,
    octets,
    lignes: Object.fromEntries(CLES.map((k) => [k, sorties[k].lignes])) as Record<CleSortie, number>,
    anomalies: anomalies.toJSON(),
    guillemets,
  };
  parentPort?.postMessage(resultat, CLES.map((k) => octets[k].buffer as ArrayBuffer));
});
