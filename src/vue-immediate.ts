/**
 * The first clusters before the app. A script of its own, written into index.html by the build
 * (scripts/vite/vue-immediate.ts), draws the precomputed clusters in a box where the map will be
 * (`.vue-immediate`, app.css) while the app's script still loads. It takes them from the page
 * itself when the site build wrote them there (premiersClustersEnLigne), else from atlas.json once
 * index.html's inline script has fetched it; clusters of another build than atlas.json's are
 * taken away. The map removes the box once it has drawn its own (src/ui/carte/Carte.tsx).
 *
 * The app renders once this is done (src/main.tsx waits for `__atlaasVueImmediate.fin`, at most
 * ATTENTE_MAX_MS in map/attente-vue-immediate.ts): its first render would otherwise take the main thread first.
 *
 * Only for a plain visit (no parameter but `test`): a shared link's view, filters, fiche or tab
 * are the app's to draw.
 */
import { apresPeinture, CalqueClusters } from './map/calque-clusters.ts';
import { projectionCamera } from './map/camera.ts';
import {
  cameraPremiereVue,
  CLASSE_VUE_IMMEDIATE,
  entitesPremiersClusters,
  premiersClustersEnLigne,
  rembourragePremiereVue,
  retirerVueImmediate,
} from './map/premiere-vue.ts';
import type { PremiersClusters } from './core/atlas-data.ts';

const visiteSimple = () => {
  const p = new URLSearchParams(location.search);
  p.delete('test');
  return [...p.keys()].length === 0 && location.hash === '';
};

/** The page's stylesheets (the box's place comes from app.css). */
function feuillesChargees(): Promise<void> {
  const liens = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  return Promise.all(liens.map((l) => new Promise<void>((ok) => (l.addEventListener('load', () => ok()), l.addEventListener('error', () => ok()))))).then(() => undefined);
}

async function dessinerVueImmediate(): Promise<void> {
  const precharge = window.__atlaasPrecharge;
  if (!visiteSimple() || !precharge) return;
  const enLigne = premiersClustersEnLigne();
  let premiers: PremiersClusters | null | undefined;
  let perimes = false;
  if (enLigne) {
    premiers = enLigne.premiersClusters;
    void precharge.meta.then((m) => {
      perimes = !!m && m.genere !== enLigne.genere;
      if (perimes) retirerVueImmediate();
    });
  } else {
    const meta = await precharge.meta;
    premiers = meta?.carte?.mode === 'tuiles-vectorielles' ? null : meta?.premiersClusters;
  }
  if (!premiers) return;
  await feuillesChargees();
  // The app got there first (its map draws these clusters itself), or they are another build's.
  if (document.querySelector('.carte') || perimes) return;
  const boite = document.createElement('div');
  boite.className = CLASSE_VUE_IMMEDIATE;
  boite.setAttribute('aria-hidden', 'true');
  document.body.appendChild(boite);
  const largeur = boite.clientWidth;
  const hauteur = boite.clientHeight;
  const rembourrage = rembourragePremiereVue();
  const camera = cameraPremiereVue(largeur, hauteur, rembourrage);
  const entites = entitesPremiersClusters(premiers, camera.zoom);
  if (!entites || largeur === 0 || hauteur === 0) {
    boite.remove();
    return;
  }
  performance.mark?.('atlas:vue-immediate-debut');
  const calque = new CalqueClusters(boite, projectionCamera(camera, largeur, hauteur, rembourrage));
  calque.redimensionner(largeur, hauteur);
  calque.definir(entites);
  performance.mark?.('atlas:vue-immediate-dessin');
  await apresPeinture();
  if (!boite.isConnected) return;
  const r = boite.getBoundingClientRect();
  const v = window.__atlaasVueImmediate;
  if (v) Object.assign(v, { ms: Math.round(performance.now()), boite: { x: r.x, y: r.y, largeur: r.width, hauteur: r.height } });
  performance.mark?.('atlas:vue-immediate');
}

void dessinerVueImmediate()
  .catch(() => document.querySelector(`.${CLASSE_VUE_IMMEDIATE}`)?.remove())
  .finally(() => window.__atlaasVueImmediate?.terminer());
