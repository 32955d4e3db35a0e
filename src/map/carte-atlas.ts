/**
 * The MapLibre map of the atlas: offline basemap, one GeoJSON source fed by the worker's
 * clusters (setData, no MapLibre clustering), the layers that draw clusters, piles and fiches,
 * and the pointer interactions. UI concerns (tooltips, lists, panels) are callbacks.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ExpressionSpecification, GeoJSONSource, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import { COULEURS_AXES, NEUTRES, texteSur } from './couleurs.ts';
import { POLICES } from './style.ts';
import { dessinerDonut, RATIO_DONUT } from './donut.ts';
import { completerFond, separerFond, type FondEnDeuxTemps } from './fond-progressif.ts';
import { ajouterCouchesPairs, dessinerPairs, type PointsPairsCarte } from './couches-pairs.ts';
import { carteCourante, enregistrerCarte } from './carte-courante.ts';
import type { BBox, EntitesCarte, ProprietesEntite } from '../worker/messages.ts';
import type { Vue } from '../state/url.ts';

maplibregl.setWorkerUrl(workerUrl);

export const SOURCE_ATLAS = 'atlas';
export const SOURCE_SELECTION = 'atlas-selection';
export const SOURCE_REPERE = 'atlas-repere';
export const COUCHES = {
  halo: 'atlas-fiches-halo',
  fiches: 'atlas-fiches',
  pilesOmbre: 'atlas-piles-ombre',
  piles: 'atlas-piles',
  pilesTexte: 'atlas-piles-texte',
  clusters: 'atlas-clusters',
  selection: 'atlas-selection',
  repere: 'atlas-repere',
  repereNom: 'atlas-repere-nom',
} as const;
const INTERACTIVES = [COUCHES.clusters, COUCHES.piles, COUCHES.pilesTexte, COUCHES.fiches];

/** Colour of an axe index (`r`), grey for -1. */
const couleurParAxe = (): ExpressionSpecification => [
  'match',
  ['get', 'r'],
  ...COULEURS_AXES.flatMap((c, k) => [k, c]),
  NEUTRES.sansAxe,
] as unknown as ExpressionSpecification;
const texteParAxe = (): ExpressionSpecification => [
  'match',
  ['get', 'r'],
  ...COULEURS_AXES.flatMap((c, k) => [k, texteSur(c)]),
  texteSur(NEUTRES.sansAxe),
] as unknown as ExpressionSpecification;

/** French strings of MapLibre's own controls. */
const LOCALE_FR = {
  'AttributionControl.ToggleAttribution': 'Afficher ou masquer les crédits',
  'AttributionControl.MapFeedback': 'Signaler une erreur de carte',
  'FullscreenControl.Enter': 'Plein écran',
  'FullscreenControl.Exit': 'Quitter le plein écran',
  'GeolocateControl.FindMyLocation': 'Me localiser',
  'GeolocateControl.LocationNotAvailable': 'Position indisponible',
  'LogoControl.Title': 'MapLibre',
  'Map.Title': 'Carte',
  'NavigationControl.ResetBearing': 'Réorienter vers le nord',
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'nm',
  'CooperativeGesturesHandler.WindowsHelpText': 'Utilisez Ctrl + molette pour zoomer',
  'CooperativeGesturesHandler.MacHelpText': 'Utilisez ⌘ + molette pour zoomer',
  'CooperativeGesturesHandler.MobileHelpText': 'Utilisez deux doigts pour déplacer la carte',
};

export interface SurvolCarte {
  proprietes: ProprietesEntite;
  /** Pixel position inside the map container. */
  x: number;
  y: number;
  lngLat: [number, number];
}

export interface OptionsCarte {
  conteneur: HTMLElement;
  style: StyleSpecification | string;
  vue: Vue | null;
  /** Bounds to fit when there is no view in the URL. */
  bornes: BBox;
  /** Deterministic rendering for tests: no fades, no animations. */
  test: boolean;
  attribution: string;
  /** Pixels hidden at the bottom of the map (the phone's bottom sheet). */
  rembourrageBas?: number;
  quandVue: (vue: Vue, bbox: BBox) => void;
  quandSurvol: (s: SurvolCarte | null) => void;
  quandClic: (s: SurvolCarte) => void;
  quandErreur: (message: string) => void;
}

