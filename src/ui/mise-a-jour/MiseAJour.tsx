/**
 * « Une nouvelle version de l’atlas est disponible » once a new build's service worker is ready
 * (src/sw/enregistrer.ts). Reloading is the user's choice; the whole state is in the URL, so
 * nothing is lost. Dismissed, it stays away until the next visit (the new version applies then).
 */
import './mise-a-jour.css';
import { useState } from 'preact/hooks';
import { activerNouvelleVersion, nouvelleVersion } from '../../sw/enregistrer.ts';
import { IconeFermer } from '../icones.tsx';

export function MiseAJour() {
  const [ecartee, setEcartee] = useState(false);
  const [enCours, setEnCours] = useState(false);
  if (!nouvelleVersion.value || ecartee) return null;
  return (
    <div class="mise-a-jour" role="status">
      <p class="mise-a-jour__texte">Une nouvelle version de l’atlas est disponible.</p>
      <button
        type="button"
        class="mise-a-jour__recharger"
        disabled={enCours}
        onClick={() => {
          setEnCours(true);
          activerNouvelleVersion();
        }}
      >
        {enCours ? 'Mise à jour…' : 'Mettre à jour'}
      </button>
      <button type="button" class="mise-a-jour__fermer" aria-label="Plus tard" title="Plus tard" onClick={() => setEcartee(true)}>
        <IconeFermer />
      </button>
    </div>
  );
}
