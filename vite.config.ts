import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { entreesAvecServiceWorker, ENTREE_SW, FICHIER_SW, serviceWorker } from './scripts/vite/service-worker.ts';
import { vueImmediate } from './scripts/vite/vue-immediate.ts';
import { stylesEnLigneIndex } from './scripts/vite/styles-en-ligne.ts';

/** Loaded when first shown (src/ui/differe): left to Rollup's chunks of their own. */
const DIFFERES = /\/src\/(ui\/(chiffres|ma-commune|filtres|fiche-detail)\/|core\/pairs\/|map\/(carte-atlas|tuiles-clusters|tuiles-clusters-lecture|fond-progressif|couches-pairs|style|webgl)\.ts$)/;

/**
 * The app's own modules and Preact. Out of it: the entry (main.tsx), the early view's inline
 * script (vue-immediate.ts, bundled apart: scripts/vite/vue-immediate.ts) and
 * demarrage.tsx, whose body renders the app (a chunk runs all its modules' bodies when first
 * imported: the entry must not import it before the early view is done).
 */
const APP = (id: string) =>
  !DIFFERES.test(id) && !/\/src\/(main\.tsx|demarrage\.tsx|vue-immediate\.ts|map\/(attente-vue-immediate|premiere-vue-globales)\.ts|sw\/)/.test(id) && (/\/src\/.*\.tsx?$/.test(id) || /node_modules\/(preact|@preact)\//.test(id));

/**
 * Chunks: maplibre-gl; the app's (one file instead of a dozen small
 * shared ones, each a request before the first render); the deferred views as Rolldown cuts them.
 */
const DECOUPAGE = {
  groups: [
    { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
    { name: 'app', test: APP, priority: 1 },
  ],
};

/**
 * The site is static and works under any base path: assets are referenced relatively (`./`) and
 * the app fetches its data relative to the document (`new URL('data/…', document.baseURI)`).
 * Set ATLAAS_BASE (e.g. `/atlaas/`) to build with an absolute base instead.
 */
export default defineConfig({
  base: process.env.ATLAAS_BASE ?? './',
  plugins: [preact(), serviceWorker(), vueImmediate(), stylesEnLigneIndex()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200, // maplibre-gl alone is ~1 MB minified
    rollupOptions: {
      // The service worker is built beside the page, as sw.js at the root (its scope is the whole site).
      input: entreesAvecServiceWorker(import.meta.dirname),
      output: {
        entryFileNames: (c) => (c.name === ENTREE_SW ? FICHIER_SW : 'assets/[name]-[hash].js'),
        codeSplitting: DECOUPAGE,
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
