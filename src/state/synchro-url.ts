/**
 * Keeps the URL and the state in step. Map moves, panel, sort and filters replace the current
 * history entry; opening a fiche pushes a new one, so Back closes it (without moving the map).
 */
import { batch, effect } from '@preact/signals';
import { fermerFiche, ficheId, ficheIndice, volerVersFiche, filtres, modeTest, onglet, panneau, tri, vue, vueChiffres } from './etat.ts';
import { parseEtatUrl, serialiseEtatUrl, type EtatUrl } from './url.ts';
import { appliquerPairsUrl, etatPairsActuel } from './ma-commune.ts';
import { appliquerAutourUrl, etatAutourActuel } from './autour.ts';

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
 * History writes of this task, made in a microtask: a filter's effects post its request to the
 * worker first, and the replaceState (a few ms in Chrome) runs while the worker computes.
 */
const ecritures: (() => void)[] = [];
function ecrireEnsuite(ecriture: () => void): void {
  if (ecritures.push(ecriture) === 1)
    queueMicrotask(() => {
      for (const e of ecritures.splice(0)) e();
    });
}

export function demarrerSynchroUrl(): () => void {
  const arreter = effect(() => {
    const e = etatActuel();
    const url = location.pathname + serialiseEtatUrl(e) + location.hash;
    if (depuisHistorique) {
      depuisHistorique = false;
      ficheDansUrl = e.fiche;
      ecrireEnsuite(() => history.replaceState(history.state, '', url));
      return;
    }
    if (e.fiche && e.fiche !== ficheDansUrl) {
      ecrireEnsuite(() => history.pushState({ atlaasFiche: e.fiche }, '', url));
    } else if (url !== location.pathname + location.search + location.hash) {
      ecrireEnsuite(() => {
        if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
      });
    }
    ficheDansUrl = e.fiche;
  });
  const surPopstate = () => {
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
  const s = history.state as { atlaasFiche?: string } | null;
  if (s?.atlaasFiche && s.atlaasFiche === ficheId.value) history.back();
  else fermerFiche();
}
