/// <reference lib="webworker" />
/**
 * The atlas worker: wires the pure engine (moteur.ts) to postMessage.
 * Protocol: messages.ts. Requests are answered in order; the main thread drops stale answers.
 */
import { Moteur } from './moteur.ts';
import type { Params, Reponse, Requete, Resultat, TypeMessage } from './messages.ts';

declare const self: DedicatedWorkerGlobalScope;

let moteur: Moteur | null = null;

const pret = (): Moteur => {
  if (!moteur) throw new Error("Le moteur de l'atlas n'est pas initialisé.");
  return moteur;
};

type Gestionnaires = { [T in TypeMessage]: (p: Params<T>) => Resultat<T> };

const gestionnaires: Gestionnaires = {
  init: ({ buffer, meta, filtres }) => {
    moteur = new Moteur(buffer, meta, filtres ?? {});
    return moteur.compte();
  },
  rangs: ({ rangCollectivite }) => {
    pret().definirRangs(rangCollectivite);
    return true;
  },
  filtrer: ({ filtres }) => pret().filtrer(filtres),
  clusters: ({ bbox, zoom }) => ({ generation: pret().generation, entites: pret().entites(bbox, zoom) }),
  expansion: ({ generation, id }) => pret().expansion(generation, id),
  site: ({ generation, s }) => pret().site(generation, s),
  liste: ({ bbox, tri, centre }) => pret().liste(bbox, tri, centre),
  proches: ({ i, n, rayonKm, parCollectivite }) => pret().proches(i, n, rayonKm, parCollectivite),
  memeCollectivite: ({ i }) => pret().memeCollectivite(i),
  position: ({ i }) => pret().position(i),
};

function transferables(r: unknown): Transferable[] {
  if (r && typeof r === 'object' && 'indices' in r) {
    const v = r as Resultat<'liste'>;
    return [v.indices.buffer, v.annee.buffer, v.axe.buffer, v.collectivite.buffer, v.lng.buffer, v.lat.buffer];
  }
  return [];
}

self.onmessage = (e: MessageEvent<Requete>) => {
  const { id, type, params } = e.data;
  let reponse: Reponse;
  try {
    const gerer = gestionnaires[type] as (p: typeof params) => Resultat<typeof type>;
    const resultat = gerer(params);
    reponse = { id, type, ok: true, resultat };
    self.postMessage(reponse, transferables(resultat));
  } catch (err) {
    reponse = { id, type, ok: false, erreur: err instanceof Error ? err.message : String(err) };
    self.postMessage(reponse);
  }
};
