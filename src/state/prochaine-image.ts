/** When to run work that should not hold back the next frame. A timer stands in for frames that do not come (a hidden page). */

/** Longest wait for a frame before running anyway, ms. */
export const ATTENTE_MAX_IMAGE_MS = 100;

/** Runs `f` at the next animation frame (before its style, layout and paint), or after ATTENTE_MAX_IMAGE_MS. */
export function aLaProchaineImage(f: () => void): void {
  let fait = false;
  const lancer = () => {
    if (fait) return;
    fait = true;
    cancelAnimationFrame(image);
    clearTimeout(minuterie);
    f();
  };
  const image = requestAnimationFrame(lancer);
  const minuterie = setTimeout(lancer, ATTENTE_MAX_IMAGE_MS);
}

/** Runs `f` in a task after the next frame has been drawn. */
export function apresProchaineImage(f: () => void): void {
  aLaProchaineImage(() => setTimeout(f, 0));
}

/** Longest wait for an idle moment after the frame, ms. */
export const ATTENTE_MAX_INACTIF_MS = 250;

/** Runs `f` after the next frame, once the page is idle (at most ATTENTE_MAX_INACTIF_MS later). */
export function apresImageInactif(f: () => void): void {
  apresProchaineImage(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout: ATTENTE_MAX_INACTIF_MS });
    else f();
  });
}
