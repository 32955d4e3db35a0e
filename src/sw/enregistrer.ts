/**
 * Page side of the service worker (src/sw/service-worker.ts): registers sw.js in production
 * builds, never under `?test=1` (tests and benchmarks want every request to reach the server),
 * and once the first clusters are drawn, so that its precaching does not compete with the first
 * visit's own loading. A new build's worker waits; `nouvelleVersion` then turns true and
 * `activerNouvelleVersion()` switches to it, after which the page reloads (the state is in the URL).
 */
import { signal } from '@preact/signals';

export const nouvelleVersion = signal(false);

let enAttente: ServiceWorker | null = null;

export function enregistrerServiceWorker(options: { production: boolean; test: boolean }): void {
  if (!options.production || options.test || !('serviceWorker' in navigator)) return;
  const conteneur = navigator.serviceWorker;
  // A page that was already controlled reloads when a new version takes over, once.
  const avaitControleur = !!conteneur.controller;
  let recharge = false;
  conteneur.addEventListener('controllerchange', () => {
    if (!avaitControleur || recharge) return;
    recharge = true;
    location.reload();
  });
  const lancer = () => {
    conteneur
      .register(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).href })
      .then((reg) => suivre(reg))
      .catch((e: unknown) => console.info('Service worker non enregistré :', e instanceof Error ? e.message : e));
  };
  const instrumente = (globalThis as { __atlas?: { ready?: boolean } }).__atlas;
  if (instrumente?.ready) lancer();
  else {
    let lance = false;
    const uneFois = () => {
      if (lance) return;
      lance = true;
      lancer();
    };
    addEventListener('atlas:pret', uneFois, { once: true });
    // Without a map (no WebGL) or with the data missing, the page is still worth caching.
    addEventListener('load', () => setTimeout(uneFois, 5000), { once: true });
  }
}

function suivre(reg: ServiceWorkerRegistration): void {
  const signaler = (w: ServiceWorker | null) => {
    if (!w || !navigator.serviceWorker.controller) return; // first install: nothing to replace
    enAttente = w;
    nouvelleVersion.value = true;
  };
  if (reg.waiting) signaler(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const w = reg.installing;
    w?.addEventListener('statechange', () => {
      if (w.state === 'installed') signaler(w);
    });
  });
}

/** Switches to the waiting version; the page reloads when it has taken over. */
export function activerNouvelleVersion(): void {
  enAttente?.postMessage({ type: 'activer' });
}
