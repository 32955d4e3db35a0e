/** Body of the search index's worker thread (recherche-parallele.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { MagasinUtf8 } from '../magasin-utf8.ts';
import { documentsDepuis, ecrireDossierRecherche, type DonneesFilRecherche, type ResultatFilRecherche } from './recherche-parallele.ts';

const debut = performance.now();
const { out, courts, textes } = workerData as DonneesFilRecherche;
const recherche = await ecrireDossierRecherche(out, documentsDepuis(MagasinUtf8.depuis(courts), textes ? MagasinUtf8.depuis(textes) : null));
const resultat: ResultatFilRecherche = { recherche, ms: Math.round(performance.now() - debut) };
parentPort?.postMessage(resultat);
