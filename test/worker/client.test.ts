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

  describe('answers known in advance', () => {
    const vide = { type: 'FeatureCollection' as const, features: [] };
    const vue = { bbox: [0, 0, 1, 1] as [number, number, number, number], zoom: 3 };

    it('answers the next request with the same parameters without asking the worker, once', async () => {
      const w = fauxWorker();
      const c = new ClientAtlas(w.port);
      void c.requete('filtrer', { filtres: {} });
      c.anticiper('clusters', vue, { generation: 2, entites: vide }, c.epoque);
      expect(await c.requete('clusters', { bbox: [0, 0, 1, 1], zoom: 3 }, { canal: 'clusters' })).toEqual({ generation: 2, entites: vide });
      expect(w.recues.map((r) => r.type)).toEqual(['filtrer']);
      void c.requete('clusters', vue);
      expect(w.recues.map((r) => r.type)).toEqual(['filtrer', 'clusters']);
    });

    it('asks the worker for other parameters, and drops an older answer on the same channel', async () => {
      const w = fauxWorker();
      const c = new ClientAtlas(w.port);
      const avant = c.requete('clusters', { bbox: [5, 5, 6, 6], zoom: 3 }, { canal: 'clusters' });
      c.anticiper('clusters', vue, { generation: 2, entites: vide }, c.epoque);
      void c.requete('clusters', { bbox: [0, 0, 1, 1], zoom: 4 });
      expect(w.recues).toHaveLength(2);
      expect(await c.requete('clusters', vue, { canal: 'clusters' })).toEqual({ generation: 2, entites: vide });
      w.repondre({ id: w.recues[0].id, type: 'clusters', ok: true, resultat: { generation: 1, entites: vide } });
      expect(await avant).toBeUndefined();
    });

    it('forgets them when a request that changes the worker’s state is sent, and keeps none from before it', async () => {
      const w = fauxWorker();
      const c = new ClientAtlas(w.port);
      void c.requete('filtrer', { filtres: {} });
      const epoque = c.epoque;
      c.anticiper('clusters', vue, { generation: 2, entites: vide }, epoque);
      void c.requete('filtrer', { filtres: { annees: [2020, 2021] } });
      void c.requete('clusters', vue);
      expect(w.recues.map((r) => r.type)).toEqual(['filtrer', 'filtrer', 'clusters']);
      // The first filter's answer comes after the second was sent: what it carried is stale.
      c.anticiper('clusters', vue, { generation: 2, entites: vide }, epoque);
      void c.requete('clusters', vue);
      expect(w.recues).toHaveLength(4);
    });
  });
});
