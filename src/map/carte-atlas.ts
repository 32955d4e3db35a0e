/**
 * The MapLibre map of the atlas: offline basemap, the overlay that draws the worker's clusters,
 * piles and fiches (calque-clusters.ts, no MapLibre source for them), the town pin and the peers'
 * rings, and the pointer interactions. UI concerns (tooltips, lists, panels) are callbacks.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import { NEUTRES } from './couleurs.ts';
import { POLICES } from './style.ts';
import { apresPeinture, CalqueClusters } from './calque-clusters.ts';
import { completerFond, separerFond, type FondEnDeuxTemps } from './fond-progressif.ts';
import { ajouterCouchesPairs, dessinerPairs, type PointsPairsCarte } from './couches-pairs.ts';
import { carteCourante, enregistrerCarte } from './carte-courante.ts';
import type { BBox, EntitesCarte, ProprietesEntite } from '../worker/messages.ts';
import type { Vue } from '../state/url.ts';
import type { EntiteTuile } from './tuiles-clusters-lecture.ts';

maplibregl.setWorkerUrl(workerUrl);

export const SOURCE_REPERE = 'atlas-repere';
export const COUCHES = {
  repere: 'atlas-repere',
  repereNom: 'atlas-repere-nom',
} as const;

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
  /** A feature of the precomputed cluster tiles (big atlases), when that is what the pointer is on. */
  tuile?: EntiteTuile;
}

export interface OptionsCarte {
  conteneur: HTMLElement;
  style: StyleSpecification | string;
  /** The first camera (the URL's, or src/map/camera.ts's fit of the territory). */
  vue: Vue;
  /** The markers' overlay, already drawing the first view; the map takes it over. */
  calque: CalqueClusters;
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

export class CarteAtlas {
  readonly map: maplibregl.Map;
  private pret: Promise<void>;
  private test: boolean;
  private survolActuel: string | null = null;
  private charge = false;
  /** Basemap sources and layers added after the first clusters (offline style only). */
  private fondDiffere: FondEnDeuxTemps['differes'] | null = null;
  readonly calque: CalqueClusters;
  /** Another hit-test, tried before the overlay's (the precomputed cluster tiles). */
  private autreSous: ((point: { x: number; y: number }) => SurvolCarte | null) | null = null;
  private dejaDessine = false;

  constructor(private readonly o: OptionsCarte) {
    this.test = o.test;
    let style = o.style;
    if (typeof style === 'object') {
      const fond = separerFond(style);
      style = fond.initial;
      this.fondDiffere = fond.differes;
    }
    const bas = o.rembourrageBas ?? 0;
    const initiale = { center: [o.vue.lng, o.vue.lat] as [number, number], zoom: o.vue.zoom };
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

    // Inside MapLibre's canvas container: above the map, under its controls and popups.
    this.calque = o.calque;
    this.map.getCanvasContainer().appendChild(o.calque.canvas);
    o.calque.suivre(this.map);
    this.suivreTaille();
    this.map.on('resize', () => this.suivreTaille());
    let camera = '';
    this.map.on('render', () => {
      const c = this.map.getCenter();
      const cle = `${c.lng},${c.lat},${this.map.getZoom()}`;
      if (cle === camera) return;
      camera = cle;
      this.calque.dessiner();
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
      });
    });
    this.map.once('load', () => {
      performance.mark?.('atlas:carte-chargee');
      // The rest of the basemap once the clusters are up; without clusters soon (data slow or missing), anyway.
      if (this.dejaDessine) setTimeout(() => this.completerFond(), 0);
      else setTimeout(() => this.completerFond(), 3000);
      // Credits start folded (the "i" button opens them): they would cover the legend.
      const attrib = o.conteneur.querySelector('.maplibregl-ctrl-attrib');
      attrib?.classList.remove('maplibregl-compact-show');
      attrib?.removeAttribute('open');
    });
    this.map.on('moveend', () => this.signalerVue());
    // The camera is set from here on: the clusters of the first view need neither the style nor the basemap.
    this.signalerVue();
  }

  whenReady(): Promise<void> {
    return this.pret;
  }

  private suivreTaille(): void {
    const c = this.map.getContainer();
    this.calque.redimensionner(c.clientWidth, c.clientHeight);
  }

  /** What the pointer hits, for markers that are not the overlay's. */
  sousPointeur(f: (point: { x: number; y: number }) => SurvolCarte | null): void {
    this.autreSous = f;
  }

  /** Adds the rest of the basemap (deferred until the first markers are drawn). */
  completerFond(): void {
    const d = this.fondDiffere;
    if (!d || !this.charge) return;
    this.fondDiffere = null;
    completerFond(this.map, d);
  }

  private signalerVue(): void {
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
    ajouterCouchesPairs(m);
  }

  /** « Ma commune »: rings around the chosen collectivité and its peers (null clears them). */
  async pairs(p: PointsPairsCarte | null): Promise<void> {
    await this.pret;
    dessinerPairs(this.map, p);
  }

  private brancherEvenements(): void {
    const m = this.map;
    const sous = (point: { x: number; y: number }): SurvolCarte | null => {
      const autre = this.autreSous?.(point);
      if (autre) return autre;
      const marque = this.calque.entiteSous(point);
      if (!marque) return null;
      return { proprietes: marque.e.properties, x: marque.x, y: marque.y, lngLat: marque.e.geometry.coordinates };
    };
    m.on('mousemove', (e) => {
      const s = sous(e.point);
      m.getCanvas().style.cursor = s ? 'pointer' : '';
      const cle = s ? JSON.stringify(s.proprietes) : null;
      if (cle === this.survolActuel) return;
      this.survolActuel = cle;
      this.o.quandSurvol(s);
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
      const s = sous(e.point);
      if (s) this.o.quandClic(s);
    });
  }

  /** Replaces what the map draws; resolves once the frame with the new markers has been painted. */
  async dessiner(entites: EntitesCarte): Promise<void> {
    this.calque.definir(entites);
    if (!this.dejaDessine) {
      this.dejaDessine = true;
      if (this.map.loaded()) this.completerFond();
    }
    await apresPeinture();
  }

  selection(choisie: [number, number] | null, survolee: [number, number] | null): void {
    this.calque.selection({ choisie, survolee });
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
