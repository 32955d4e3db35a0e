import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { entreesAvecServiceWorker, ENTREE_SW, FICHIER_SW, serviceWorker } from './scripts/vite/service-worker.ts';

/**
 * The site is static and works under any base path: assets are referenced relatively (`./`) and
 * the app fetches its data relative to the document (`new URL('data/…', document.baseURI)`).
 * Set ATLAAS_BASE (e.g. `/atlaas/`) to build with an absolute base instead.
 */
export default defineConfig({
  base: process.env.ATLAAS_BASE ?? './',
  plugins: [preact(), serviceWorker()],
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
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
