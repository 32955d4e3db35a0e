/**
 * A tree of facet values (thématique, territoire): each node a checkbox with its count, and a
 * button to show or hide its children. `ouverts` lets a parent force nodes open (a search).
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CompteurFacette } from '../../core/atlas-data.ts';
import { filtres } from '../../state/etat.ts';
import type { CleArbre, Noeud } from './arbre-selection.ts';
import { basculerValeurArbre, etatValeur } from './selection.ts';
import { Valeur } from './Valeur.tsx';

export interface PropsArbre {
  noeuds: readonly Noeud[];
  libelle: (n: Noeud) => string;
  /** Shown before the label (the colour of an axe). */
  avant?: (n: Noeud) => ComponentChildren;
  comptes: Partial<Record<CleArbre, CompteurFacette>> | null;
  /** Nodes to show (all when absent). */
  visibles?: ReadonlySet<Noeud> | null;
  /** Nodes whose children are shown whatever their own button says. */
  ouverts?: ReadonlySet<Noeud> | null;
  /** Accessible name of the top list. */
  etiquette: string;
}

export function ArbreValeurs(p: PropsArbre) {
  return (
    <ul class="arbre" aria-label={p.etiquette}>
      {p.noeuds.map((n) => (!p.visibles || p.visibles.has(n) ? <Branche key={n.cle + n.code} n={n} p={p} /> : null))}
    </ul>
  );
}

function Branche({ n, p }: { n: Noeud; p: PropsArbre }) {
  const [ouvert, setOuvert] = useState(false);
  const f = filtres.value;
  const force = p.ouverts?.has(n) ?? false;
  const deplie = ouvert || force;
  const compte = p.comptes?.[n.cle]?.[n.code];
  const idEnfants = `arbre-${n.cle}-${n.code.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const libelle = p.libelle(n);
  return (
    <li class={'arbre__noeud arbre__noeud--' + n.cle}>
      <div class="arbre__ligne">
        {n.enfants.length ? (
          <button
            type="button"
            class="arbre__deplier"
            aria-expanded={deplie}
            aria-controls={idEnfants}
            disabled={force}
            onClick={() => setOuvert(!ouvert)}
          >
            <span aria-hidden="true">{deplie ? '▾' : '▸'}</span>
            <span class="visuellement-cache">
              {deplie ? 'Masquer' : 'Afficher'} le détail de « {libelle} »
            </span>
          </button>
        ) : (
          <span class="arbre__feuille" aria-hidden="true" />
        )}
        <Valeur
          facette={`${n.cle}:${n.code}`}
          libelle={
            <>
              {p.avant?.(n)}
              {libelle}
            </>
          }
          n={compte ?? (p.comptes ? 0 : null)}
          etat={etatValeur(f, n.cle, n.code)}
          onChange={() => basculerValeurArbre(n.cle, n.code)}
        />
      </div>
      {n.enfants.length ? (
        <ul class="arbre__enfants" id={idEnfants} hidden={!deplie}>
          {n.enfants.map((e) => (!p.visibles || p.visibles.has(e) ? <Branche key={e.cle + e.code} n={e} p={p} /> : null))}
        </ul>
      ) : null}
    </li>
  );
}
