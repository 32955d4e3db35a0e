/**
 * Loads the atlas, starts the worker and keeps the worker's view of the state current:
 * filters → `filtrer`, view/sort/filters → `liste`. The map asks for its own clusters.
 */
import { effect } from '@preact/signals';
import { chargerAtlas } from '../data/atlas.ts';
import { lancerWorker, type ClientAtlas } from '../worker/client.ts';
import type { MetaMoteur } from '../worker/messages.ts';
import { bbox, carteDisponible, collectivites, compte, erreur, filtres, liste, meta, statut, tri, vue } from './etat.ts';
import { instrumentation, signalerPret } from './instrumentation.ts';

let client: ClientAtlas | null = null;

export function clientAtlas(): ClientAtlas | null {
  return client;
}

export async function demarrerAtlas(): Promise<void> {
  try {
    // The worker's script loads while the data does.
    client = lancerWorker();
    const d = await chargerAtlas();
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
    const c = await client.requete('init', { buffer: d.points, meta: pourMoteur, filtres: filtres.value }, { transfert: [d.points] });
    performance.mark?.('atlas:moteur');
    meta.value = m;
    compte.value = c ?? null;
    statut.value = 'pret';
    d.collectivites
      .then((cs) => {
        const collator = new Intl.Collator('fr', { sensitivity: 'base' });
        const ordre = cs.map((_, k) => k).sort((a, b) => collator.compare(cs[a].nom, cs[b].nom));
        const rangs = new Uint32Array(cs.length);
        ordre.forEach((k, r) => (rangs[k] = r));
        // Sent before the signal changes: a list sorted by commune asked for next gets the ranks.
        void client?.requete('rangs', { rangCollectivite: rangs }, { transfert: [rangs.buffer] });
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

function brancher(c: ClientAtlas): void {
  let premier = true;
  effect(() => {
    const f = filtres.value;
    if (premier) {
      premier = false; // init already applied them
      return;
    }
    void c.requete('filtrer', { filtres: f }, { canal: 'filtrer' }).then((r) => {
      if (r) compte.value = r;
    });
  });
  effect(() => {
    const sansCarte = carteDisponible.value === false;
    const b = bbox.value;
    const t = tri.value;
    const v = vue.value;
    const generation = compte.value?.generation;
    if (t === 'commune') void collectivites.value; // re-sort once the names (and ranks) are there
    if (generation === undefined || (!sansCarte && !b)) return;
    const centre: [number, number] | null = v ? [v.lng, v.lat] : null;
    void c.requete('liste', { bbox: sansCarte ? null : b, tri: t, centre }, { canal: 'liste' }).then((r) => {
      if (!r) return;
      liste.value = r;
      instrumentation.lignes = r.total;
      if (sansCarte) signalerPret();
    });
  });
}
