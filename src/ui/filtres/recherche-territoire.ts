/**
 * The filter-as-you-type of the territory tree: case, accents and hyphens folded, a code matches
 * by its start (« 2 » finds 2A, 2B), a name by any of its words' starts (« loire » finds
 * Haute-Loire, « hte » does not). Pure.
 */
import { foldTexte } from '../../core/texte.ts';
import type { Noeud } from './arbre-selection.ts';

export interface VisiblesTerritoire {
  visibles: Set<Noeud>;
  /** Regions shown open because one of their départements matches. */
  ouverts: Set<Noeud>;
}

export function correspond(requete: string, nom: string, code: string): boolean {
  const q = foldTexte(requete);
  if (q === '') return true;
  if (code.toLowerCase().startsWith(q)) return true;
  const n = foldTexte(nom);
  return n.startsWith(q) || n.includes(' ' + q);
}

/** null when the query is empty (everything shown, nothing forced open). */
export function filtrerTerritoire(racines: readonly Noeud[], nom: (n: Noeud) => string, requete: string): VisiblesTerritoire | null {
  if (foldTexte(requete) === '') return null;
  const visibles = new Set<Noeud>();
  const ouverts = new Set<Noeud>();
  for (const r of racines) {
    const regionOk = correspond(requete, nom(r), r.cle === 'regions' ? '' : r.code);
    const enfants = r.enfants.filter((d) => correspond(requete, nom(d), d.code));
    if (regionOk) {
      visibles.add(r);
      for (const d of r.enfants) visibles.add(d);
    }
    if (enfants.length) {
      visibles.add(r);
      ouverts.add(r);
      for (const d of enfants) visibles.add(d);
    }
  }
  return { visibles, ouverts };
}
