/**
 * The « Filtres » tab: how many initiatives match, « Tout effacer », then one collapsible section
 * per facet, every value with its live count.
 */
import './filtres.css';
import { aDesFiltres, compte, comptesFacettes, effacerFiltres, facettesGlobales } from '../../state/etat.ts';
import { formatCompte } from '../format.ts';
import { SectionAnnees } from './SectionAnnees.tsx';
import { SectionCollectivite } from './SectionCollectivite.tsx';
import { SectionTerritoire } from './SectionTerritoire.tsx';
import { SectionThematique } from './SectionThematique.tsx';

export function PanneauFiltres() {
  const total = comptesFacettes.value?.total ?? compte.value?.total ?? null;
  const enAttente = !comptesFacettes.value && !facettesGlobales.value;
  return (
    <div class="filtres" data-comptes={comptesFacettes.value ? 'vivants' : facettesGlobales.value ? 'globaux' : 'aucun'}>
      <div class="filtres__entete">
        <h2 class="filtres__total" id="filtres-total" aria-live="polite">
          {total === null ? 'Chargement…' : formatCompte(total, 'initiative')}
        </h2>
        <button type="button" class="filtres__effacer" onClick={effacerFiltres} disabled={!aDesFiltres.value}>
          Tout effacer
        </button>
      </div>
      <p class="filtres__note">
        {enAttente
          ? 'Chargement des nombres d’initiatives…'
          : 'Chaque nombre dit combien d’initiatives on obtiendrait en ajoutant ce choix. Au sein d’un filtre, les choix s’additionnent ; entre filtres, ils se combinent.'}
      </p>
      <SectionThematique />
      <SectionTerritoire />
      <SectionAnnees />
      <SectionCollectivite />
    </div>
  );
}
