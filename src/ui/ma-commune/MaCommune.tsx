/**
 * The « Ma commune » tab: pick a commune or territoire, see its profile, its peers (also on the
 * map), what the peers do that it does not, and compare up to four side by side.
 */
import './ma-commune.css';
import { useEffect } from 'preact/hooks';
import { bornesLabels } from '../../core/pairs/historique.ts';
import { meta } from '../../state/etat.ts';
import { demarrerMaCommune, erreurDonneesPairs, profilChoisi, profilsCompares } from '../../state/ma-commune-donnees.ts';
import { choisirCommune, communeChoisie } from '../../state/ma-commune.ts';
import { ChoixCommune } from './ChoixCommune.tsx';
import { Comparaison } from './Comparaison.tsx';
import { IdeesPairs } from './IdeesPairs.tsx';
import { ListePairs } from './ListePairs.tsx';
import { Profil } from './Profil.tsx';

export function MaCommune() {
  useEffect(() => void demarrerMaCommune(), []);
  const p = profilChoisi.value;
  const profil = p && typeof p !== 'string' ? p : null;
  const compares = profilsCompares.value;
  const m = meta.value;
  const bornes = profil ? bornesLabels([profil.labels, ...compares.map((c) => c.labels)], m?.anneeLabel ?? null) : null;
  const [debut, fin] = bornes ?? [0, -1];
  return (
    <div class="ma-commune">
      <ChoixCommune nomActuel={profil?.nom ?? null} />
      {erreurDonneesPairs.value ? (
        <p class="ma-commune__alerte" role="alert">
          {erreurDonneesPairs.value}
        </p>
      ) : null}
      {p === null ? (
        <div class="ma-commune__accueil">
          <h2 class="ma-commune__titre">Votre collectivité et ses pairs</h2>
          <p>
            Choisissez une commune ou une intercommunalité pour voir son profil, ses initiatives, les collectivités qui lui ressemblent — taille, distance, label, enjeux — et ce
            qu’elles font qu’elle ne fait pas encore.
          </p>
        </div>
      ) : p === 'chargement' ? (
        <p class="ma-commune__note" role="status">
          Chargement du profil…
        </p>
      ) : p === 'inconnue' ? (
        <div class="ma-commune__note" role="status">
          <p>Aucune commune ni territoire ne correspond au code {communeChoisie.value}.</p>
          <button type="button" class="bouton" onClick={() => choisirCommune(null)}>
            Effacer
          </button>
        </div>
      ) : profil ? (
        <>
          <Profil p={profil} debut={debut} fin={fin} />
          <ListePairs nom={profil.nom} />
          <Comparaison profils={[profil, ...compares]} debut={debut} fin={fin} />
          <IdeesPairs nom={profil.nom} aDesEnjeux={profil.enjeux.size > 0} />
        </>
      ) : null}
    </div>
  );
}
