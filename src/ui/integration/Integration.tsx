/**
 * The embed mode (`?embed=1`): the compact atlas a member town puts in an iframe. No header: a
 * small title bar with the count, the territory and « Voir dans l'atlas » (the full atlas, same
 * state, in a new tab); the map fitted to the filtered fiches; the panel keeps the list reachable.
 */
import './integration.css';
import { useEffect } from 'preact/hooks';
import { Panneau } from '../panneau/Panneau.tsx';
import { Carte } from '../carte/Carte.tsx';
import { clientAtlas } from '../../state/atlas.ts';
import { lienAtlasComplet } from '../../state/integration.ts';
import { rechercheActuelle } from '../../state/synchro-url.ts';
import { allerA, collectivites, compte, feuille, ficheId, filtres, type Cible } from '../../state/etat.ts';
import type { Vue } from '../../state/url.ts';
import { formatCompte } from '../format.ts';
import { IconeExterne } from '../icones.tsx';
import { libelles } from '../libelles.ts';
import { descriptionPerimetre } from './perimetre.ts';

/** Closest zoom the fit goes to: one commune's fiches still show its surroundings. */
const ZOOM_MAX_AJUSTE = 12;

export function AppIntegree({ vueInitiale }: { vueInitiale: Vue | null }) {
  useAjusterASelection(vueInitiale);
  useEffect(() => {
    // On a small frame the map comes first: the bottom sheet starts collapsed (its handle gives the count).
    if (!ficheId.value) feuille.value = 'replie';
  }, []);
  return (
    <div class="app app--integre">
      <a class="lien-evitement" href="#panneau">
        Aller à la liste des initiatives
      </a>
      <BarreIntegration />
      <main class="app__corps">
        <Panneau />
        <Carte vueInitiale={vueInitiale} />
      </main>
    </div>
  );
}

function BarreIntegration() {
  const c = compte.value;
  const f = filtres.value;
  const perimetre = descriptionPerimetre(f, libelles.value, collectivites.value);
  // From the state, not the address bar: the URL is written once the page is idle.
  const lien = lienAtlasComplet(location.pathname, rechercheActuelle());
  return (
    <div class="integration">
      <h1 class="integration__titre">
        <span class="integration__compte">{c ? formatCompte(c.total, 'initiative') : 'Chargement…'}</span>
        {perimetre ? <span class="integration__perimetre"> · {perimetre}</span> : null}
        <span class="visuellement-cache"> — Atlaas, initiatives numériques des territoires</span>
      </h1>
      <a class="integration__lien" href={lien} target="_blank" rel="noopener">
        Voir dans l’atlas
        <IconeExterne />
        <span class="visuellement-cache"> (nouvelle fenêtre)</span>
      </a>
    </div>
  );
}

/**
 * Without a view in the URL, fits the map to the filtered fiches once the engine has applied the
 * filter (a collectivité filter needs collectivites.json first: the worker answers in order).
 */
function useAjusterASelection(vueInitiale: Vue | null): void {
  const generation = compte.value?.generation;
  const attendCollectivites = !!filtres.value.collectivites?.length && collectivites.value === null;
  useEffect(() => {
    if (vueInitiale || generation === undefined || attendCollectivites || dejaAjuste) return;
    const client = clientAtlas();
    if (!client) return;
    dejaAjuste = true;
    void client.requete('bornes', {}).then((b) => {
      if (!b) return;
      const cible: Cible = { bornes: b, maxZoom: ZOOM_MAX_AJUSTE };
      allerA(cible);
    });
  }, [vueInitiale, generation, attendCollectivites]);
}

let dejaAjuste = false;
