/**
 * The map component: creates the MapLibre map (or reports why it cannot), asks the worker for
 * the clusters of each view, shows tooltips and the list of a pile, and follows the state
 * (fly-to requests, the open fiche, the row highlighted in the list).
 */
import './carte.css';
import { batch, effect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProprietesTuile } from '../../core/atlas-data.ts';
import { proprietesFicheAsync } from '../../data/tuiles.ts';
import { urlDonnee } from '../../data/adresse.ts';
import type { CarteAtlas, SurvolCarte } from '../../map/carte-atlas.ts';
import type { EntiteTuile, TuilesClusters } from '../../map/tuiles-clusters.ts';
import { apresPeinture, CalqueClusters } from '../../map/calque-clusters.ts';
import { projectionCamera } from '../../map/camera.ts';
import { cameraPremiereVue, entitesPremiersClusters, hauteurFeuille, rembourragePremiereVue, retirerVueImmediate } from '../../map/premiere-vue.ts';
import { webglDisponible } from '../../map/webgl.ts';
import { createBasemapStyle } from '../../map/style.ts';
import { clientAtlas } from '../../state/atlas.ts';
import { parametresClusters } from '../../state/requetes-vue.ts';
import {
  aDesFiltres,
  allerA,
  bbox,
  carteDisponible,
  cibleCarte,
  compte,
  ficheIndice,
  filtres,
  messageCarte,
  meta,
  modeTest,
  ouvrirFiche,
  premiersClusters,
  repere,
  statut,
  survol,
  vue,
} from '../../state/etat.ts';
import { instrumentation, resultatMontre, signalerPremiersClusters, signalerPret } from '../../state/instrumentation.ts';
import { pointsPairsCarte } from '../../state/ma-commune-donnees.ts';
import type { Vue } from '../../state/url.ts';
import type { FicheReperee, ProprietesEntite } from '../../worker/messages.ts';
import { formatCompte, formatNombre } from '../format.ts';
import { TEXTE_CREDITS } from '../credits/Credits.tsx';
import { FicheMini } from '../fiche-mini/FicheMini.tsx';
import { Territoires } from '../territoires/Territoires.tsx';
import { Legende } from '../legende/Legende.tsx';
import { IconeFermer } from '../icones.tsx';
import { REQUETE_TELEPHONE, useMedia } from '../use-media.ts';
import { echaufferQuandInactif } from '../../state/echauffement.ts';

interface Bulle {
  x: number;
  y: number;
  titre: string;
  detail?: string;
}

interface Pile {
  x: number;
  y: number;
  fiches: FicheReperee[];
  commune: string | null;
}


const MESSAGE_SANS_WEBGL = 'Votre navigateur ou votre appareil ne permet pas d’afficher la carte (WebGL indisponible).';

