/**
 * Loads the atlas, starts the worker and keeps the worker's view of the state current:
 * filters → `filtrer` (counts, facet counts, the query's matched words), view/sort/filters →
 * `liste`. The map asks for its own clusters. A filter asks, along with it, for the clusters and
 * the list of the current view: the map and the list then get them without a second round trip.
 */
import { batch, effect } from '@preact/signals';
import { chargerAtlas } from '../data/atlas.ts';
import { lancerWorker, type ClientAtlas } from '../worker/client.ts';
import { urlDonnee } from '../data/adresse.ts';
import type { Filtres } from '../core/filtres.ts';
import type { MetaMoteur, Params, ResultatFiltrage } from '../worker/messages.ts';
import { parametresClusters, parametresListe } from './requetes-vue.ts';
import {
  bbox,
  carteDisponible,
  collectivites,
  compte,
  comptesFacettes,
  erreur,
  etatRecherche,
  facettesGlobales,
  filtres,
  liste,
  meta,
  premiersClusters,
  statut,
  tri,
  vue,
} from './etat.ts';
import { retenirRendus } from '../ui/rendus-retenus.ts';
import { attendreResultat, instrumentation, resultatMontre, sequenceResultat, signalerPret } from './instrumentation.ts';

let client: ClientAtlas | null = null;

export function clientAtlas(): ClientAtlas | null {
  return client;
}

export async function demarrerAtlas(): Promise<void> {
  try {
    // The worker's script loads while the data does.
    client = lancerWorker();
    const d = await chargerAtlas((m) => {
      performance.mark?.('atlas:meta');
      premiersClusters.value = m.premiersClusters ?? null;
    });
    performance.mark?.('atlas:donnees');
    const m = d.meta;
    const pourMoteur: MetaMoteur = {
      taxonomie: m.taxonomie,
      services: m.services,
      regions: m.regions,
      departements: m.departements,
      strates: m.strates,
      typesCollectivite: m.typesCollectivite,
    };
    const c = await client.requete(
      'init',
      { buffer: d.points, meta: pourMoteur, filtres: filtres.value, recherche: urlDonnee(m.fichiers.recherche) },
      { transfert: [d.points] },
    );
    performance.mark?.('atlas:moteur');
    batch(() => {
      meta.value = m;
      if (c) {
        facettesGlobales.value = c.globales;
        appliquer(c);
      }
      statut.value = 'pret';
    });
    d.collectivites
      .then((cs) => {
        const collator = new Intl.Collator('fr', { sensitivity: 'base' });
        const ordre = cs.map((_, k) => k).sort((a, b) => collator.compare(cs[a].nom, cs[b].nom));
        const rangs = new Uint32Array(cs.length);
        ordre.forEach((k, r) => (rangs[k] = r));
        // Sent before the signal changes: a list sorted by commune asked for next gets the ranks.
        void client?.requete('rangs', { rangCollectivite: rangs }, { transfert: [rangs.buffer] });
        // A collectivité filter (`collectivites=` in the URL) matches nothing until the worker knows the codes.
        void client
          ?.requete('collectivites', { codes: cs.map((x) => x.code), epci: cs.map((x) => x.epci) })
          .then((r) => {
            if (r && r.generation !== compte.value?.generation) appliquer(r);
          });
        collectivites.value = cs;
      })
      .catch(() => {
        collectivites.value = [];
      });
    brancher(client);
  } catch (e) {
    statut.value = 'erreur';
    erreur.value = e instanceof Error ? e.message : String(e);
    instrumentation.erreur = erreur.value;
  }
}

/** Loads the search index ahead of the first query (the search box got the focus). */
export function prechargerRecherche(): void {
  void client?.requete('prechargerRecherche', {});
}

/**
 * A filter's answer into the state. The count keeps its object when the generation is the same
 * (nothing matches differently: the map keeps its clusters); the query's state is new each time,
 * which asks for the list again (the order by score may differ).
 */
function appliquer(r: ResultatFiltrage): void {
  const c = compte.value;
  const nouvelle = !c || c.generation !== r.generation || c.total !== r.total || c.places !== r.places;
  batch(() => {
    const sequence = attendreResultat(r.generation, nouvelle);
    // Same fiches and still no query: map and list already show this result.
    if (!nouvelle && r.recherche === null && etatRecherche.peek() === null) resultatMontre('liste', sequence);
    if (nouvelle) compte.value = { total: r.total, places: r.places, generation: r.generation };
    comptesFacettes.value = r.facettes;
    etatRecherche.value = r.recherche;
  });
}

function brancher(c: ClientAtlas): void {
  let premier = true;
  // One filter in flight at a time; the filters that come meanwhile (keystrokes) wait, and only the
  // last of them is sent: the worker never computes a result that is already stale.
  let enVol = false;
  let enAttente: Filtres | null = null;
  /** What the map and the list will ask for once this filter's result is in. */
  const suites = (): Params<'filtrer'>['ensuite'] => {
    const b = bbox.peek();
    const v = vue.peek();
    const liste = parametresListe(carteDisponible.peek() === false, b, tri.peek(), v);
    const clusters = carteDisponible.peek() === true && meta.peek()?.carte?.mode !== 'tuiles-vectorielles' && b && v ? parametresClusters(b, v) : null;
    return { ...(clusters ? { clusters } : {}), ...(liste ? { liste } : {}) };
  };
  const envoyer = (f: Filtres) => {
    enVol = true;
    const ensuite = suites();
    const libererRendus = retenirRendus();
    const fin = () => {
      libererRendus();
      enVol = false;
      const suivant = enAttente;
      enAttente = null;
      if (suivant) envoyer(suivant);
    };
    const demande = c.requete('filtrer', { filtres: f, ensuite });
    const epoque = c.epoque;
    demande.then(
      (r) => {
        if (r && !enAttente) {
          if (ensuite?.clusters && r.ensuite?.clusters) c.anticiper('clusters', ensuite.clusters, r.ensuite.clusters, epoque);
          if (ensuite?.liste && r.ensuite?.liste) c.anticiper('liste', ensuite.liste, r.ensuite.liste, epoque);
          appliquer(r);
        }
        fin();
      },
      (e: unknown) => {
        console.warn('Filtre non appliqué', e);
        fin();
      },
    );
  };
  effect(() => {
    const f = filtres.value;
    if (premier) {
      premier = false; // init already applied them
      return;
    }
    if (enVol) enAttente = f;
    else envoyer(f);
  });
  effect(() => {
    const sansCarte = carteDisponible.value === false;
    const t = tri.value;
    const parametres = parametresListe(sansCarte, bbox.value, t, vue.value);
    const generation = compte.value?.generation;
    void etatRecherche.value; // a new query orders the list anew, even with the same fiches
    if (t === 'commune') void collectivites.value; // re-sort once the names (and ranks) are there
    if (generation === undefined || !parametres) return;
    const sequence = sequenceResultat();
    void c.requete('liste', parametres, { canal: 'liste' }).then((r) => {
      if (!r) return;
      liste.value = r;
      instrumentation.lignes = r.total;
      resultatMontre('liste', sequence);
      if (sansCarte) signalerPret();
    });
  });
}
