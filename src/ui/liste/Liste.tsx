/**
 * The initiatives of the current map view, as a real list: the accessible alternative to the
 * map. Virtualised (only the rows in sight are in the DOM, with aria-setsize/posinset), one tab
 * stop with arrow-key navigation (roving tabindex), sortable. Titles come from the lazy tiles.
 */
import './liste.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { couleurAxe, NEUTRES } from '../../map/couleurs.ts';
import { proprietesFiche, proprietesFicheAsync, versionTuiles } from '../../data/tuiles.ts';
import {
  allerA,
  carteDisponible,
  collectivites,
  compte,
  etatRecherche,
  filtres,
  liste,
  meta,
  ouvrirFiche,
  statut,
  survol,
  tri,
  aDesFiltres,
  ficheId,
  modeTest,
} from '../../state/etat.ts';
import { AXE_INCONNU, type ListeVue, type Tri } from '../../worker/messages.ts';
import { formatCompte } from '../format.ts';
import { ResultatVide } from './ResultatVide.tsx';
import { Surligne } from './Surligne.tsx';
import { completerLien, lienFicheCourt } from '../lien-fiche.ts';
import { VUES_TERRITOIRES } from '../../map/territoires.ts';

export const HAUTEUR_LIGNE = 76;
const MARGE_LIGNES = 6;

const LIBELLES_TRI: Record<Tri, string> = {
  pertinence: 'Pertinence',
  date: 'Date',
  commune: 'Commune',
};

