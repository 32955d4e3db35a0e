/**
 * Main-thread side of the worker protocol: typed requests with ids; on a named channel
 * (`canal`), an answer to a request that a newer one has replaced is dropped: its caller gets
 * `undefined` (abandoned), so fast moves or filter clicks never draw old results.
 */
import type { Params, Reponse, Requete, Resultat, TypeMessage } from './messages.ts';

export interface PortWorker {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

interface EnAttente {
  resoudre: (r: unknown) => void;
  rejeter: (e: Error) => void;
  canal?: string;
}

export class ClientAtlas {
  private suivant = 1;
  private attente = new Map<number, EnAttente>();
  private dernierParCanal = new Map<string, number>();

  constructor(private readonly port: PortWorker) {
    port.addEventListener('message', (e: MessageEvent<Reponse>) => this.recevoir(e.data));
  }

  requete<T extends TypeMessage>(
    type: T,
    params: Params<T>,
    options: { canal?: string; transfert?: Transferable[] } = {},
  ): Promise<Resultat<T> | undefined> {
    const id = this.suivant++;
    if (options.canal) this.dernierParCanal.set(options.canal, id);
    const message: Requete<T> = { id, type, params };
    return new Promise((resoudre, rejeter) => {
      this.attente.set(id, { resoudre: resoudre as (r: unknown) => void, rejeter, canal: options.canal });
      this.port.postMessage(message, options.transfert ?? []);
    });
  }

  private recevoir(r: Reponse): void {
    const attente = this.attente.get(r.id);
    if (!attente) return;
    this.attente.delete(r.id);
    if (attente.canal && this.dernierParCanal.get(attente.canal) !== r.id) {
      attente.resoudre(undefined);
      return;
    }
    if (r.ok) attente.resoudre(r.resultat);
    else attente.rejeter(new Error(r.erreur));
  }
}

export function lancerWorker(): ClientAtlas {
  const worker = new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module', name: 'atlas' });
  return new ClientAtlas(worker);
}
