/**
 * Nothing matches the filters: say so, and offer to drop the one filter that empties the result.
 * The worker counts, for every facet, what removing it alone would give (`totalSans`, see
 * src/core/facettes.ts), so each button tells how many initiatives it brings back; « Tout
 * effacer » always remains.
 */
import type { ComptesFacettes } from '../../core/facettes.ts';
import type { Facette, Filtres } from '../../core/filtres.ts';
import { comptesFacettes, effacerFiltres, etatRecherche, filtres, meta } from '../../state/etat.ts';
import { pucesFiltres } from '../filtres-actifs/FiltresActifs.tsx';
import { formatCompte } from '../format.ts';
import { libelles, type Libelles } from '../libelles.ts';

/** The keys of `Filtres` each facet is made of. */
export const CLES_FACETTE: Readonly<Record<Facette, readonly (keyof Filtres)[]>> = {
  thematique: ['axes', 'enjeux', 'usages', 'services'],
  territoire: ['regions', 'departements', 'collectivites'],
  annees: ['annees'],
  types: ['types'],
  strates: ['strates'],
  arobases: ['arobases'],
  texte: ['texte'],
  vue: ['vue'],
};

const NOMS: Record<Facette, string> = {
  thematique: 'le thème',
  territoire: 'le territoire',
  annees: 'les années',
  types: 'le type de collectivité',
  strates: 'la taille de la collectivité',
  arobases: 'le label',
  texte: 'la recherche',
  vue: '« Seulement la vue de la carte »',
};

/** The filters without one facet. */
export function sansFacette(f: Filtres, facette: Facette): Filtres {
  const g: Filtres = { ...f };
  for (const cle of CLES_FACETTE[facette]) delete g[cle];
  return g;
}

function active(f: Filtres, facette: Facette): boolean {
  return CLES_FACETTE[facette].some((cle) => {
    const v = f[cle];
    if (v === undefined || v === null) return false;
    if (typeof v === 'string') return v.trim() !== '';
    if (cle === 'annees') return (v as Filtres['annees'])?.some((x) => x !== null) ?? false;
    return cle === 'vue' || (v as readonly unknown[]).length > 0;
  });
}

export interface Issue {
  facette: Facette;
  /** What the button says: « Retirer la recherche « budget » ». */
  libelle: string;
  /** Initiatives matching once the facet is removed. */
  total: number;
}

/** The facets whose removal alone brings results back, the most fruitful first. */
export function issues(f: Filtres, c: ComptesFacettes, l: Libelles, texteFiltre: boolean): Issue[] {
  const puces = pucesFiltres(f, l);
  const r: Issue[] = [];
  for (const facette of Object.keys(CLES_FACETTE) as Facette[]) {
    if (!active(f, facette) || (facette === 'texte' && !texteFiltre)) continue;
    const total = c.totalSans[facette];
    if (!(total > 0)) continue;
    const cles = CLES_FACETTE[facette];
    const noms = puces.filter((p) => cles.includes(p.cle)).map((p) => p.texte);
    let libelle: string;
    if (facette === 'texte') libelle = `Retirer la recherche « ${f.texte?.trim() ?? ''} »`;
    else if (noms.length && noms.join(', ').length <= 60) libelle = `Retirer ${NOMS[facette]} (${noms.join(', ')})`;
    else libelle = `Retirer ${NOMS[facette]}`;
    r.push({ facette, libelle, total });
  }
  return r.sort((a, b) => b.total - a.total);
}

export function ResultatVide() {
  const f = filtres.value;
  const c = comptesFacettes.value;
  const recherche = etatRecherche.value;
  const q = f.texte?.trim() ?? '';
  const texteFiltre = q !== '' && !!recherche && !recherche.vide && !recherche.erreur;
  const choix = c ? issues(f, c, libelles.value, texteFiltre) : [];
  const autres = (Object.keys(CLES_FACETTE) as Facette[]).filter((x) => x !== 'texte' && active(f, x)).length;
  const titre = texteFiltre
    ? `Aucune initiative pour « ${q} »${autres ? ' avec ces filtres' : ''}.`
    : 'Aucune initiative ne correspond à ces filtres.';
  return (
    <div class="liste__vide liste__vide--filtres" role="status">
      <p>
        <strong>{titre}</strong>
      </p>
      {choix.length ? (
        <>
          <p>{choix.length > 1 ? 'Retirez un de ces filtres pour retrouver des initiatives :' : 'Retirez ce filtre pour retrouver des initiatives :'}</p>
          <ul class="liste__issues">
            {choix.map((x) => (
              <li key={x.facette}>
                <button type="button" class="bouton" data-retirer-facette={x.facette} onClick={() => (filtres.value = sansFacette(filtres.value, x.facette))}>
                  {x.libelle}
                  <span class="liste__issue-compte"> — {formatCompte(x.total, 'initiative')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Aucun filtre retiré seul ne suffit : élargissez plusieurs filtres, ou effacez-les tous.</p>
      )}
      {autres + (texteFiltre ? 1 : 0) > 1 || !choix.length ? (
        <button type="button" class="bouton bouton--primaire" data-retirer-facette="tout" onClick={effacerFiltres}>
          Tout effacer{meta.value ? ` (${formatCompte(meta.value.total, 'initiative')})` : ''}
        </button>
      ) : null}
    </div>
  );
}
