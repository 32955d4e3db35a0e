/**
 * The initial data as started by the inline script of index.html, before the app's JavaScript
 * (1 MB with maplibre) has even downloaded: atlas.json, then the files it names. The app takes
 * these requests over instead of starting its own ~0.3–0.5 s later; when the script is absent
 * (dev server, tests of a module) or a request failed, `null` and the app fetches as before,
 * with its own error messages.
 */
export interface Prechargement {
  meta: Promise<unknown>;
  points: Promise<ArrayBuffer | null>;
  collectivites: Promise<unknown>;
}

let pris = false;

/** The preloaded requests, once (a second call, e.g. a retry, fetches afresh). */
export function prendrePrechargement(): Prechargement | null {
  if (pris) return null;
  pris = true;
  const p = (globalThis as { __atlaasPrecharge?: Prechargement }).__atlaasPrecharge;
  return p && typeof p.meta?.then === 'function' ? p : null;
}

/** The value of a preloaded request, or null when it failed or gave nothing. */
export async function valeur<T>(p: Promise<unknown> | undefined): Promise<T | null> {
  if (!p) return null;
  try {
    return ((await p) ?? null) as T | null;
  } catch {
    return null;
  }
}
