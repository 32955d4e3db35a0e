/// <reference lib="webworker" />
/**
 * The atlas worker: wires the pure engine (moteur.ts) to postMessage.
 * Protocol: messages.ts. Requests are answered in order, except those that wait for the search
 * index (init and filtrer with a query, the first time); the main thread drops stale answers.
 */
import { Moteur } from './moteur.ts';
import { Filtrage, lecteurHttp } from './filtrage.ts';
import { couvertureEnjeux, fichesDeCollectivites } from './pairs.ts';
import { selectionDuMoteur, statistiquesDuMoteur } from './chiffres.ts';
import { tamponsSelection } from '../core/selection.ts';
import { bornesSelection, fichesAutour } from './autour.ts';
import { echauffer, etapesEchauffement, etapesEchauffementRecherche } from './echauffement.ts';
import type { MetaMoteur, Params, Reponse, Requete, Resultat, TypeMessage } from './messages.ts';

declare const self: DedicatedWorkerGlobalScope;

let moteur: Moteur | null = null;
/** The full-text half of filtering (filtrage.ts): the search index, loaded on the first query. */
let filtrage = new Filtrage(null);
/** The point index and meta of init, for the warm-up's own engine. */
let donneesInit: { buffer: ArrayBuffer; meta: MetaMoteur } | null = null;
/** The view of the first clusters (the warm-ups run over it), and whether the search had its warm-up. */
let vueEchauffement: Params<'echauffer'> | null = null;
let rechercheEchauffee = false;
/** A query resolved by a loaded index (synchronous then). */
const resolu = (t: ReturnType<Filtrage['resoudre']>) => (t instanceof Promise ? {} : t.selection);
/** Requests received other than warm-ups: a new one stops a warm-up under way. */
let demandes = 0;

/** Yields to the requests waiting in the worker's queue (a MessageChannel: timers are clamped to 4 ms). */
const pause = () =>
  new Promise<void>((ok) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => ok();
    c.port2.postMessage(null);
  });

const pret = (): Moteur => {
  if (!moteur) throw new Error("Le moteur de l'atlas n'est pas initialisé.");
  return moteur;
};

/** A handler answers at once, or later (a query waiting for the search index). */
type Gestionnaires = { [T in TypeMessage]: (p: Params<T>) => Resultat<T> | Promise<Resultat<T>> };

const gestionnaires: Gestionnaires = {
  init: async ({ buffer, meta, filtres, recherche }) => {
    filtrage = new Filtrage(recherche ? lecteurHttp(recherche) : null);
    const d = await filtrage.demarrer(buffer, meta, filtres);
    moteur = d.moteur;
    donneesInit = { buffer, meta };
    return d.resultat;
  },
  rangs: ({ rangCollectivite }) => {
    pret().definirRangs(rangCollectivite);
    return true;
  },
  filtrer: async ({ filtres, ensuite }) => {
    const r = await filtrage.filtrer(pret(), filtres);
    if (!ensuite) return r;
    const m = pret();
    return {
      ...r,
      ensuite: {
        clusters: ensuite.clusters ? { generation: m.generation, entites: m.entites(ensuite.clusters.bbox, ensuite.clusters.zoom) } : undefined,
        liste: ensuite.liste ? m.liste(ensuite.liste.bbox, ensuite.liste.tri, ensuite.liste.centre) : undefined,
      },
    };
  },
  prechargerRecherche: async () => {
    const charge = await filtrage.precharger();
    // The index is in: its search runs a few times while the user has yet to type.
    if (charge && donneesInit && !rechercheEchauffee && vueEchauffement) {
      rechercheEchauffee = true;
      const { buffer, meta } = donneesInit;
      const f = filtrage;
      const depart = demandes;
      void echauffer(etapesEchauffementRecherche(buffer, meta, vueEchauffement, (q) => resolu(f.resoudre({ texte: q }))), () => demandes !== depart, pause);
    }
    return charge;
  },
  clusters: ({ bbox, zoom }) => ({ generation: pret().generation, entites: pret().entites(bbox, zoom) }),
  expansion: ({ generation, id }) => pret().expansion(generation, id),
  site: ({ generation, s }) => pret().site(generation, s),
  liste: ({ bbox, tri, centre }) => pret().liste(bbox, tri, centre),
  proches: ({ i, n, rayonKm, parCollectivite }) => pret().proches(i, n, rayonKm, parCollectivite),
  memeCollectivite: ({ i }) => pret().memeCollectivite(i),
  position: ({ i }) => pret().position(i),
  couvertureEnjeux: ({ enjeux, nbCollectivites }) => couvertureEnjeux(pret(), enjeux, nbCollectivites),
  fichesDeCollectivites: ({ collectivites }) => fichesDeCollectivites(pret(), collectivites),
  selection: () => selectionDuMoteur(pret()),
  statistiques: () => statistiquesDuMoteur(pret()),
  autour: ({ lng, lat, n }) => fichesAutour(pret(), lng, lat, n),
  bornes: () => bornesSelection(pret()),
  echauffer: (vue) => {
    vueEchauffement = vue;
    if (!donneesInit) return 0;
    const depart = demandes;
    return echauffer(etapesEchauffement(donneesInit.buffer, donneesInit.meta, vue), () => demandes !== depart, pause);
  },
  collectivites: (c) => {
    pret().definirCollectivites(c);
    return filtrage.resultat(pret());
  },
};

function transferables(r: unknown): Transferable[] {
  if (r && typeof r === 'object' && 'colonnes' in r) return tamponsSelection((r as Resultat<'selection'>).colonnes);
  if (r && typeof r === 'object' && 'indices' in r) {
    const v = r as Resultat<'liste'>;
    return [v.indices.buffer, v.annee.buffer, v.axe.buffer, v.collectivite.buffer, v.lng.buffer, v.lat.buffer];
  }
  if (r && typeof r === 'object' && 'ensuite' in r) return transferables((r as Resultat<'filtrer'>).ensuite?.liste);
  return [];
}

self.onmessage = (e: MessageEvent<Requete>) => {
  const { id, type, params } = e.data;
  if (type !== 'echauffer') demandes++;
  const repondre = (resultat: Resultat<typeof type>) => {
    const reponse: Reponse = { id, type, ok: true, resultat };
    self.postMessage(reponse, transferables(resultat));
  };
  const echouer = (err: unknown) => {
    const reponse: Reponse = { id, type, ok: false, erreur: err instanceof Error ? err.message : String(err) };
    self.postMessage(reponse);
  };
  try {
    const gerer = gestionnaires[type] as (p: typeof params) => Resultat<typeof type> | Promise<Resultat<typeof type>>;
    const resultat = gerer(params);
    if (resultat instanceof Promise) resultat.then(repondre, echouer);
    else repondre(resultat);
  } catch (err) {
    echouer(err);
  }
};
