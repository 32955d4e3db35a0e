/**
 * The offline MapLibre style of the atlas: sea, neighbouring land, French regions and departments,
 * and their names. Everything it loads is served by the site itself (public/basemap/, public/fonts/),
 * so the map works with no network at all. The app adds its own sources and layers on top.
 *
 * Fonts: no `glyphs` URL. The style's `font-faces` (MapLibre GL JS ≥ 6) points at Noto Sans WOFF2 files
 * (Latin subset, all of French) and MapLibre draws the glyphs itself; any other character falls back
 * to the browser's local fonts. See public/fonts/noto-sans/PROVENANCE.md.
 *
 * A remote basemap can replace all of this at build time: set `VITE_BASEMAP_STYLE_URL` to a style URL
 * (see `basemapStyleFromEnv`). The app's layers then go on top of that style instead, and the page
 * is no longer network-free.
 */
import type { LayerSpecification, StyleSpecification, FontFacesSpecification } from 'maplibre-gl';
import { NEUTRES } from './couleurs.ts';

/** Font stacks usable in `text-font` by the app's own symbol layers (cluster counts…). */
export const POLICES = {
  normale: ['Noto Sans Regular'],
  semiGrasse: ['Noto Sans SemiBold'],
  grasse: ['Noto Sans Bold'],
} as const satisfies Record<string, readonly string[]>;

/**
 * What the Latin subset of the font files covers, from @fontsource/noto-sans's CSS
 * (printed by scripts/basemap/copy-fonts.ts).
 */
const PLAGE_LATIN = [
  'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308',
  'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD',
];

const FICHIERS_POLICES: Record<(typeof POLICES)[keyof typeof POLICES][0], string> = {
  'Noto Sans Regular': 'NotoSans-Regular.woff2',
  'Noto Sans SemiBold': 'NotoSans-SemiBold.woff2',
  'Noto Sans Bold': 'NotoSans-Bold.woff2',
};

/** Source ids of the basemap (departements and regions have `promoteId: 'code'`, for feature-state). */
export const SOURCES_FOND = {
  departements: 'fond-departements',
  regions: 'fond-regions',
  pays: 'fond-pays',
  labels: 'fond-labels',
} as const;

/** Layer ids of the basemap, bottom to top. */
export const COUCHES_FOND = {
  mer: 'fond-mer',
  pays: 'fond-pays-terre',
  frontieres: 'fond-pays-frontieres',
  regions: 'fond-regions-terre',
  departements: 'fond-departements-remplissage',
  limitesDepartements: 'fond-departements-limites',
  limitesRegions: 'fond-regions-limites',
  nomsDepartements: 'fond-departements-noms',
  nomsRegions: 'fond-regions-noms',
  nomsRegionsDrom: 'fond-regions-drom-noms',
} as const;

/** The lowest label layer: pass it as `beforeId` to draw something under the basemap's names. */
export const PREMIERE_COUCHE_NOMS = COUCHES_FOND.nomsDepartements;

/** INSEE codes of the regions that are also a single overseas department. */
const REGIONS_DROM = ['01', '02', '03', '04', '06'];

const ATTRIBUTION = 'Fond de carte : Natural Earth (domaine public), découpage INSEE';

export interface BasemapOptions {
  /** Base URL of the site (Vite's `import.meta.env.BASE_URL`), relative or absolute. */
  baseUrl: string;
  /** A remote style URL to use instead of the offline style. */
  remoteStyleUrl?: string;
}

/**
 * The style to give `new maplibregl.Map({ style })`: the offline style, or `remoteStyleUrl` when one
 * is given (a URL string, which MapLibre accepts as well).
 */
export function createBasemapStyle(options: { baseUrl: string; remoteStyleUrl?: undefined }): StyleSpecification;
export function createBasemapStyle(options: BasemapOptions): StyleSpecification | string;
export function createBasemapStyle(options: BasemapOptions): StyleSpecification | string {
  const remote = options.remoteStyleUrl?.trim();
  if (remote) return remote;
  return createOfflineStyle(options.baseUrl);
}

/** `createBasemapStyle` with Vite's base URL and `VITE_BASEMAP_STYLE_URL`, for the app. */
export function basemapStyleFromEnv(): StyleSpecification | string {
  // Vite replaces import.meta.env at build time; it is undefined when this runs in plain Node (tsx).
  const env = import.meta.env as Record<string, string | undefined> | undefined;
  return createBasemapStyle({ baseUrl: env?.BASE_URL ?? '/', remoteStyleUrl: env?.VITE_BASEMAP_STYLE_URL || undefined });
}

/** An absolute URL ending with `/`: MapLibre fetches sources and fonts from its worker and main thread alike. */
export function resolveBaseUrl(baseUrl: string): string {
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(withSlash)) return withSlash;
  // document.baseURI honours a <base href>; workers and Node have no document.
  const g = globalThis as { document?: { baseURI: string }; location?: { href: string } };
  const here = g.document?.baseURI ?? g.location?.href;
  return here ? new URL(withSlash, here).href : withSlash;
}

