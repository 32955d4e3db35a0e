/** Statistics of the current selection: the choropleth, then bars by axe, enjeu, year, strate and label. */
import type { AtlasMeta } from '../../core/atlas-data.ts';
import type { StatistiquesSelection } from '../../core/statistiques.ts';
import { couleurAxe } from '../../map/couleurs.ts';
import { formatCompte, formatNombre } from '../format.ts';
import { BarresHorizontales, Colonnes, type Barre } from './Barres.tsx';
import { Choroplethe } from './Choroplethe.tsx';
import { FigureChiffres, type LigneTableau } from './FigureChiffres.tsx';

const pourcent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const COULEUR_UNIE = '#1f4fd1';

function tableDe(barres: Barre[], total: number): LigneTableau[] {
  return barres.map((b) => ({ cle: b.cle, libelle: b.libelle, valeurs: [formatNombre(b.valeur), total ? pourcent.format(b.valeur / total) : '—'] }));
}

export function Statistiques({ meta, s, nomPng }: { meta: AtlasMeta; s: StatistiquesSelection; nomPng: (quoi: string) => string }) {
  const axes: Barre[] = meta.taxonomie.axes.map((a, k) => ({ cle: a.code, libelle: `${a.code}. ${a.libelle}`, valeur: s.axes[a.code] ?? 0, couleur: couleurAxe(k) }));
  const enjeux: Barre[] = meta.taxonomie.axes.flatMap((a, k) =>
    a.enjeux.map((e) => ({ cle: e.code, libelle: `${e.code} ${e.libelle}`, valeur: s.enjeux[e.code] ?? 0, couleur: couleurAxe(k), retrait: true })),
  );
  const annees: Barre[] = [];
  if (meta.annees) for (let a = meta.annees[0]; a <= meta.annees[1]; a++) annees.push({ cle: String(a), libelle: String(a), valeur: s.annees[String(a)] ?? 0, couleur: COULEUR_UNIE });
  const strates: Barre[] = meta.strates.map((st) => ({ cle: st.code, libelle: st.libelle, valeur: s.strates[st.code] ?? 0, couleur: COULEUR_UNIE }));
  const labels: Barre[] = [0, 1, 2, 3, 4, 5].map((n) => ({
    cle: String(n),
    libelle: n === 0 ? 'Sans label' : `${n} arobase${n > 1 ? 's' : ''} (${'@'.repeat(n)})`,
    valeur: s.arobases[String(n)] ?? 0,
    couleur: COULEUR_UNIE,
  }));
  const colonnes = (quoi: string) => [quoi, 'Initiatives', 'Part de la sélection'];

  return (
    <div class="statistiques">
      {s.inconnus.regions ? (
        <p class="statistiques__resume">{formatCompte(s.inconnus.regions, 'initiative')} de la sélection sans région connue (hors carte).</p>
      ) : null}
      <Choroplethe meta={meta} regions={s.regions} departements={s.departements} nomPng={nomPng} />
      <FigureChiffres id="chiffres-axes" titre="Initiatives par axe" colonnes={colonnes('Axe')} lignes={tableDe(axes, s.total)} nomPng={nomPng('axes')}>
        <BarresHorizontales barres={axes} titre="Initiatives par axe. Le tableau donne les valeurs." libelles={40} />
      </FigureChiffres>
      <FigureChiffres id="chiffres-enjeux" titre="Initiatives par enjeu" colonnes={colonnes('Enjeu')} lignes={tableDe(enjeux, s.total)} nomPng={nomPng('enjeux')}>
        <p class="figure-chiffres__note">Une initiative compte dans chacun de ses enjeux : la somme peut dépasser le total.</p>
        <BarresHorizontales barres={enjeux} titre="Initiatives par enjeu. Le tableau donne les valeurs." libelles={40} />
      </FigureChiffres>
      <FigureChiffres id="chiffres-annees" titre="Initiatives par année de publication" colonnes={colonnes('Année')} lignes={tableDe(annees, s.total)} nomPng={nomPng('annees')}>
        {s.inconnus.annees ? <p class="figure-chiffres__note">{formatCompte(s.inconnus.annees, 'initiative')} sans date.</p> : null}
        <Colonnes barres={annees} titre="Initiatives par année. Le tableau donne les valeurs." couleur={COULEUR_UNIE} />
      </FigureChiffres>
      <FigureChiffres id="chiffres-strates" titre="Initiatives par taille de collectivité" colonnes={colonnes('Strate de population')} lignes={tableDe(strates, s.total)} nomPng={nomPng('strates')}>
        {s.inconnus.strates ? <p class="figure-chiffres__note">{formatCompte(s.inconnus.strates, 'initiative')} d’une collectivité sans population connue.</p> : null}
        <BarresHorizontales barres={strates} titre="Initiatives par strate de population. Le tableau donne les valeurs." />
      </FigureChiffres>
      <FigureChiffres id="chiffres-labels" titre="Initiatives par niveau de label" colonnes={colonnes('Label')} lignes={tableDe(labels, s.total)} nomPng={nomPng('labels')}>
        <BarresHorizontales barres={labels} titre="Initiatives par niveau de label. Le tableau donne les valeurs." />
      </FigureChiffres>
    </div>
  );
}
