import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { entreesAvecServiceWorker, ENTREE_SW, FICHIER_SW, serviceWorker } from './scripts/vite/service-worker.ts';
import { entreeVueImmediate, vueImmediate } from './scripts/vite/vue-immediate.ts';

/** What the early view draws with (src/vue-immediate.ts): one small chunk, shared with the app. */
const PREMIERE_VUE = /\/src\/(map\/(premiere-vue|calque-clusters|camera|donut|couleurs|territoires)|worker\/donut-cle|ui\/requete-telephone)\.ts$/;
/** Loaded when first shown (src/ui/differe): left to Rollup's chunks of their own. */
const DIFFERES = /\/src\/(ui\/(chiffres|ma-commune|filtres|fiche-detail)\/|core\/pairs\/|map\/(carte-atlas|tuiles-clusters|tuiles-clusters-lecture|fond-progressif|couches-pairs|style|webgl)\.ts$)/;

/**
 * The app's own modules and Preact. Out of it: the entries (main.tsx, vue-immediate.ts) and
 * demarrage.tsx, whose body renders the app (a chunk runs all its modules' bodies when first
 * imported: the entry must not import it before the early view is done).
 */
const APP = (id: string) =>
  !DIFFERES.test(id) && !/\/src\/(main\.tsx|demarrage\.tsx|vue-immediate\.ts|sw\/)/.test(id) && (/\/src\/.*\.tsx?$/.test(id) || /node_modules\/(preact|@preact)\//.test(id));

/**
 * Chunks: maplibre-gl; the early view's modules; the app's (one file instead of a dozen small
 * shared ones, each a request before the first render); the deferred views as Rolldown cuts them.
 */
const DECOUPAGE = {
  groups: [
    // Vite's helper for dynamic imports, which the entry uses too: with the early view, not in the app.
    { name: 'premiere-vue', test: (id: string) => PREMIERE_VUE.test(id) || id.includes('vite/preload-helper'), priority: 3 },
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
  plugins: [preact(), serviceWorker(), vueImmediate()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200, // maplibre-gl alone is ~1 MB minified
    rollupOptions: {
      // The service worker is built beside the page, as sw.js at the root (its scope is the whole site);
      // the early view is an entry of its own (scripts/vite/vue-immediate.ts).
      input: { ...entreesAvecServiceWorker(import.meta.dirname), ...entreeVueImmediate(import.meta.dirname) },
      output: {
        entryFileNames: (c) => (c.name === ENTREE_SW ? FICHIER_SW : 'assets/[name]-[hash].js'),
        codeSplitting: DECOUPAGE,
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
