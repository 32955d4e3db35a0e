/** « Communes comparables »: the ranked peers, each with its reasons, a score and a compare box. */
import { DEMI_DISTANCE_KM, POIDS_SIMILARITE, RAPPORT_TAILLE_NUL, REGLAGES_PAIRS_DEFAUT } from '../../core/pairs/similarite.ts';
import { allerA } from '../../state/etat.ts';
import { pairs } from '../../state/ma-commune-donnees.ts';
import { basculerComparee, changerReglages, comparees, reglagesPairs } from '../../state/ma-commune.ts';
import { COMPARES_MAX } from '../../state/url-pairs.ts';
import { formatNombre } from '../format.ts';
import { libelles } from '../libelles.ts';
import { ReglagesPairs } from './ReglagesPairs.tsx';

const pourcent = (x: number) => `${Math.round(x * 100)}\u00a0%`;

export function ListePairs({ nom }: { nom: string }) {
  const l = pairs.value;
  const choisies = comparees.value;
  const plein = choisies.length >= COMPARES_MAX;
  const r = reglagesPairs.value;
  return (
    <section class="ma-commune__section" aria-labelledby="pairs-titre">
      <h2 id="pairs-titre" class="ma-commune__titre">
        Communes comparables
      </h2>
      <ReglagesPairs />
      {l.length === 0 ? (
        <div class="ma-commune__note" role="status">
          <p>Aucune collectivité comparable à {nom} avec ces critères.</p>
          {r.portee !== 'france' ? (
            <button type="button" class="bouton" onClick={() => changerReglages({ portee: r.portee === 'rayon' || r.portee === 'departement' ? 'region' : 'france' })}>
              Chercher plus loin
            </button>
          ) : r.memeStrate ? (
            <button type="button" class="bouton" onClick={() => changerReglages({ memeStrate: false })}>
              Élargir aux strates voisines
            </button>
          ) : null}
        </div>
      ) : (
        <ol class="pairs">
          {l.map((p, k) => {
            const coche = choisies.includes(p.profil.code);
            const idCase = `comparer-${p.profil.code}`;
            return (
              <li key={p.profil.code} class="pairs__pair">
                <span class="pairs__rang" aria-hidden="true">
                  {k + 1}
                </span>
                <div class="pairs__corps">
                  <div class="pairs__entete">
                    <button
                      type="button"
                      class="pairs__nom"
                      title="Centrer la carte sur cette collectivité"
                      onClick={() => p.profil.lng !== null && p.profil.lat !== null && allerA({ lng: p.profil.lng, lat: p.profil.lat, zoom: 11 })}
                    >
                      {p.profil.nom}
                    </button>
                    <span class="pairs__score" title="Score de similarité sur 100">
                      {formatNombre(Math.round(p.score))}
                      <span class="pairs__sur"> /100</span>
                    </span>
                  </div>
                  <p class="pairs__info">
                    {[
                      p.profil.departement ? `${libelles.value.departements.get(p.profil.departement) ?? ''} (${p.profil.departement})` : null,
                      p.profil.population !== null ? `${formatNombre(p.profil.population)} hab.` : null,
                      `${formatNombre(p.profil.nbFiches)} initiative${p.profil.nbFiches > 1 ? 's' : ''}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p class="pairs__raisons">{p.raisons.join(', ')}</p>
                  <label class="pairs__comparer" for={idCase}>
                    <input id={idCase} type="checkbox" checked={coche} disabled={!coche && plein} onChange={() => basculerComparee(p.profil.code)} />
                    Comparer<span class="visuellement-cache"> {p.profil.nom}</span>
                  </label>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <details class="pairs__methode">
        <summary>Comment ces collectivités sont-elles choisies ?</summary>
        <p>
          Seules comptent les collectivités de même nature (communes entre elles, territoires entre eux), dans la zone choisie, et de taille comparable : même strate, ou
          population à ×{REGLAGES_PAIRS_DEFAUT.facteurPopulation} près quand la case est décochée.
        </p>
        <p>Leur score sur 100 est la moyenne pondérée de quatre ressemblances :</p>
        <ul>
          <li>
            taille ({pourcent(POIDS_SIMILARITE.taille)}) : maximale à population égale, nulle à un rapport de {RAPPORT_TAILLE_NUL} ;
          </li>
          <li>
            distance ({pourcent(POIDS_SIMILARITE.distance)}) : divisée par deux tous les {DEMI_DISTANCE_KM} km ;
          </li>
          <li>enjeux ({pourcent(POIDS_SIMILARITE.enjeux)}) : part des enjeux couverts par l’une ou l’autre qui le sont par les deux ;</li>
          <li>label ({pourcent(POIDS_SIMILARITE.label)}) : écart entre les niveaux du dernier label.</li>
        </ul>
        <p>Une ressemblance impossible à calculer (aucune initiative encore, population inconnue) est laissée de côté.</p>
      </details>
    </section>
  );
}
