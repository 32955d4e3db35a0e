/** Sources and licences, and the open data download. */
import './credits.css';
import { urlDonnee } from '../../data/adresse.ts';
import { meta } from '../../state/etat.ts';
import { IconeTelecharger } from '../icones.tsx';

export const TEXTE_CREDITS = 'Données : Villes Internet (fiches), INSEE / IGN via Etalab — Licence Ouverte ; GeoNames CC-BY ; Natural Earth';

export function Credits() {
  const m = meta.value;
  const fichier = m?.fichiers.initiatives ?? 'initiatives.geojson';
  const genere = m ? new Date(m.genere) : null;
  return (
    <footer class="credits">
      <a class="credits__telecharger" href={urlDonnee(fichier)} download>
        <IconeTelecharger /> Télécharger les initiatives (GeoJSON, données ouvertes)
      </a>
      <p class="credits__texte">
        {TEXTE_CREDITS}.
        {genere && !Number.isNaN(genere.getTime()) ? ` Mise à jour : ${genere.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}.` : ''}
      </p>
    </footer>
  );
}
