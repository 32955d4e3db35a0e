/**
 * Preact re-renders wait while a filter is in flight. A filter click or a keystroke posts its
 * request to the worker and returns; the components it changed re-render once the worker's answer
 * is in (a few ms; at most RETENUE_MAX_MS), in the answer's own task, so that one frame draws the
 * control's new state and its result together. Rendering in the click's task held the answer
 * back behind it, and drew a frame of the control alone first: two frames where one does.
 * With no filter in flight, renders run at the end of the task, as Preact's default does.
 */
import { options } from 'preact';

/** Longest a render waits for a filter's answer, ms: past it, the control's state is drawn alone. */
export const RETENUE_MAX_MS = 60;

let retenues = 0;
let rendreEnAttente: (() => void) | null = null;
let minuterie: ReturnType<typeof setTimeout> | undefined;

function rendreMaintenant(): void {
  clearTimeout(minuterie);
  const rendre = rendreEnAttente;
  rendreEnAttente = null;
  if (rendre) queueMicrotask(rendre);
}

/** Renders wait until the returned function is called (once; later calls do nothing), or RETENUE_MAX_MS. */
export function retenirRendus(): () => void {
  retenues++;
  let libere = false;
  return () => {
    if (libere) return;
    libere = true;
    if (--retenues === 0) rendreMaintenant();
  };
}

function retenir(rendre: () => void): void {
  rendreEnAttente = rendre;
  minuterie = setTimeout(rendreMaintenant, RETENUE_MAX_MS);
}

// Decided at the end of the task: a keystroke's handler may change what a component shows before it sends the filter.
function planifierRendu(rendre: () => void): void {
  if (retenues > 0) retenir(rendre);
  else queueMicrotask(() => (retenues > 0 ? retenir(rendre) : rendre()));
}

export function retenirRendusDesFiltres(): void {
  options.debounceRendering = planifierRendu;
}
