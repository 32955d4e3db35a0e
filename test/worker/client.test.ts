import { describe, expect, it } from 'vitest';
import { ClientAtlas, type PortWorker } from '../../src/worker/client.ts';
import type { Reponse, Requete } from '../../src/worker/messages.ts';

/** A fake worker that answers when told to, in any order. */
function fauxWorker() {
  const recues: Requete[] = [];
  let ecouteur: ((e: MessageEvent) => void) | null = null;
  const port: PortWorker = {
    postMessage: (m) => recues.push(m as Requete),
    addEventListener: (_t, l) => (ecouteur = l),
  };
  const repondre = (r: Reponse) => ecouteur?.({ data: r } as MessageEvent);
  return { port, recues, repondre };
}

describe('ClientAtlas', () => {
  it('matches answers to requests by id', async () => {
    const w = fauxWorker();
    const c = new ClientAtlas(w.port);
    const a = c.requete('position', { i: 1 });
    const b = c.requete('position', { i: 2 });
    w.repondre({ id: w.recues[1].id, type: 'position', ok: true, resultat: [2, 2] });
    w.repondre({ id: w.recues[0].id, type: 'position', ok: true, resultat: [1, 1] });
    expect(await a).toEqual([1, 1]);
    expect(await b).toEqual([2, 2]);
  });

  it('drops the answer to a request that a newer one on the same channel replaced', async () => {
    const w = fauxWorker();
    const c = new ClientAtlas(w.port);
    const vieille = c.requete('clusters', { bbox: [0, 0, 1, 1], zoom: 3 }, { canal: 'clusters' });
    const neuve = c.requete('clusters', { bbox: [0, 0, 2, 2], zoom: 4 }, { canal: 'clusters' });
    const vide = { type: 'FeatureCollection' as const, features: [] };
    w.repondre({ id: w.recues[0].id, type: 'clusters', ok: true, resultat: { generation: 1, entites: vide } });
    w.repondre({ id: w.recues[1].id, type: 'clusters', ok: true, resultat: { generation: 1, entites: vide } });
    expect(await vieille).toBeUndefined();
    expect(await neuve).toEqual({ generation: 1, entites: vide });
  });

  it('rejects with the worker’s error message', async () => {
    const w = fauxWorker();
    const c = new ClientAtlas(w.port);
    const p = c.requete('position', { i: 1 });
    w.repondre({ id: w.recues[0].id, type: 'position', ok: false, erreur: 'Le moteur n’est pas initialisé.' });
    await expect(p).rejects.toThrow('Le moteur n’est pas initialisé.');
  });
});
