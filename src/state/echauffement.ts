/**
 * Once the first clusters are drawn, the worker warms its filter paths (src/worker/echauffement.ts)
 * while the page is idle, so that the user's first filter runs compiled code.
 */
import type { ClientAtlas } from '../worker/client.ts';
import type { Params } from '../worker/messages.ts';

let demande = false;

/** Asks for the warm-up once per page, when the main thread is next idle. */
export function echaufferQuandInactif(client: ClientAtlas, vue: Params<'echauffer'>): void {
  if (demande) return;
  demande = true;
  const lancer = () => void client.requete('echauffer', vue);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(lancer, { timeout: 2000 });
  else setTimeout(lancer, 500);
}
