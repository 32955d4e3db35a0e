/**
 * Main-thread side of the worker protocol: typed requests with ids; on a named channel
 * (`canal`), an answer to a request that a newer one has replaced is dropped: its caller gets
 * `undefined` (abandoned), so fast moves or filter clicks never draw old results.
 *
 * Answers known in advance (`anticiper`: a filter's answer carries the view's clusters and list)
 * answer the next request of the same type and parameters without a round trip, as long as no
 * request that changes the worker's state (a filter…) was sent since the one they came with.
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

/** Requests after which the worker may answer others differently. */
const CHANGENT_L_ETAT: ReadonlySet<TypeMessage> = new Set<TypeMessage>(['init', 'rangs', 'filtrer', 'collectivites']);

const cle = (type: TypeMessage, params: unknown) => `${type} ${JSON.stringify(params)}`;

export class ClientAtlas {
  private suivant = 1;
  private attente = new Map<number, EnAttente>();
  private dernierParCanal = new Map<string, number>();
  private anticipees = new Map<string, unknown>();
  private epoqueCourante = 0;

  /** Changes with every request that changes the worker's state (see `anticiper`). */
  get epoque(): number {
    return this.epoqueCourante;
  }

  /**
   * Keeps the answer the worker gave in advance to `type` with `params`, if the worker's state has
   * not changed since `epoque` (read right after sending the request that carried it).
   */
  anticiper<T extends TypeMessage>(type: T, params: Params<T>, resultat: Resultat<T>, epoque: number): void {
    if (epoque === this.epoqueCourante) this.anticipees.set(cle(type, params), resultat);
  }

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
    if (CHANGENT_L_ETAT.has(type)) {
      this.epoqueCourante++;
      this.anticipees.clear();
    } else {
      const c = cle(type, params);
      if (this.anticipees.has(c)) {
        const r = this.anticipees.get(c) as Resultat<T>;
        this.anticipees.delete(c);
        return Promise.resolve(r);
      }
    }
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
