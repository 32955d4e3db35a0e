/** Territoire: regions and their départements (with a filter-as-you-type), or the map's view only. */
import { useState } from 'preact/hooks';
import { bbox, carteDisponible, comptesFacettes, filtres } from '../../state/etat.ts';
import { formatCompte } from '../format.ts';
import { libelles } from '../libelles.ts';
import type { Noeud } from './arbre-selection.ts';
import { ArbreValeurs } from './ArbreValeurs.tsx';
import { filtrerTerritoire } from './recherche-territoire.ts';
import { resumeChoix } from './resume.ts';
import { Section } from './Section.tsx';
import { arbreGeo, comptesAffiches } from './selection.ts';
import { basculerSeulementVue } from './suivi-vue.ts';

export function SectionTerritoire() {
  const [requete, setRequete] = useState('');
  const arbre = arbreGeo.value;
  if (!arbre) return null;
  const l = libelles.value;
  const f = filtres.value;
  const nom = (n: Noeud) => (n.cle === 'regions' ? (l.regions.get(n.code) ?? `Région ${n.code}`) : `${l.departements.get(n.code) ?? 'Département'} (${n.code})`);
  const trouves = filtrerTerritoire(arbre.racines, nom, requete);
  const choisis = (f.regions?.length ?? 0) + (f.departements?.length ?? 0) + (f.vue ? 1 : 0);
  const sansCarte = carteDisponible.value === false || !bbox.value;
  const vivants = comptesFacettes.value;
  return (
    <Section id="filtres-territoire" titre="Territoire" resume={resumeChoix(choisis)}>
      <div class="filtres__vue">
        <input
          type="checkbox"
          role="switch"
          id="filtre-vue"
          class="filtres__interrupteur"
          data-facette="vue:carte"
          checked={!!f.vue}
          disabled={sansCarte && !f.vue}
          onChange={basculerSeulementVue}
          aria-describedby="filtre-vue-aide"
        />
        <label for="filtre-vue">Seulement la vue de la carte</label>
        <p id="filtre-vue-aide" class="filtres__aide">
          {f.vue && vivants
            ? `${formatCompte(vivants.total, 'initiative')} dans la vue, sur ${formatCompte(vivants.totalSansVue, 'initiative')} avec les autres filtres ; suit la carte quand elle bouge.`
            : sansCarte
              ? 'Indisponible sans la carte.'
              : 'Ne garder que les initiatives de la zone affichée ; le filtre suit la carte quand elle bouge.'}
        </p>
      </div>
      <div class="filtres__recherche">
        <label for="filtre-territoire-q">Chercher une région ou un département</label>
        <input
          id="filtre-territoire-q"
          type="search"
          value={requete}
          placeholder="Nom ou numéro, ex. « Hérault », « 34 »"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setRequete((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {trouves && trouves.visibles.size === 0 ? (
        <p class="filtres__aide" role="status">
          Aucune région ni aucun département ne correspond à « {requete.trim()} ».
        </p>
      ) : (
        <ArbreValeurs
          noeuds={arbre.racines}
          libelle={nom}
          comptes={comptesAffiches.value}
          visibles={trouves?.visibles}
          ouverts={trouves?.ouverts}
          etiquette="Régions et départements"
        />
      )}
    </Section>
  );
}
