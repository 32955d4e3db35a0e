/**
 * The "Find" half of the worker: a filter whose full-text query is resolved against the search
 * index (loaded on the first query, or when the search box gets the focus), then applied by the
 * engine, which answers with the facet counts. Pure like moteur.ts: no postMessage, no fetch (the
 * worker passes a reader), so tests drive it directly.
 *
 *   const f = new Filtrage(lecteurHttp(urlManifeste));
 *   const { moteur } = await f.demarrer(buffer, meta, filtres);      // ResultatInit
 *   const r = await f.filtrer(moteur, { texte: 'budget parti' });   // ResultatFiltrage
 *
 * Latest wins: when a filter waits for the index and a newer one arrives meanwhile, the older is
 * not applied (the main thread drops its answer anyway, see client.ts), so the engine always ends
 * on the last filter asked for, whatever order the loads finish in.
 */
import type { Filtres } from '../core/filtres.ts';
import type { EtatRecherche, MetaMoteur, ResultatFiltrage, ResultatInit } from './messages.ts';
import { Moteur, type SelectionMoteur } from './moteur.ts';
import type { MoteurRecherche } from './recherche.ts';

/** Reads `recherche/<cle>.json` (see recherche-index.ts). */
export type LecteurRecherche = (cle: string) => Promise<string>;

/** A reader over HTTP: each key's file beside the manifest (`…/recherche/index.json`). */
export function lecteurHttp(urlManifeste: string, recuperer: typeof fetch = fetch): LecteurRecherche {
  return async (cle) => {
    const url = new URL(`${cle}.json`, urlManifeste).href;
    const r = await recuperer(url);
    if (!r.ok) throw new Error(`« ${url} » : HTTP ${r.status}`);
    return r.text();
  };
}

export interface TexteResolu {
  selection: SelectionMoteur;
  /** null when the filter has no query. */
  recherche: EtatRecherche | null;
}

const SANS_TEXTE: TexteResolu = { selection: {}, recherche: null };

export class Filtrage {
  private index: MoteurRecherche | null = null;
  private chargement: Promise<MoteurRecherche> | null = null;
  private demandes = 0;
  private dernier: EtatRecherche | null = null;

  constructor(private readonly lire: LecteurRecherche | null) {}

  /** Whether the search index is loaded. */
  get charge(): boolean {
    return this.index !== null;
  }

  /** Loads the search index if not yet done (false when it cannot be read; the next query retries). */
  async precharger(): Promise<boolean> {
    try {
      await this.charger();
      return true;
    } catch {
      return false;
    }
  }

  private charger(): Promise<MoteurRecherche> {
    if (this.index) return Promise.resolve(this.index);
    if (!this.lire) return Promise.reject(new Error("Pas d'index de recherche pour cet atlas."));
    if (!this.chargement) {
      const lire = this.lire;
      // flexsearch and the French analysis load with the index, on the first query: not before the first clusters.
      this.chargement = import('./recherche.ts').then(({ chargerRecherche }) => chargerRecherche(lire)).then(
        (m) => {
          this.index = m;
          return m;
        },
        (e: unknown) => {
          this.chargement = null;
          throw e;
        },
      );
    }
    return this.chargement;
  }

  /**
   * The query of `filtres` as a selection for the engine: the matching fiches as a byte mask and
   * their scores. No query, or one with nothing to search for (`vide`: stop words, one letter):
   * no text filter at all. An index that cannot be loaded: no text filter either, and the error.
   */
  resoudre(filtres: Filtres): TexteResolu | Promise<TexteResolu> {
    const q = filtres.texte?.trim() ?? '';
    if (q === '') return SANS_TEXTE;
    if (this.index) return this.chercher(this.index, q);
    return this.charger().then(
      (index) => this.chercher(index, q),
      (e: unknown): TexteResolu => ({
        selection: {},
        recherche: { termes: [], vide: true, erreur: `La recherche n’est pas disponible : ${e instanceof Error ? e.message : String(e)}` },
      }),
    );
  }

  private chercher(index: MoteurRecherche, q: string): TexteResolu {
    const r = index.chercher(q);
    if (r.vide) return { selection: {}, recherche: { termes: [], vide: true } };
    const n = index.documents;
    // A fresh copy each time: the engine keeps the scores of the filter it applied.
    const masque = new Uint8Array(n);
    const scores = new Float64Array(n);
    for (let k = 0; k < r.indices.length; k++) {
      masque[r.indices[k]] = 1;
      scores[r.indices[k]] = r.scores[k];
    }
    return { selection: { texte: masque, pertinence: scores }, recherche: { termes: r.termes, vide: false } };
  }

  /** Resolves the query, applies the filter (unless a newer one came meanwhile) and answers with the counts. */
  async filtrer(moteur: Moteur, filtres: Filtres): Promise<ResultatFiltrage> {
    const demande = ++this.demandes;
    const t = this.resoudre(filtres);
    const { selection, recherche } = t instanceof Promise ? await t : t;
    if (demande !== this.demandes) return this.resultat(moteur, this.dernier);
    moteur.filtrer(filtres, selection);
    this.dernier = recherche;
    return this.resultat(moteur, recherche);
  }

  /** What the engine shows now, with the query's state. */
  resultat(moteur: Moteur, recherche: EtatRecherche | null = this.dernier): ResultatFiltrage {
    return { ...moteur.compte(), facettes: moteur.comptesFacettes(), recherche };
  }

  /**
   * The engine, built with the first filter (its query resolved first: a shared link with `q=`
   * loads the index before the first frame), and the init's answer.
   */
  async demarrer(buffer: ArrayBuffer, meta: MetaMoteur, filtres: Filtres = {}): Promise<{ moteur: Moteur; resultat: ResultatInit }> {
    const t = this.resoudre(filtres);
    const { selection, recherche } = t instanceof Promise ? await t : t;
    const moteur = new Moteur(buffer, meta, filtres, selection);
    this.demandes++;
    this.dernier = recherche;
    return { moteur, resultat: { ...this.resultat(moteur, recherche), globales: moteur.comptesGlobaux() } };
  }
}