export function webglDisponible(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export class CarteAtlas {
  readonly map: maplibregl.Map;
  private pret: Promise<void>;
  private test: boolean;
  private survolActuel: string | null = null;
  private charge = false;
  /** Basemap sources and layers added after the first clusters (offline style only). */
  private fondDiffere: FondEnDeuxTemps['differes'] | null = null;

  constructor(private readonly o: OptionsCarte) {
    this.test = o.test;
    let style = o.style;
    if (typeof style === 'object') {
      const fond = separerFond(style);
      style = fond.initial;
      this.fondDiffere = fond.differes;
    }
    const bas = o.rembourrageBas ?? 0;
    const initiale = o.vue ? { center: [o.vue.lng, o.vue.lat] as [number, number], zoom: o.vue.zoom } : { center: [2.5, 46.6] as [number, number], zoom: 4 };
    this.map = new maplibregl.Map({
      container: o.conteneur,
      style,
      ...initiale,
      minZoom: 1.5,
      maxZoom: 18,
      maxPitch: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: o.test ? 0 : 200,
      attributionControl: false,
      locale: LOCALE_FR,
      canvasContextAttributes: { preserveDrawingBuffer: o.test },
    });
    // The padding is the part of the map under the phone's bottom sheet: the view's centre (and
    // the URL's) is the centre of what is visible.
    if (bas) this.map.setPadding({ top: 0, left: 0, right: 0, bottom: bas });
    enregistrerCarte(this.map);
    if (!o.vue) this.map.fitBounds(o.bornes, { padding: 24, animate: false });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: o.attribution }), 'bottom-right');

    const canvas = this.map.getCanvas();
    canvas.setAttribute(
      'aria-label',
      'Carte interactive des initiatives. Flèches pour se déplacer, plus et moins pour zoomer. La liste du panneau donne les mêmes initiatives.',
    );
    canvas.setAttribute('role', 'img');

    this.map.setMissingStyleImageResolver((id) => {
      if (this.map.hasImage(id)) return;
      const img = dessinerDonut(id);
      if (img) this.map.addImage(id, img, { pixelRatio: RATIO_DONUT });
    });
    this.map.on('error', (e) => {
      const msg = e.error?.message ?? '';
      if (/webgl/i.test(msg)) o.quandErreur(msg);
    });

    // The atlas's layers go in as soon as the style is parsed ('style.load'), not after 'load'
    // (every basemap source loaded and drawn): the clusters then load alongside the basemap
    // instead of after it, which took ~1 s off the first clusters under SwiftShader.
    this.pret = new Promise((resolve) => {
      this.map.once('style.load', () => {
        performance.mark?.('atlas:style');
        this.ajouterCouches();
        this.brancherEvenements();
        this.charge = true;
        resolve();
        this.signalerVue();
      });
    });
    this.map.once('load', () => {
      performance.mark?.('atlas:carte-chargee');
      // Without clusters soon (data slow or missing), the basemap is completed anyway.
      setTimeout(() => this.completerFond(), 3000);
      // Credits start folded (the "i" button opens them): they would cover the legend.
      const attrib = o.conteneur.querySelector('.maplibregl-ctrl-attrib');
      attrib?.classList.remove('maplibregl-compact-show');
      attrib?.removeAttribute('open');
    });
    this.map.on('moveend', () => this.signalerVue());
  }

  whenReady(): Promise<void> {
    return this.pret;
  }

  private completerFond(): void {
    const d = this.fondDiffere;
    if (!d || !this.charge) return;
    this.fondDiffere = null;
    completerFond(this.map, d);
  }

  private signalerVue(): void {
    if (!this.charge) return;
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    this.o.quandVue({ lng: c.lng, lat: c.lat, zoom: this.map.getZoom() }, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }

  vueActuelle(): { vue: Vue; bbox: BBox } {
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    return { vue: { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() }, bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  }

  private ajouterCouches(): void {
    const m = this.map;
    m.addSource(SOURCE_ATLAS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, buffer: 64, tolerance: 0 });
    m.addSource(SOURCE_SELECTION, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    m.addSource(SOURCE_REPERE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    // The town picked in the search, or the user's position: a pin with its name, under the markers.
    m.addLayer({
      id: COUCHES.repere,
      type: 'circle',
      source: SOURCE_REPERE,
      paint: {
        'circle-radius': 7,
        'circle-color': '#ffffff',
        'circle-stroke-color': NEUTRES.contour,
        'circle-stroke-width': 3,
      },
    });
    m.addLayer({
      id: COUCHES.repereNom,
      type: 'symbol',
      source: SOURCE_REPERE,
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': [...POLICES.grasse],
        'text-size': 15,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': NEUTRES.contour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    });
    const estFiche: ExpressionSpecification = ['==', ['get', 'k'], 'f'];
    const estPile: ExpressionSpecification = ['==', ['get', 'k'], 'p'];
    const rayonFiche: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 4.5, 10, 6.5, 15, 9];
    m.addLayer({
      id: COUCHES.halo,
      type: 'circle',
      source: SOURCE_ATLAS,
      filter: estFiche,
      paint: { 'circle-radius': ['+', rayonFiche, 2.5], 'circle-color': NEUTRES.contour, 'circle-opacity': 0.55, 'circle-blur': 0.15 },
    });
    m.addLayer({
      id: COUCHES.fiches,
      type: 'circle',
      source: SOURCE_ATLAS,
      filter: estFiche,
      paint: { 'circle-radius': rayonFiche, 'circle-color': couleurParAxe(), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    });
    const rayonPile: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'n'], 2, 12, 10, 14, 50, 17, 200, 20];
    m.addLayer({
      id: COUCHES.pilesOmbre,
      type: 'circle',
      source: SOURCE_ATLAS,
      filter: estPile,
      paint: {
        'circle-radius': rayonPile,
        'circle-color': couleurParAxe(),
        'circle-opacity': 0.5,
        'circle-translate': [4, -4],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-stroke-opacity': 0.9,
      },
    });
    m.addLayer({
      id: COUCHES.piles,
      type: 'circle',
      source: SOURCE_ATLAS,
      filter: estPile,
      paint: {
        'circle-radius': rayonPile,
        'circle-color': couleurParAxe(),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    m.addLayer({
      id: COUCHES.pilesTexte,
      type: 'symbol',
      source: SOURCE_ATLAS,
      filter: estPile,
      layout: {
        'text-field': ['get', 't'],
        'text-font': [...POLICES.grasse],
        'text-size': 12.5,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': texteParAxe() },
    });
    m.addLayer({
      id: COUCHES.clusters,
      type: 'symbol',
      source: SOURCE_ATLAS,
      filter: ['==', ['get', 'k'], 'c'],
      layout: {
        'icon-image': ['get', 'd'],
        'icon-size': ['interpolate', ['linear'], ['get', 'n'], 2, 0.6, 10, 0.72, 50, 0.84, 200, 0.96, 1000, 1.14, 3000, 1.26],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 't'],
        'text-font': [...POLICES.grasse],
        'text-size': ['interpolate', ['linear'], ['get', 'n'], 2, 11.5, 100, 13, 999, 13.5, 1000, 13, 3000, 14],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'symbol-sort-key': ['get', 'n'],
      },
      paint: { 'text-color': '#1a1a1a' },
    });
    m.addLayer({
      id: COUCHES.selection,
      type: 'circle',
      source: SOURCE_SELECTION,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'sorte'], 'choisie'], 15, 13],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': NEUTRES.selection,
        'circle-stroke-width': ['case', ['==', ['get', 'sorte'], 'choisie'], 3.5, 2.5],
        'circle-stroke-opacity': ['case', ['==', ['get', 'sorte'], 'choisie'], 1, 0.8],
      },
    });
    ajouterCouchesPairs(m);
  }

  /** « Ma commune »: rings around the chosen collectivité and its peers (null clears them). */
  async pairs(p: PointsPairsCarte | null): Promise<void> {
    await this.pret;
    dessinerPairs(this.map, p);
  }

  private brancherEvenements(): void {
    const m = this.map;
    const lire = (f: MapGeoJSONFeature, point: { x: number; y: number }): SurvolCarte => {
      const coords = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      return { proprietes: f.properties as ProprietesEntite, x: point.x, y: point.y, lngLat: coords };
    };
    m.on('mousemove', (e) => {
      const f = m.queryRenderedFeatures(e.point, { layers: INTERACTIVES })[0];
      m.getCanvas().style.cursor = f ? 'pointer' : '';
      const cle = f ? JSON.stringify(f.properties) : null;
      if (!f) {
        if (this.survolActuel !== null) this.o.quandSurvol(null);
        this.survolActuel = null;
        return;
      }
      const projete = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      this.survolActuel = cle;
      this.o.quandSurvol(lire(f, projete));
    });
    m.getCanvas().addEventListener('mouseleave', () => {
      this.survolActuel = null;
      this.o.quandSurvol(null);
    });
    m.on('movestart', () => {
      if (this.survolActuel !== null) this.o.quandSurvol(null);
      this.survolActuel = null;
    });
    m.on('click', (e) => {
      const f = m.queryRenderedFeatures(e.point, { layers: INTERACTIVES })[0];
      if (!f) return;
      const projete = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      this.o.quandClic(lire(f, projete));
    });
  }

  /** Replaces what the map draws; resolves once a frame with the new data has been rendered. */
  async dessiner(entites: EntitesCarte): Promise<void> {
    await this.pret;
    const source = this.map.getSource(SOURCE_ATLAS) as GeoJSONSource;
    await new Promise<void>((resolve) => {
      const surRendu = () => {
        if (!this.map.isSourceLoaded(SOURCE_ATLAS)) return;
        this.map.off('render', surRendu);
        // Before 'idle' can fire in this frame: whoever waits for idle sees the whole basemap.
        this.completerFond();
        resolve();
      };
      this.map.on('render', surRendu);
      source.setData(entites as GeoJSON.FeatureCollection);
      this.map.triggerRepaint();
    });
  }

  async selection(choisie: [number, number] | null, survolee: [number, number] | null): Promise<void> {
    await this.pret;
    const features: GeoJSON.Feature[] = [];
    if (survolee) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: survolee }, properties: { sorte: 'survolee' } });
    if (choisie) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: choisie }, properties: { sorte: 'choisie' } });
    (this.map.getSource(SOURCE_SELECTION) as GeoJSONSource).setData({ type: 'FeatureCollection', features });
  }

  async repere(r: { lng: number; lat: number; nom: string } | null): Promise<void> {
    await this.pret;
    (this.map.getSource(SOURCE_REPERE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: r ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [r.lng, r.lat] }, properties: { nom: r.nom } }] : [],
    });
  }

  allerA(cible: { lng: number; lat: number; zoom?: number } | { bornes: BBox; maxZoom?: number }): void {
    const animer = !this.test && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if ('bornes' in cible) {
      const b = cible.bornes;
      this.map.fitBounds(
        [
          [b[0], b[1]],
          [b[2], b[3]],
        ],
        { padding: 40, maxZoom: cible.maxZoom ?? 14, animate: animer, duration: animer ? 900 : 0 },
      );
      return;
    }
    const options = { center: [cible.lng, cible.lat] as [number, number], zoom: cible.zoom ?? Math.max(this.map.getZoom(), 12) };
    if (animer) this.map.flyTo({ ...options, speed: 1.6, curve: 1.4, essential: false, maxDuration: 2200 });
    else this.map.jumpTo(options);
  }

  /** Pixel position of a lng/lat in the container. */
  projeter(lngLat: [number, number]): { x: number; y: number } {
    return this.map.project(lngLat);
  }

  redimensionner(): void {
    this.map.resize();
  }

  detruire(): void {
    if (carteCourante() === this.map) enregistrerCarte(null);
    this.map.remove();
  }
}