export function Carte({ vueInitiale }: { vueInitiale: Vue | null }) {
  const conteneur = useRef<HTMLDivElement>(null);
  const carte = useRef<CarteAtlas | null>(null);
  /** The generation of the clusters drawn (their ids are valid for it in the worker). */
  const generationDessinee = useRef<number | null>(null);
  const [bulle, setBulle] = useState<Bulle | null>(null);
  const [pile, setPile] = useState<Pile | null>(null);
  const telephone = useMedia(REQUETE_TELEPHONE);

  // The markers' overlay at once, atlas.json's first clusters on it, then the map (MapLibre loads
  // apart: 1 MB of script that the first view does not wait for).
  useEffect(() => {
    const el = conteneur.current;
    if (!el) return;
    const rembourrage = rembourragePremiereVue();
    const bas = rembourrage.bas;
    const camera: Vue = vueInitiale ?? cameraPremiereVue(el.clientWidth, el.clientHeight, rembourrage);
    const calque = new CalqueClusters(el, projectionCamera(camera, el.clientWidth, el.clientHeight, rembourrage));
    calque.redimensionner(el.clientWidth, el.clientHeight);
    instrumentation.entitesVisibles = () =>
      calque.visibles().map(({ e, x, y }) => {
        const pr = e.properties;
        return { k: pr.k, n: pr.k === 'f' ? 1 : pr.n, x, y, i: pr.k === 'f' ? pr.i : undefined };
      });
    let carteCreee = false;
    let detruite = false;
    const nettoyages: (() => void)[] = [];

    // Drawn until the worker's first answer, when the first view has no filter and is not too deep.
    const arreterPremiers = effect(() => {
      const p = premiersClusters.value;
      if (!p || generationDessinee.current !== null || Object.keys(filtres.peek()).length > 0) return;
      const entites = entitesPremiersClusters(p, camera.zoom);
      if (!entites) return;
      generationDessinee.current = p.generation;
      calque.definir(entites);
      retirerVueImmediate(); // in the same frame as these markers: nothing blinks
      void apresPeinture().then(() => {
        if (!detruite && carteDisponible.peek() !== false) signalerPremiersClusters();
      });
    });
    nettoyages.push(arreterPremiers);

    const sansCarte = (message: string) => {
      calque.canvas.remove();
      retirerVueImmediate();
      instrumentation.entitesVisibles = () => [];
      batch(() => {
        carteDisponible.value = false;
        messageCarte.value = message;
      });
      instrumentation.carte = false;
    };
    // MapLibre's script and the WebGL check (~0.1 s under software rendering) after the first clusters' frame.
    void import('../../map/carte-atlas.ts')
      .then(async ({ CarteAtlas }) => {
        await apresPeinture();
        if (detruite) return;
        performance.mark?.('atlas:webgl');
        if (!webglDisponible()) {
          sansCarte(MESSAGE_SANS_WEBGL);
          return;
        }
        performance.mark?.('atlas:webgl-ok');
        const c = new CarteAtlas({
          conteneur: el,
          style: createBasemapStyle({
            baseUrl: new URL('./', document.baseURI).href,
            remoteStyleUrl: import.meta.env.VITE_BASEMAP_STYLE_URL || undefined,
          }),
          vue: camera,
          calque,
          rembourrageBas: bas,
          test: modeTest.value,
          attribution: `${TEXTE_CREDITS} — <a href="${urlDonnee('initiatives.geojson')}">télécharger les données</a>`,
          quandVue: (v, b) =>
            batch(() => {
              vue.value = v;
              bbox.value = b;
            }),
          quandSurvol: (s) => void montrerBulle(s),
          quandClic: (s) => void cliquer(s),
          quandErreur: (message) => sansCarte(MESSAGE_SANS_WEBGL + (message ? ` (${message})` : '')),
        });
        carteCreee = true;
        brancherCarte(c);
      })
      .catch((err: unknown) => {
        if (detruite) return;
        console.warn('Carte indisponible', err);
        sansCarte(MESSAGE_SANS_WEBGL);
      });

    function brancherCarte(c: CarteAtlas): void {
      carte.current = c;
      carteDisponible.value = true;
      instrumentation.carte = true;
      c.map.on('movestart', () => {
        setPile(null);
        instrumentation.inactif = false;
      });
      c.map.on('idle', () => (instrumentation.inactif = true));

      const ro = new ResizeObserver(() => c.redimensionner());
      ro.observe(el as HTMLDivElement);

      // Clusters of each view, for the current filter generation.
      const arreterClusters = effect(() => {
        const b = bbox.value;
        const v = vue.value;
        const generation = compte.value?.generation;
        const client = clientAtlas();
        if (!b || !v || generation === undefined || !client) return;
        // Precomputed tiles: the same clusters for every filter, the map already shows this generation's.
        if (meta.value?.carte?.mode === 'tuiles-vectorielles') {
          resultatMontre('carte', generation);
          return;
        }
        const parametres = parametresClusters(b, v);
        void client.requete('clusters', parametres, { canal: 'clusters' }).then(async (r) => {
          if (!r) return;
          instrumentation.inactif = false;
          generationDessinee.current = r.generation;
          await c.dessiner(r.entites);
          retirerVueImmediate();
          // The markers are not MapLibre's: a map with nothing to load will not say 'idle' again.
          if (c.map.loaded() && !c.map.isMoving()) instrumentation.inactif = true;
          instrumentation.clustersDrawn = r.entites.features.length;
          instrumentation.dessins++;
          resultatMontre('carte', r.generation);
          signalerPret();
          echaufferQuandInactif(client, parametres);
        });
      });

      // Fly-to requests from the rest of the app.
      const arreterCible = effect(() => {
        const cible = cibleCarte.value;
        if (cible) c.allerA(cible);
      });

      // Highlight of the open fiche and of the row under the pointer or focus.
      const arreterSelection = effect(() => {
        const i = ficheIndice.value;
        const s = survol.value;
        const client = clientAtlas();
        if (i === null || !client) {
          c.selection(null, s?.lngLat ?? null);
          return;
        }
        void client.requete('position', { i }, { canal: 'selection' }).then((pos) => {
          if (pos !== undefined) c.selection(pos, s?.lngLat ?? null);
        });
      });

      // A big atlas: the clusters from the build's PMTiles archive (src/map/tuiles-clusters.ts).
      let tuiles: TuilesClusters | null = null;
      const arreterTuiles = effect(() => {
        const m = meta.value;
        if (m?.carte?.mode !== 'tuiles-vectorielles' || !m.fichiers.clusters || tuiles) return;
        const { couche, zoomMax } = m.carte;
        const archive = m.fichiers.clusters;
        void Promise.all([c.whenReady(), import('../../map/tuiles-clusters.ts')]).then(async ([, { brancherTuilesClusters }]) => {
          if (detruite || tuiles) return;
          const t = brancherTuilesClusters(c.map, { urlArchive: urlDonnee(archive), couche: couche ?? 'clusters', zoomMax: zoomMax ?? 14 });
          tuiles = t;
          instrumentation.entitesVisibles = () => t.entitesVisibles();
          c.sousPointeur((point) => {
            const e = t.entiteSous(point);
            if (!e) return null;
            const { x, y } = c.projeter([e.lng, e.lat]);
            const proprietes: ProprietesEntite =
              e.k === 'f' ? { k: 'f', i: e.i, r: e.r } : e.k === 'p' ? { k: 'p', s: -1, n: e.n, r: e.r, d: '', t: '' } : { k: 'c', id: -1, n: e.n, r: e.r, d: '', t: '' };
            return { proprietes, x, y, lngLat: [e.lng, e.lat], tuile: e };
          });
          try {
            await t.quandRendu();
          } catch (err) {
            sansCarte(err instanceof Error ? err.message : String(err));
            return;
          }
          c.completerFond();
          instrumentation.clustersDrawn = t.entitesVisibles().length;
          instrumentation.dessins++;
          signalerPret();
        });
      });
      nettoyages.push(arreterTuiles, () => tuiles?.detruire());

      const arreterRepere = effect(() => void c.repere(repere.value));
      const arreterPairs = effect(() => void c.pairs(pointsPairsCarte.value));
      nettoyages.push(arreterRepere, arreterPairs, arreterClusters, arreterCible, arreterSelection, () => ro.disconnect(), () => c.detruire());
    }

    return () => {
      detruite = true;
      retirerVueImmediate();
      nettoyages.forEach((f) => f());
      if (carteCreee) carte.current = null;
    };
  }, []);

  // On phones the bottom sheet covers the lower part of the map: keep fly-to targets above it.
  useEffect(() => {
    const c = carte.current;
    if (!c) return;
    const bas = telephone ? hauteurFeuille() : 0;
    if (c.map.getPadding().bottom !== bas) c.map.setPadding({ top: 0, left: 0, right: 0, bottom: bas });
  }, [telephone]);

  async function montrerBulle(s: SurvolCarte | null): Promise<void> {
    if (!s) {
      setBulle(null);
      return;
    }
    const p = s.proprietes;
    if (p.k === 'c') {
      setBulle({ x: s.x, y: s.y, titre: formatCompte(p.n, 'initiative'), detail: 'Cliquer pour zoomer' });
      return;
    }
    if (p.k === 'p') {
      setBulle({ x: s.x, y: s.y, titre: `${formatCompte(p.n, 'initiative')} au même endroit`, detail: 'Cliquer pour voir la liste' });
      const fiches = await clientAtlas()?.requete('site', { generation: generationDessinee.current ?? 0, s: p.s });
      const premiere = fiches?.[0];
      if (!premiere) return;
      const props = await proprietesFicheAsync(premiere.i, premiere.lng, premiere.lat, meta.value?.tuileZoom ?? 8);
      if (props?.commune)
        setBulle((b) => (b && b.x === s.x && b.y === s.y ? { ...b, titre: `${formatCompte(p.n, 'initiative')} à ${props.commune}` } : b));
      return;
    }
    setBulle({ x: s.x, y: s.y, titre: 'Chargement…' });
    const props = await proprietesFicheAsync(p.i, s.lngLat[0], s.lngLat[1], meta.value?.tuileZoom ?? 8);
    setBulle((b) => (b && b.x === s.x && b.y === s.y ? texteFiche(s, props) : b));
  }

  function texteFiche(s: SurvolCarte, props: ProprietesTuile | undefined): Bulle {
    if (!props) return { x: s.x, y: s.y, titre: 'Initiative' };
    return { x: s.x, y: s.y, titre: props.titre, detail: [props.commune, props.annee ? String(props.annee) : null].filter(Boolean).join(' · ') };
  }

  async function cliquer(s: SurvolCarte): Promise<void> {
    const p = s.proprietes;
    const client = clientAtlas();
    if (!client) return;
    setBulle(null);
    if (s.tuile && s.tuile.k !== 'f') {
      await cliquerTuile(s.tuile, s);
      return;
    }
    if (p.k === 'c') {
      const zoom = await client.requete('expansion', { generation: generationDessinee.current ?? 0, id: p.id });
      if (zoom !== null && zoom !== undefined) allerA({ lng: s.lngLat[0], lat: s.lngLat[1], zoom: zoom + 0.01 });
      return;
    }
    if (p.k === 'p') {
      const fiches = (await client.requete('site', { generation: generationDessinee.current ?? 0, s: p.s })) ?? [];
      const premiere = fiches[0];
      const props = premiere ? await proprietesFicheAsync(premiere.i, premiere.lng, premiere.lat, meta.value?.tuileZoom ?? 8) : undefined;
      setPile({ x: s.x, y: s.y, fiches, commune: props?.commune ?? null });
      return;
    }
    const props = await proprietesFicheAsync(p.i, s.lngLat[0], s.lngLat[1], meta.value?.tuileZoom ?? 8);
    if (props) ouvrirFiche(props.id, { i: p.i, voler: false });
  }

  /**
   * A precomputed cluster splits at its zoom; a pile, or a cluster of the last tile zoom, lists the
   * fiches around it that match the filters (the worker's list of a small box).
   */
  async function cliquerTuile(e: EntiteTuile, s: SurvolCarte): Promise<void> {
    const c = carte.current;
    const client = clientAtlas();
    if (!c || !client) return;
    if (e.k === 'c' && e.zoom !== null) {
      allerA({ lng: e.lng, lat: e.lat, zoom: e.zoom + 0.01 });
      return;
    }
    const centre = e.k === 'p' ? await client.requete('position', { i: e.i }) : ([e.lng, e.lat] as [number, number]);
    if (!centre) return;
    const { x, y } = c.projeter(centre);
    const rayon = e.k === 'p' ? 1 : 40;
    const a = c.map.unproject([x - rayon, y + rayon]);
    const b = c.map.unproject([x + rayon, y - rayon]);
    const l = await client.requete('liste', { bbox: [a.lng, a.lat, b.lng, b.lat], tri: 'date', centre: null });
    if (!l) return;
    const fiches = Array.from(l.indices, (i, k) => ({ i, lng: l.lng[k], lat: l.lat[k], annee: l.annee[k] }));
    const premiere = fiches[0];
    const props = premiere ? await proprietesFicheAsync(premiere.i, premiere.lng, premiere.lat, meta.value?.tuileZoom ?? 8) : undefined;
    setPile({ x: s.x, y: s.y, fiches, commune: props?.commune ?? null });
  }

  const sansCarte = carteDisponible.value === false;
  const modeTuiles = meta.value?.carte?.mode === 'tuiles-vectorielles';
  return (
    <div class="carte" role="region" aria-label="Carte des initiatives">
      <div class="carte__maplibre" ref={conteneur} />
      {sansCarte ? (
        <div class="carte__indisponible" role="status">
          <p>
            <strong>La carte ne peut pas s’afficher.</strong>
          </p>
          <p>{messageCarte.value}</p>
          <p>La liste présente toutes les initiatives de l’atlas.</p>
        </div>
      ) : (
        <>
          <Territoires />
          <Legende />
          {modeTuiles && aDesFiltres.value ? (
            <p class="carte__note" role="status">
              À cette échelle, la carte montre toutes les initiatives, quels que soient les filtres. Les nombres et la liste, eux, tiennent compte des filtres.
            </p>
          ) : null}
          {statut.value === 'chargement' ? (
            <div class="carte__chargement" role="status">
              <span class="carte__spinner" aria-hidden="true" /> Chargement des initiatives…
            </div>
          ) : null}
        </>
      )}
      {bulle ? (
        <div class="carte__bulle" style={{ left: `${bulle.x}px`, top: `${bulle.y}px` }} aria-hidden="true">
          <strong>{bulle.titre}</strong>
          {bulle.detail ? <span>{bulle.detail}</span> : null}
        </div>
      ) : null}
      {pile ? <ListePile pile={pile} fermer={() => setPile(null)} /> : null}
    </div>
  );
}

function ListePile({ pile, fermer }: { pile: Pile; fermer: () => void }) {
  const titre = useRef<HTMLHeadingElement>(null);
  useEffect(() => titre.current?.focus(), [pile]);
  const n = pile.fiches.length;
  return (
    <div
      class="carte__pile"
      role="dialog"
      aria-labelledby="pile-titre"
      style={{ left: `${pile.x}px`, top: `${pile.y}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          fermer();
        }
      }}
    >
      <div class="carte__pile-entete">
        <h2 id="pile-titre" tabIndex={-1} ref={titre}>
          {formatNombre(n)} initiative{n > 1 ? 's' : ''}
          {pile.commune ? ` à ${pile.commune}` : ' au même endroit'}
        </h2>
        <button type="button" class="carte__pile-fermer" onClick={fermer} aria-label="Fermer la liste">
          <IconeFermer />
        </button>
      </div>
      <ul>
        {pile.fiches.map((f) => (
          <li key={f.i}>
            <FicheMini f={f} avecCommune={false} quandOuvre={fermer} />
          </li>
        ))}
      </ul>
    </div>
  );
}