export function Liste() {
  const l = liste.value;
  const sansCarte = carteDisponible.value === false;
  const chargement = statut.value === 'chargement' || (statut.value === 'pret' && !l);
  const total = l?.total ?? 0;

  const c = compte.value;
  const recherche = etatRecherche.value;
  const q = filtres.value.texte?.trim() ?? '';
  // A query that filters: the count is of the whole atlas (« 12 initiatives pour « budget » »), the view's apart.
  const avecRecherche = q !== '' && !!recherche && !recherche.vide && !recherche.erreur && !!c;
  const rienNeCorrespond = !chargement && !!c && c.total === 0 && aDesFiltres.value;

  let titre: string;
  if (chargement) titre = 'Chargement des initiatives…';
  else if (avecRecherche) titre = `${formatCompte(c.total, 'initiative')} pour « ${q} »`;
  else if (sansCarte) titre = formatCompte(total, 'initiative');
  else titre = `${formatCompte(total, 'initiative')} dans la vue`;

  return (
    <div class="liste">
      <div class="liste__entete">
        <h2 class="liste__compte" id="liste-titre" aria-live="polite">
          {titre}
        </h2>
        <div class="liste__tri">
          <label for="liste-tri">Trier par</label>
          <select id="liste-tri" title="Pertinence : avec une recherche, les meilleures correspondances d’abord (titre, puis communes, outils, textes), sinon les plus proches du centre de la carte ; Date : les plus récentes d’abord ; Commune : ordre alphabétique" value={tri.value} onChange={(e) => (tri.value = (e.target as HTMLSelectElement).value as Tri)}>
            {(Object.keys(LIBELLES_TRI) as Tri[]).map((t) => (
              <option key={t} value={t}>
                {LIBELLES_TRI[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {avecRecherche ? (
        !sansCarte && !chargement && total !== c.total ? (
          <p class="liste__filtres-compte">Dont {formatCompte(total, 'initiative')} dans la vue de la carte.</p>
        ) : null
      ) : aDesFiltres.value && c ? (
        <p class="liste__filtres-compte">{formatCompte(c.total, 'initiative correspond', 'initiatives correspondent')} aux filtres au total.</p>
      ) : null}
      {chargement ? (
        <Squelette />
      ) : l && total > 0 ? (
        <Lignes l={l} termes={avecRecherche ? recherche.termes : null} />
      ) : rienNeCorrespond ? (
        <ResultatVide />
      ) : (
        <Vide />
      )}
    </div>
  );
}

function Squelette() {
  return (
    <div class="liste__squelette" aria-hidden="true">
      {Array.from({ length: 8 }, (_, k) => (
        <div class="liste__squelette-ligne" key={k}>
          <span class="squelette" style={{ width: `${70 + ((k * 37) % 25)}%`, height: '14px' }} />
          <span class="squelette" style={{ width: '40%', height: '11px', marginTop: '10px' }} />
        </div>
      ))}
    </div>
  );
}

function Vide() {
  return (
    <div class="liste__vide">
      <p>
        <strong>Aucune initiative dans cette partie de la carte.</strong>
      </p>
      <p>Déplacez la carte, dézoomez ou élargissez les filtres.</p>
      <button type="button" class="bouton" onClick={() => allerA({ bornes: meta.value?.bounds ?? VUES_TERRITOIRES[0].bounds })}>
        Voir toute la France
      </button>
    </div>
  );
}

function Lignes({ l, termes }: { l: ListeVue; termes: readonly string[] | null }) {
  const conteneur = useRef<HTMLDivElement>(null);
  const [defile, setDefile] = useState(0);
  const [hauteur, setHauteur] = useState(600);
  const [actif, setActifEtat] = useState(0);
  // The ref is current between a keypress and the next render (two fast ArrowDowns move by two).
  const actifRef = useRef(0);
  const setActif = (k: number | ((a: number) => number)) => {
    actifRef.current = typeof k === 'function' ? k(actifRef.current) : k;
    setActifEtat(actifRef.current);
  };
  const focusVoulu = useRef(false);
  const m = meta.value;
  const z = m?.tuileZoom ?? 8;
  const colls = collectivites.value;
  versionTuiles.value; // re-render when a tile arrives

  useLayoutEffect(() => {
    const el = conteneur.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHauteur(el.clientHeight || 600));
    ro.observe(el);
    setHauteur(el.clientHeight || 600);
    return () => ro.disconnect();
  }, []);

  // A new list (the map moved, the sort changed): back to the top, unless the keyboard is in it.
  useEffect(() => {
    const el = conteneur.current;
    if (!el) return;
    if (!el.contains(document.activeElement)) {
      el.scrollTop = 0;
      setDefile(0);
      setActif(0);
    } else setActif((a) => Math.min(a, l.total - 1));
  }, [l]);

  useLayoutEffect(() => {
    if (!focusVoulu.current) return;
    focusVoulu.current = false;
    conteneur.current?.querySelector<HTMLElement>(`[data-k="${actif}"]`)?.focus();
  });

  const debut = Math.max(0, Math.floor(defile / HAUTEUR_LIGNE) - MARGE_LIGNES);
  const fin = Math.min(l.total, Math.ceil((defile + hauteur) / HAUTEUR_LIGNE) + MARGE_LIGNES);

  const allerA_ = (k: number) => {
    const cible = Math.max(0, Math.min(l.total - 1, k));
    const el = conteneur.current;
    if (el) {
      const haut = cible * HAUTEUR_LIGNE;
      if (haut < el.scrollTop) el.scrollTop = haut;
      else if (haut + HAUTEUR_LIGNE > el.scrollTop + el.clientHeight) el.scrollTop = haut + HAUTEUR_LIGNE - el.clientHeight;
      setDefile(el.scrollTop);
    }
    focusVoulu.current = true;
    setActif(cible);
  };

  const surTouche = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(hauteur / HAUTEUR_LIGNE) - 1);
    const a = actifRef.current;
    const touches: Record<string, number> = { ArrowDown: a + 1, ArrowUp: a - 1, PageDown: a + page, PageUp: a - page, Home: 0, End: l.total - 1 };
    if (e.key in touches) {
      e.preventDefault();
      allerA_(touches[e.key]);
    }
  };

  const ouvrir = async (k: number, e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button === 1) return; // new tab: let the link work
    e.preventDefault();
    const i = l.indices[k];
    const p = await proprietesFicheAsync(i, l.lng[k], l.lat[k], z);
    if (p) ouvrirFiche(p.id, { i, voler: true });
  };

  const test = modeTest.value;
  const lignes = [];
  for (let k = debut; k < fin; k++) {
    const i = l.indices[k];
    const p = proprietesFiche(i, l.lng[k], l.lat[k], z);
    const coll = colls && l.collectivite[k] < colls.length ? colls[l.collectivite[k]] : null;
    const commune = coll ? coll.nom + (coll.departement ? ` (${coll.departement})` : '') : (p?.commune ?? '');
    const axe = l.axe[k];
    const axeNom = axe === AXE_INCONNU ? null : (m?.taxonomie.axes[axe]?.libelle ?? null);
    const lngLat: [number, number] | null = Number.isNaN(l.lng[k]) ? null : [l.lng[k], l.lat[k]];
    lignes.push(
      <li key={i} class="liste__ligne" style={{ transform: `translateY(${k * HAUTEUR_LIGNE}px)` }} aria-setsize={l.total} aria-posinset={k + 1}>
        <a
          class={'ligne' + (p && p.id === ficheId.value ? ' est-choisie' : '')}
          href={p ? lienFicheCourt(p.id, test) : '#'}
          data-k={k}
          tabIndex={k === actif ? 0 : -1}
          onClick={(e) => void ouvrir(k, e)}
          onFocus={(e) => {
            if (p) completerLien(e.currentTarget, p.id);
            setActif(k);
            if (lngLat) survol.value = { i, lngLat };
          }}
          onBlur={() => (survol.value = null)}
          onPointerEnter={(e) => p && completerLien(e.currentTarget, p.id)}
          onMouseEnter={() => lngLat && (survol.value = { i, lngLat })}
          onMouseLeave={() => (survol.value = null)}
        >
          <span class="ligne__axe" style={{ background: axe === AXE_INCONNU ? NEUTRES.sansAxe : couleurAxe(axe) }} aria-hidden="true" />
          <span class="ligne__titre">{p ? <Surligne texte={p.titre} termes={termes} /> : <><span class="squelette ligne__titre-squelette" aria-hidden="true" /><span class="visuellement-cache">Titre en cours de chargement</span></>}</span>
          <span class="ligne__meta">
            <span class="ligne__commune">{commune ? <Surligne texte={commune} termes={termes} /> : 'Sans commune'}</span>
            {l.annee[k] ? <span class="ligne__annee"> · {l.annee[k]}</span> : null}
            {axeNom ? <span class="visuellement-cache">. Axe : {axeNom}</span> : null}
            {!lngLat ? <span class="ligne__sans-lieu"> · non localisée</span> : null}
          </span>
        </a>
      </li>,
    );
  }

  return (
    <div
      class="liste__defilement"
      ref={conteneur}
      onScroll={(e) => setDefile((e.target as HTMLElement).scrollTop)}
    >
      <ul
        class="liste__lignes"
        role="list"
        aria-labelledby="liste-titre"
        style={{ height: `${l.total * HAUTEUR_LIGNE}px` }}
        onKeyDown={surTouche}
      >
        {lignes}
      </ul>
    </div>
  );
}
