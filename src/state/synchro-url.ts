/**
 * Keeps the URL and the state in step. Map moves, panel, sort and filters replace the current
 * history entry; opening a fiche pushes a new one, so Back closes it (without moving the map).
 */
import { batch, effect } from '@preact/signals';
import { fermerFiche, ficheId, ficheIndice, volerVersFiche, filtres, modeTest, onglet, panneau, tri, vue, vueChiffres } from './etat.ts';
import { parseEtatUrl, serialiseEtatUrl, type EtatUrl } from './url.ts';
import { appliquerPairsUrl, etatPairsActuel } from './ma-commune.ts';
import { appliquerAutourUrl, etatAutourActuel } from './autour.ts';
import { apresImageInactif } from './prochaine-image.ts';
import { instrumentation } from './instrumentation.ts';

let ficheDansUrl: string | null = null;
let depuisHistorique = false;

/** Reads the URL into the signals; returns the parsed state (the map uses its `vue`). */
export function lireUrlInitiale(): EtatUrl {
  const e = parseEtatUrl(location.search);
  appliquer(e, true);
  ficheDansUrl = e.fiche;
  return e;
}

function appliquer(e: EtatUrl, initial = false): void {
  batch(() => {
    if (ficheId.value !== e.fiche) {
      ficheIndice.value = null;
      // A shared fiche link without a view flies to the fiche; with a view, the view is restored as is.
      volerVersFiche.value = initial && !e.vue;
    }
    ficheId.value = e.fiche;
    panneau.value = e.panneau;
    onglet.value = e.onglet;
    if (e.onglet === 'chiffres') vueChiffres.value = e.chiffres ?? 'tableau';
    tri.value = e.tri;
    filtres.value = e.filtres;
    modeTest.value = e.test;
    appliquerPairsUrl(e.pairs);
    appliquerAutourUrl(e, initial && !e.vue);
  });
}

/** The query string of the current state, as the URL will have it (history writes come later). */
export function rechercheActuelle(): string {
  return serialiseEtatUrl(etatActuel());
}

function etatActuel(): EtatUrl {
  return {
    vue: vue.value ?? parseEtatUrl(location.search).vue,
    fiche: ficheId.value,
    panneau: panneau.value,
    onglet: onglet.value,
    tri: tri.value,
    filtres: filtres.value,
    test: modeTest.value,
    ...etatPairsActuel(),
    ...etatAutourActuel(),
    ...(onglet.value === 'chiffres' && vueChiffres.value === 'statistiques' ? { chiffres: 'statistiques' as const } : {}),
  };
}

/**
 * History writes wait until the next frame is drawn and the page is idle: replaceState takes a few
 * ms in Chrome, and a filter's result should be on screen first. They keep their order (a fiche's
 * entry is pushed, the rest replaces), successive replaces make one; a Back or Forward drops those
 * not yet made (they were for the entry left), and closing a fiche makes them first.
 */
interface Ecriture {
  sorte: 'push' | 'replace';
  url: string;
  etat?: unknown;
}
let ecritures: Ecriture[] = [];

/** The URL once the pending writes are made. */
function urlAttendue(): string {
  return ecritures.length ? ecritures[ecritures.length - 1].url : location.pathname + location.search + location.hash;
}

function ecrireEnsuite(e: Ecriture): void {
  const derniere = ecritures[ecritures.length - 1];
  if (e.sorte === 'replace' && derniere) {
    derniere.url = e.url;
    return;
  }
  instrumentation.ecrituresUrl = ecritures.push(e);
  if (ecritures.length === 1) apresImageInactif(ecrireMaintenant);
}

/** Makes the pending history writes now. */
export function ecrireMaintenant(): void {
  instrumentation.ecrituresUrl = 0;
  for (const e of ecritures.splice(0)) {
    if (e.sorte === 'push') history.pushState(e.etat, '', e.url);
    else if (e.url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', e.url);
  }
}

export function demarrerSynchroUrl(): () => void {
  const arreter = effect(() => {
    const e = etatActuel();
    const url = location.pathname + serialiseEtatUrl(e) + location.hash;
    if (depuisHistorique) {
      depuisHistorique = false;
      ficheDansUrl = e.fiche;
      ecrireEnsuite({ sorte: 'replace', url });
      return;
    }
    if (e.fiche && e.fiche !== ficheDansUrl) ecrireEnsuite({ sorte: 'push', url, etat: { atlaasFiche: e.fiche } });
    else if (url !== urlAttendue()) ecrireEnsuite({ sorte: 'replace', url });
    ficheDansUrl = e.fiche;
  });
  const surPopstate = () => {
    ecritures = [];
    instrumentation.ecrituresUrl = 0;
    const e = parseEtatUrl(location.search);
    depuisHistorique = true;
    // The map stays where it is: only what the entry says about fiche, panel, sort and filters applies.
    appliquer(e);
    depuisHistorique = false;
    ficheDansUrl = e.fiche;
    history.replaceState(history.state, '', location.pathname + serialiseEtatUrl(etatActuel()) + location.hash);
  };
  window.addEventListener('popstate', surPopstate);
  return () => {
    arreter();
    window.removeEventListener('popstate', surPopstate);
  };
}

/** Closes the fiche: goes Back when we pushed the entry that opened it, else just clears it. */
export function fermerFicheHistorique(): void {
  ecrireMaintenant();
  const s = history.state as { atlaasFiche?: string } | null;
  if (s?.atlaasFiche && s.atlaasFiche === ficheId.value) history.back();
  else fermerFiche();
}
