/**
 * The panel: the list of the view, or the open fiche. A side panel on wide screens (can be
 * hidden), a bottom sheet on phones (collapsed / half / full, by button, drag or keyboard).
 */
import './panneau.css';
import { useEffect, useRef } from 'preact/hooks';
import { carteDisponible, erreur, feuille, ficheId, liste, messageCarte, onglet, panneau, statut, type Feuille } from '../../state/etat.ts';
import { Liste } from '../liste/Liste.tsx';
import { RechercheTexte } from '../liste/RechercheTexte.tsx';
import { Autour } from '../autour/Autour.tsx';
import { autour } from '../../state/autour.ts';
import { differe } from '../differe/differe.tsx';
import { FiltresActifs } from '../filtres-actifs/FiltresActifs.tsx';
import { Credits } from '../credits/Credits.tsx';
import { Onglets } from '../onglets/Onglets.tsx';
import { ONGLETS_PANNEAU } from '../onglets/registre.ts';
import { REQUETE_TELEPHONE, useMedia } from '../use-media.ts';
import { formatCompte } from '../format.ts';

const ORDRE: Feuille[] = ['replie', 'mi', 'plein'];
const FicheDetail = differe(() => import('../fiche-detail/FicheDetail.tsx').then((m) => m.FicheDetail));

/** The views that load apart, loaded once the atlas is up and the page idle: a tab then opens at once. */
function prechargerVues(): void {
  const charger = () => {
    for (const v of [FicheDetail, ...ONGLETS_PANNEAU.map((e) => e.Contenu)]) v.precharger().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(charger, { timeout: 3000 });
  else setTimeout(charger, 500);
}

const LIBELLE_SUIVANT: Record<Feuille, string> = {
  replie: 'Agrandir le panneau',
  mi: 'Agrandir le panneau en plein écran',
  plein: 'Réduire le panneau',
};

export function Panneau() {
  const telephone = useMedia(REQUETE_TELEPHONE);
  const id = ficheId.value;
  const f = feuille.value;
  const drag = useRef<{ y: number; h: number; el: HTMLElement; bouge: boolean } | null>(null);
  const ferme = !telephone && panneau.value === 'ferme';
  const pret = statut.value === 'pret';
  useEffect(() => {
    if (pret) prechargerVues();
  }, [pret]);

  const suivant = () => {
    feuille.value = f === 'replie' ? 'mi' : f === 'mi' ? 'plein' : 'replie';
  };

  const surPointeurBas = (e: PointerEvent) => {
    const el = (e.currentTarget as HTMLElement).closest('.panneau') as HTMLElement;
    drag.current = { y: e.clientY, h: el.getBoundingClientRect().height, el, bouge: false };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const surPointeurBouge = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.y;
    if (Math.abs(dy) > 6) d.bouge = true;
    if (d.bouge) {
      d.el.style.transition = 'none';
      d.el.style.height = `${Math.max(96, Math.min(window.innerHeight - 40, d.h - dy))}px`;
    }
  };
  const surPointeurHaut = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d || !d.bouge) return;
    const h = d.h - (e.clientY - d.y);
    d.el.style.transition = '';
    d.el.style.height = '';
    const vh = window.innerHeight;
    feuille.value = h < vh * 0.28 ? 'replie' : h < vh * 0.7 ? 'mi' : 'plein';
    e.preventDefault();
  };

  const entree = ONGLETS_PANNEAU.find((x) => x.onglet === onglet.value) ?? null;
  return (
    <section
      id="panneau"
      class={'panneau' + (telephone ? ' panneau--feuille' : '') + (ferme ? ' est-ferme' : '') + (entree?.large && !id ? ' panneau--large' : '')}
      data-onglet={entree?.onglet ?? 'liste'}
      data-feuille={telephone ? f : undefined}
      aria-label={id ? 'Fiche de l’initiative' : 'Liste des initiatives'}
      tabIndex={-1}
    >
      {telephone ? (
        <button
          type="button"
          class="panneau__poignee"
          aria-label={LIBELLE_SUIVANT[f]}
          aria-expanded={f !== 'replie'}
          aria-controls="panneau-contenu"
          onClick={(e) => {
            if (!(e as MouseEvent).defaultPrevented) suivant();
          }}
          onPointerDown={surPointeurBas}
          onPointerMove={surPointeurBouge}
          onPointerUp={surPointeurHaut}
          onPointerCancel={() => (drag.current = null)}
        >
          <span class="panneau__barre" aria-hidden="true" />
          {f === 'replie' && !id ? <ResumeListe /> : null}
        </button>
      ) : null}
      <div id="panneau-contenu" class="panneau__contenu">
        {statut.value === 'erreur' ? (
          <ErreurDonnees />
        ) : (
          <>
            {carteDisponible.value === false ? (
              <p class="panneau__alerte" role="status">
                <strong>La carte n’a pas pu s’afficher.</strong> {messageCarte.value ?? ''} Toutes les initiatives sont listées ci-dessous.
              </p>
            ) : null}
            {id ? <FicheDetail id={id} key={id} /> : null}
            <div class="panneau__vues" hidden={!!id}>
              <Onglets />
              {entree ? (
                <div id="panneau-vue" class="panneau__vue" role="tabpanel" aria-labelledby={`onglet-${entree.onglet}`}>
                  <entree.Contenu />
                </div>
              ) : (
                <div id="panneau-vue" class="panneau__liste" role={ONGLETS_PANNEAU.length ? 'tabpanel' : undefined} aria-labelledby={ONGLETS_PANNEAU.length ? 'onglet-liste' : undefined}>
                  <RechercheTexte />
                  <FiltresActifs />
                  {autour.value ? <Autour /> : <Liste />}
                  <Credits />
                </div>
              )}
            </div>
          </>
        )}
      </div>
      {!telephone ? (
        <button
          type="button"
          class="panneau__languette"
          aria-expanded={!ferme}
          aria-controls="panneau-contenu"
          onClick={() => (panneau.value = ferme ? 'liste' : 'ferme')}
        >
          <span aria-hidden="true">{ferme ? '›' : '‹'}</span>
          <span class="visuellement-cache">{ferme ? 'Afficher le panneau' : 'Masquer le panneau'}</span>
        </button>
      ) : null}
    </section>
  );
}

/** The folded sheet's count: its own component, so that a new list re-renders it alone, not the panel. */
function ResumeListe() {
  const l = liste.value;
  return l ? <span class="panneau__resume">{formatCompte(l.total, 'initiative')} — afficher la liste</span> : null;
}

function ErreurDonnees() {
  return (
    <div class="panneau__erreur" role="alert">
      <h2>Les données de l’atlas n’ont pas pu être chargées</h2>
      <p>{erreur.value}</p>
      <p>Vérifiez votre connexion, puis réessayez. Si le problème persiste, les données du site sont peut-être en cours de mise à jour.</p>
      <button type="button" class="bouton bouton--primaire" onClick={() => location.reload()}>
        Réessayer
      </button>
    </div>
  );
}
