/**
 * The initiatives nearest to a commune or to the user's position, nearest first, with their
 * distance: a short ordered list in place of the map's list, until it is closed. Follows the filters.
 */
import './autour.css';
import { useEffect, useState } from 'preact/hooks';
import { proprietesFiche, proprietesFicheAsync, versionTuiles } from '../../data/tuiles.ts';
import { couleurAxe, NEUTRES } from '../../map/couleurs.ts';
import { clientAtlas } from '../../state/atlas.ts';
import { autour, fermerAutour, NOM_POSITION } from '../../state/autour.ts';
import { aDesFiltres, allerA, collectivites, compte, effacerFiltres, meta, ouvrirFiche, repere, survol } from '../../state/etat.ts';
import { AXE_INCONNU, type BBox, type FicheAutour, type ResultatAutour } from '../../worker/messages.ts';
import { formatCompte } from '../format.ts';
import { IconeFermer } from '../icones.tsx';
import { lienFiche } from '../lien-fiche.ts';
import { formatDistance } from './distance.ts';

/** Rows shown at first, and added by « Afficher plus ». */
export const PAS_AUTOUR = 20;

export function Autour() {
  const a = autour.value;
  const r = repere.value;
  const generation = compte.value?.generation;
  const [n, setN] = useState(PAS_AUTOUR);
  // The answer and the point it is for: a new point never shows the last point's list.
  const [reponse, setReponse] = useState<{ pour: string; resultat: ResultatAutour } | null>(null);
  const lng = r?.lng;
  const lat = r?.lat;
  const cle = `${lng},${lat}`;

  useEffect(() => setN(PAS_AUTOUR), [lng, lat]);

  useEffect(() => {
    const client = clientAtlas();
    if (lng === undefined || lat === undefined || generation === undefined || !client) {
      setReponse(null);
      return;
    }
    void client.requete('autour', { lng, lat, n }, { canal: 'autour' }).then((x) => {
      if (x) setReponse({ pour: `${lng},${lat}`, resultat: x });
    });
  }, [lng, lat, generation, n]);

  if (!a) return null;
  const titre = !r
    ? 'Recherche de la commune…'
    : 'commune' in a
      ? `Autour de ${r.nom}`
      : r.nom === NOM_POSITION
        ? 'Autour de vous'
        : 'Autour de la position indiquée';
  const resultat = reponse && reponse.pour === cle ? reponse.resultat : null;
  const pret = resultat && r && resultat.generation === generation;

  return (
    <section class="autour" aria-labelledby="autour-titre">
      <div class="autour__entete">
        <h2 class="autour__titre" id="autour-titre">
          {titre}
        </h2>
        <button type="button" class="bouton autour__fermer" onClick={fermerAutour}>
          <IconeFermer />
          <span>Fermer</span>
          <span class="visuellement-cache"> la liste des initiatives proches</span>
        </button>
      </div>
      <p class="autour__resume" aria-live="polite">
        {!pret
          ? 'Recherche des initiatives les plus proches…'
          : resultat.total === 0
            ? aDesFiltres.value
              ? 'Aucune initiative placée sur la carte ne correspond aux filtres.'
              : 'Aucune initiative n’est placée sur la carte.'
            : `${resultat.fiches.length === 1 ? 'L’initiative la plus proche' : `Les ${formatCompte(resultat.fiches.length, 'initiative')} les plus proches`}${aDesFiltres.value ? ' parmi celles qui correspondent aux filtres' : ''}, de la plus proche à la plus éloignée.`}
      </p>
      {pret && resultat.total === 0 && aDesFiltres.value ? (
        <p class="autour__actions">
          <button type="button" class="bouton" onClick={effacerFiltres}>
            Effacer les filtres
          </button>
        </p>
      ) : null}
      <div class="autour__defilement">
        {pret && resultat.fiches.length ? (
          <ol class="autour__lignes">
            {resultat.fiches.map((f) => (
              <li key={f.i}>
                <LigneAutour f={f} />
              </li>
            ))}
          </ol>
        ) : null}
        {pret && resultat.fiches.length ? (
          <p class="autour__actions">
            {resultat.total > resultat.fiches.length ? (
              <button type="button" class="bouton" onClick={() => setN((x) => x + PAS_AUTOUR)}>
                Afficher {Math.min(PAS_AUTOUR, resultat.total - resultat.fiches.length)} initiatives de plus
              </button>
            ) : null}
            <button type="button" class="bouton bouton--discret" onClick={() => allerA({ bornes: bornesAutour(r, resultat.fiches), maxZoom: 14 })}>
              Montrer ces initiatives sur la carte
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}

function LigneAutour({ f }: { f: FicheAutour }) {
  versionTuiles.value; // re-render when the fiche's tile arrives
  const m = meta.value;
  const z = m?.tuileZoom ?? 8;
  const p = proprietesFiche(f.i, f.lng, f.lat, z);
  const colls = collectivites.value;
  const coll = colls && f.collectivite < colls.length ? colls[f.collectivite] : null;
  const commune = coll ? coll.nom + (coll.departement ? ` (${coll.departement})` : '') : (p?.commune ?? '');
  const axeNom = f.axe === AXE_INCONNU ? null : (m?.taxonomie.axes[f.axe]?.libelle ?? null);
  const distance = formatDistance(f.km);
  const ouvrir = async (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button === 1) return;
    e.preventDefault();
    const q = p ?? (await proprietesFicheAsync(f.i, f.lng, f.lat, z));
    if (q) ouvrirFiche(q.id, { i: f.i, voler: true });
  };
  const lngLat: [number, number] = [f.lng, f.lat];
  return (
    <a
      class="autour__ligne"
      href={p ? lienFiche(p.id) : '#'}
      data-km={f.km.toFixed(3)}
      onClick={(e) => void ouvrir(e)}
      onMouseEnter={() => (survol.value = { i: f.i, lngLat })}
      onMouseLeave={() => (survol.value = null)}
      onFocus={() => (survol.value = { i: f.i, lngLat })}
      onBlur={() => (survol.value = null)}
    >
      <span class="autour__distance">{distance}</span>
      <span class="autour__axe" style={{ background: f.axe === AXE_INCONNU ? NEUTRES.sansAxe : couleurAxe(f.axe) }} aria-hidden="true" />
      <span class="autour__texte">
        <span class="autour__nom">
          {p ? p.titre : <><span class="squelette autour__squelette" aria-hidden="true" /><span class="visuellement-cache">Titre en cours de chargement</span></>}
        </span>
        <span class="autour__meta">
          {[commune || null, f.annee ? String(f.annee) : null].filter(Boolean).join(' · ')}
          {axeNom ? <span class="visuellement-cache">. Axe : {axeNom}</span> : null}
        </span>
      </span>
    </a>
  );
}

/** The box of the point and of the listed fiches. */
function bornesAutour(r: { lng: number; lat: number }, fiches: readonly FicheAutour[]): BBox {
  const b: BBox = [r.lng, r.lat, r.lng, r.lat];
  for (const f of fiches) {
    b[0] = Math.min(b[0], f.lng);
    b[1] = Math.min(b[1], f.lat);
    b[2] = Math.max(b[2], f.lng);
    b[3] = Math.max(b[3], f.lat);
  }
  return b;
}
