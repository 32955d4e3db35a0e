/**
 * Test-only page for test/e2e/tuiles.e2e.ts: the offline basemap and the precomputed cluster tiles
 * of data/atlas.json through src/map/tuiles-clusters.ts, and nothing else of the app. Built by the
 * test with Vite; `window.__tuiles` is what the test drives.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AtlasMeta } from '../../../src/core/atlas-data.ts';
import { urlDonnee } from '../../../src/data/adresse.ts';
import { createBasemapStyle } from '../../../src/map/style.ts';
import { brancherTuilesClusters, type TuilesClusters } from '../../../src/map/tuiles-clusters.ts';

maplibregl.setWorkerUrl(workerUrl);

interface Banc {
  meta: AtlasMeta;
  map: maplibregl.Map;
  tuiles: TuilesClusters;
  /** Moves the map without animation and waits for the tiles of the new view to be drawn. */
  aller(lng: number, lat: number, zoom: number): Promise<void>;
}

const w = window as unknown as { __tuiles?: Banc; __tuilesErreur?: string; __tuilesPret?: Promise<void> };

async function demarrer(): Promise<void> {
  const meta = (await (await fetch(urlDonnee('atlas.json'))).json()) as AtlasMeta;
  const carte = meta.carte;
  if (carte?.mode !== 'tuiles-vectorielles' || !meta.fichiers.clusters || !carte.couche || carte.zoomMax === undefined) {
    throw new Error(`atlas.json sans tuiles de clusters (mode ${carte?.mode ?? 'absent'})`);
  }
  const params = new URLSearchParams(location.search);
  const map = new maplibregl.Map({
    container: 'carte',
    style: createBasemapStyle({ baseUrl: new URL('./', document.baseURI).href }),
    center: [Number(params.get('lng') ?? 0), Number(params.get('lat') ?? 20)],
    zoom: Number(params.get('zoom') ?? 1),
    // One copy of the world: every feature is drawn once, so the counts add up.
    renderWorldCopies: false,
    fadeDuration: 0,
    attributionControl: false,
  });
  await new Promise<void>((ok) => map.once('style.load', () => ok()));
  const tuiles = brancherTuilesClusters(map, { urlArchive: urlDonnee(meta.fichiers.clusters), couche: carte.couche, zoomMax: carte.zoomMax });
  await tuiles.quandRendu();
  w.__tuiles = {
    meta,
    map,
    tuiles,
    aller: async (lng, lat, zoom) => {
      map.jumpTo({ center: [lng, lat], zoom });
      await tuiles.quandRendu();
    },
  };
}

w.__tuilesPret = demarrer().catch((e: unknown) => {
  w.__tuilesErreur = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
});
