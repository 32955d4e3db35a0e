import './entete.css';
import { RechercheCommune } from '../recherche-commune/RechercheCommune.tsx';
import { AutourDeMoi } from '../autour-de-moi/AutourDeMoi.tsx';

export function Entete() {
  return (
    <header class="entete">
      <a class="entete__marque" href="./">
        <svg class="entete__logo" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="12" fill="none" stroke="#0072B2" stroke-width="6" />
          <path d="M16 4a12 12 0 0 1 12 12" fill="none" stroke="#D55E00" stroke-width="6" />
          <path d="M28 16a12 12 0 0 1-7 10.9" fill="none" stroke="#009E73" stroke-width="6" />
        </svg>
        <span class="entete__titre">Atlaas</span>
        <span class="entete__soustitre">
          <span class="visuellement-cache"> — </span>initiatives numériques des territoires
        </span>
      </a>
      <div class="entete__outils">
        <RechercheCommune />
        <AutourDeMoi />
      </div>
    </header>
  );
}
