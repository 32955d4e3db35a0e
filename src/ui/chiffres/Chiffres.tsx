/**
 * The « Chiffres » tab, for journalists: the current selection (filters and search) as a table
 * or as statistics, and its downloads. Its data is asked for only while the tab is open.
 */
import './chiffres.css';
import { useEffect, useMemo } from 'preact/hooks';
import { tablesFiltres } from '../../core/filtres.ts';
import { collectivites, compte, filtres, meta } from '../../state/etat.ts';
import { FiltresActifs } from '../filtres-actifs/FiltresActifs.tsx';
import { formatCompte } from '../format.ts';
import { brancherChiffres, erreurChiffres, proprietes, selection, statistiques, vueChiffres, type VueChiffres } from './etat-chiffres.ts';
import { lignesSelection } from './lignes.ts';
import { nomFichier } from './noms.ts';
import { Statistiques } from './Statistiques.tsx';
import { Tableau } from './Tableau.tsx';
import { Telechargements } from './Telechargements.tsx';

const VUES: { vue: VueChiffres; libelle: string }[] = [
  { vue: 'tableau', libelle: 'Tableau' },
  { vue: 'statistiques', libelle: 'Statistiques' },
];

export function Chiffres() {
  useEffect(() => brancherChiffres(), []);
  const m = meta.value;
  const sel = selection.value;
  const props = proprietes.value;
  const colls = collectivites.value;
  const tables = useMemo(() => (m ? tablesFiltres(m) : null), [m]);
  const generation = compte.value?.generation;
  const aJour = sel !== null && sel.generation === generation;
  const lignes = useMemo(
    () => (m && tables && sel && props && colls ? lignesSelection(sel.colonnes, m, tables, props, colls) : null),
    [m, tables, sel, props, colls],
  );
  const stats = statistiques.value;
  const vue = vueChiffres.value;
  const nomPng = (quoi: string) => nomFichier(`graphique-${quoi}`, filtres.value, 'png');

  return (
    <div class="chiffres" aria-busy={!aJour}>
      <div class="chiffres__entete">
        <h2 class="chiffres__titre" id="chiffres-titre" aria-live="polite">
          {compte.value ? `${formatCompte(compte.value.total, 'initiative')} dans la sélection` : 'Chargement…'}
        </h2>
        <div class="chiffres__vues" role="group" aria-label="Présentation">
          {VUES.map((v) => (
            <button key={v.vue} type="button" class="chiffres__vue" aria-pressed={vue === v.vue} onClick={() => (vueChiffres.value = v.vue)} data-vue={v.vue}>
              {v.libelle}
            </button>
          ))}
        </div>
      </div>
      <FiltresActifs />
      <Telechargements lignes={aJour && lignes ? lignes : null} />
      {erreurChiffres.value ? (
        <p class="chiffres__erreur" role="alert">
          {erreurChiffres.value}
        </p>
      ) : null}
      <div class="chiffres__corps">
        {!m ? null : vue === 'tableau' ? (
          lignes && sel ? (
            <Tableau lignes={lignes} generation={sel.generation} />
          ) : (
            <p class="chiffres__attente-texte" role="status">
              Chargement du tableau…
            </p>
          )
        ) : stats ? (
          <Statistiques meta={m} s={stats.statistiques} nomPng={nomPng} />
        ) : (
          <p class="chiffres__attente-texte" role="status">
            Calcul des statistiques…
          </p>
        )}
      </div>
    </div>
  );
}