function fontFaces(base: string): FontFacesSpecification {
  const faces: FontFacesSpecification = {};
  for (const [nom, fichier] of Object.entries(FICHIERS_POLICES)) {
    faces[nom] = [{ url: `${base}fonts/noto-sans/${fichier}`, 'unicode-range': PLAGE_LATIN }];
  }
  return faces;
}

function createOfflineStyle(baseUrl: string): StyleSpecification {
  const base = resolveBaseUrl(baseUrl);
  const data = (fichier: string) => `${base}basemap/${fichier}`;
  const layers: LayerSpecification[] = [
    { id: COUCHES_FOND.mer, type: 'background', paint: { 'background-color': NEUTRES.mer } },
    {
      id: COUCHES_FOND.pays,
      type: 'fill',
      source: SOURCES_FOND.pays,
      filter: ['!', ['has', 'frontiere']],
      paint: { 'fill-color': NEUTRES.terreVoisine, 'fill-antialias': true },
    },
    {
      id: COUCHES_FOND.frontieres,
      type: 'line',
      source: SOURCES_FOND.pays,
      filter: ['has', 'frontiere'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': NEUTRES.frontiereVoisine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
      },
    },
    {
      id: COUCHES_FOND.regions,
      type: 'fill',
      source: SOURCES_FOND.regions,
      paint: { 'fill-color': NEUTRES.terre },
    },
    {
      // Transparent unless the app gives it a colour (choropleth, hover, selection through feature-state).
      id: COUCHES_FOND.departements,
      type: 'fill',
      source: SOURCES_FOND.departements,
      paint: { 'fill-color': NEUTRES.terre, 'fill-opacity': 0 },
    },
    {
      id: COUCHES_FOND.limitesDepartements,
      type: 'line',
      source: SOURCES_FOND.departements,
      minzoom: 4.5,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': NEUTRES.limiteDepartement,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4.5, 0.4, 7, 0.9, 11, 1.6],
      },
    },
    {
      id: COUCHES_FOND.limitesRegions,
      type: 'line',
      source: SOURCES_FOND.regions,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': NEUTRES.limiteRegion,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1.2, 10, 2.2],
      },
    },
    {
      id: COUCHES_FOND.nomsDepartements,
      type: 'symbol',
      source: SOURCES_FOND.labels,
      minzoom: 6.2,
      filter: ['==', ['get', 'niveau'], 'departement'],
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': [...POLICES.normale],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6.2, 10.5, 9, 13, 12, 15],
        'text-max-width': 7,
        'text-padding': 3,
        // Bigger departments first, when two names collide.
        'symbol-sort-key': ['-', ['get', 'superficie']],
      },
      paint: {
        'text-color': NEUTRES.texteDepartement,
        'text-halo-color': NEUTRES.halo,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.3,
      },
    },
    {
      id: COUCHES_FOND.nomsRegions,
      type: 'symbol',
      source: SOURCES_FOND.labels,
      maxzoom: 8,
      filter: ['all', ['==', ['get', 'niveau'], 'region'], ['!', ['in', ['get', 'code'], ['literal', REGIONS_DROM]]]],
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': [...POLICES.semiGrasse],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 9.5, 6, 12, 8, 14],
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: {
        'text-color': NEUTRES.texteRegion,
        'text-halo-color': NEUTRES.halo,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.3,
        // Fade out as department names take over.
        'text-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 1, 8, 0.55],
      },
    },
    {
      id: COUCHES_FOND.nomsRegionsDrom,
      type: 'symbol',
      source: SOURCES_FOND.labels,
      filter: ['all', ['==', ['get', 'niveau'], 'region'], ['in', ['get', 'code'], ['literal', REGIONS_DROM]]],
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': [...POLICES.semiGrasse],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 14, 12, 16],
        'text-max-width': 8,
      },
      paint: {
        'text-color': NEUTRES.texteRegion,
        'text-halo-color': NEUTRES.halo,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.3,
      },
    },
  ];

  return {
    version: 8,
    name: 'Atlaas — fond hors ligne',
    metadata: { 'atlaas:offline': true },
    'font-faces': fontFaces(base),
    sources: {
      [SOURCES_FOND.pays]: { type: 'geojson', data: data('pays.geojson'), attribution: ATTRIBUTION },
      [SOURCES_FOND.regions]: { type: 'geojson', data: data('regions.geojson'), promoteId: 'code' },
      [SOURCES_FOND.departements]: { type: 'geojson', data: data('departements.geojson'), promoteId: 'code' },
      [SOURCES_FOND.labels]: { type: 'geojson', data: data('labels.geojson') },
    },
    layers,
  };
}
