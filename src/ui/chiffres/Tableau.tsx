/**
 * The selection as a sortable table, 50 rows a page (a real <table>: screen readers announce
 * rows and columns, the sort is in aria-sort). A row's title opens its fiche.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { couleurAxe } from '../../map/couleurs.ts';
import { ouvrirFiche } from '../../state/etat.ts';
import { formatNombre, texteArobases } from '../format.ts';
import { libelles } from '../libelles.ts';
import { lienFiche } from '../lien-fiche.ts';
import { trierLignes, type ColonneTri, type LigneChiffres, type Sens } from './lignes.ts';

export const PAR_PAGE = 50;

const COLONNES: { cle: ColonneTri; libelle: string; sens: Sens }[] = [
  { cle: 'titre', libelle: 'Titre', sens: 'croissant' },
  { cle: 'commune', libelle: 'Commune', sens: 'croissant' },
  { cle: 'departement', libelle: 'Département', sens: 'croissant' },
  { cle: 'region', libelle: 'Région', sens: 'croissant' },
  { cle: 'annee', libelle: 'Année', sens: 'decroissant' },
  { cle: 'enjeu', libelle: 'Axe / enjeu', sens: 'croissant' },
  { cle: 'arobases', libelle: 'Label', sens: 'decroissant' },
];

export function Tableau({ lignes, generation }: { lignes: readonly LigneChiffres[]; generation: number }) {
  const [tri, setTri] = useState<{ colonne: ColonneTri; sens: Sens }>({ colonne: 'annee', sens: 'decroissant' });
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [generation, tri]);
  const triees = useMemo(() => trierLignes(lignes, tri.colonne, tri.sens), [lignes, tri]);
  const pages = Math.max(1, Math.ceil(triees.length / PAR_PAGE));
  const p = Math.min(page, pages - 1);
  const debut = p * PAR_PAGE;
  const visibles = triees.slice(debut, debut + PAR_PAGE);
  const l = libelles.value;

  const trier = (c: (typeof COLONNES)[number]) =>
    setTri((t) => (t.colonne === c.cle ? { colonne: c.cle, sens: t.sens === 'croissant' ? 'decroissant' : 'croissant' } : { colonne: c.cle, sens: c.sens }));

  if (lignes.length === 0) return <p class="chiffres__vide">Aucune initiative ne correspond aux filtres.</p>;
  return (
    <div class="tableau-selection">
      <div class="tableau-selection__defilement" tabIndex={0} role="region" aria-labelledby="tableau-selection-legende">
        <table class="tableau-chiffres tableau-chiffres--selection">
          <caption id="tableau-selection-legende" class="visuellement-cache">
            Initiatives de la sélection, page {p + 1} sur {pages}, triées par {COLONNES.find((c) => c.cle === tri.colonne)?.libelle.toLowerCase()}
          </caption>
          <thead>
            <tr>
              {COLONNES.map((c) => {
                const actif = tri.colonne === c.cle;
                return (
                  <th key={c.cle} scope="col" class={`col-${c.cle}`} aria-sort={actif ? (tri.sens === 'croissant' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" class="tableau-chiffres__tri" onClick={() => trier(c)} data-tri={c.cle}>
                      {c.libelle}
                      <span class="tableau-chiffres__fleche" aria-hidden="true">
                        {actif ? (tri.sens === 'croissant' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visibles.map((ligne) => {
              const enjeu = ligne.enjeux[0];
              const axe = ligne.axes[0];
              const rangAxe = axe ? (l.axes.get(axe)?.rang ?? -1) : -1;
              return (
                <tr key={ligne.i} data-i={ligne.i}>
                  <td class="col-titre">
                    {ligne.id ? (
                      <a
                        href={lienFiche(ligne.id)}
                        onClick={(e) => {
                          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                          e.preventDefault();
                          ouvrirFiche(ligne.id, { i: ligne.i, voler: true });
                        }}
                      >
                        {ligne.titre || 'Initiative sans titre'}
                      </a>
                    ) : (
                      <span class="squelette tableau-chiffres__attente" aria-label="Chargement" />
                    )}
                  </td>
                  <td class="col-commune">{ligne.commune}</td>
                  <td class="col-departement">{ligne.departement ? `${ligne.departement} (${ligne.codeDepartement})` : '—'}</td>
                  <td class="col-region">{ligne.region || '—'}</td>
                  <td class="col-annee nombre">{ligne.annee || '—'}</td>
                  <td class="col-enjeu">
                    {enjeu ? (
                      <span class="tableau-chiffres__enjeu" title={ligne.enjeux.map((e) => `${e} ${l.enjeux.get(e) ?? ''}`).join('\n')}>
                        <span class="tableau-chiffres__pastille" style={{ background: rangAxe >= 0 ? couleurAxe(rangAxe) : '#8a929c' }} aria-hidden="true" />
                        {enjeu} {l.enjeux.get(enjeu) ?? ''}
                        {ligne.enjeux.length > 1 ? <span class="tableau-chiffres__plus"> +{ligne.enjeux.length - 1}</span> : null}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td class="col-arobases">
                    {ligne.arobases ? (
                      <span class="tableau-chiffres__arobases" aria-label={texteArobases(ligne.arobases)}>
                        {'@'.repeat(ligne.arobases)}
                      </span>
                    ) : (
                      <span class="tableau-chiffres__sans">sans</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav class="pagination" aria-label="Pages du tableau">
        <button type="button" class="bouton bouton--petit" onClick={() => setPage(0)} disabled={p === 0} aria-label="Première page">
          «
        </button>
        <button type="button" class="bouton bouton--petit" onClick={() => setPage(p - 1)} disabled={p === 0}>
          ‹ Précédente
        </button>
        <span class="pagination__etat" aria-live="polite">
          {formatNombre(debut + 1)}–{formatNombre(debut + visibles.length)} sur {formatNombre(triees.length)}
        </span>
        <button type="button" class="bouton bouton--petit" onClick={() => setPage(p + 1)} disabled={p >= pages - 1}>
          Suivante ›
        </button>
        <button type="button" class="bouton bouton--petit" onClick={() => setPage(pages - 1)} disabled={p >= pages - 1} aria-label="Dernière page">
          »
        </button>
      </nav>
    </div>
  );
}
