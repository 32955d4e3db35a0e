/**
 * A selection in a tree of filter values (axe > enjeu > usage > service, region > département),
 * written in `Filtres` as one list of codes per level. Pure.
 *
 * A selected node stands for everything under it, so the lists are kept normalised: no node and
 * one of its ancestors together, and a parent whose children are all selected replaces them.
 *   check a node       its descendants leave the lists, it joins; complete siblings collapse upward
 *   uncheck a node     itself if it is selected; else its selected ancestor is replaced by the
 *                      siblings along the path down to it (every other child stays checked)
 * Codes that the tree does not know (an older URL) are kept as they are.
 */
import type { Filtres } from '../../core/filtres.ts';

export type CleArbre = 'axes' | 'enjeux' | 'usages' | 'services' | 'regions' | 'departements';

export interface Noeud {
  cle: CleArbre;
  code: string;
  parent: Noeud | null;
  enfants: Noeud[];
}

export interface Arbre {
  racines: Noeud[];
  /** The levels, from the top. */
  cles: readonly CleArbre[];
  trouver(cle: CleArbre, code: string): Noeud | undefined;
}

export type EtatNoeud = 'coche' | 'partiel' | 'vide';

/** Input of `creerArbre`: a node and its children, by code. */
export interface DescriptionNoeud {
  cle: CleArbre;
  code: string;
  enfants?: DescriptionNoeud[];
}

export function creerArbre(cles: readonly CleArbre[], description: readonly DescriptionNoeud[]): Arbre {
  const index = new Map<string, Noeud>();
  const construire = (d: DescriptionNoeud, parent: Noeud | null): Noeud => {
    const n: Noeud = { cle: d.cle, code: d.code, parent, enfants: [] };
    if (!index.has(`${d.cle}:${d.code}`)) index.set(`${d.cle}:${d.code}`, n);
    n.enfants = (d.enfants ?? []).map((e) => construire(e, n));
    return n;
  };
  const racines = description.map((d) => construire(d, null));
  return { racines, cles, trouver: (cle, code) => index.get(`${cle}:${code}`) };
}

/** The selected codes of each level, as a mutable working copy. */
class Choix {
  private listes = new Map<CleArbre, string[]>();
  constructor(
    f: Filtres,
    private readonly cles: readonly CleArbre[],
  ) {
    for (const c of cles) this.listes.set(c, [...((f[c] as readonly string[] | undefined) ?? [])]);
  }
  a(n: Noeud): boolean {
    return this.listes.get(n.cle)?.includes(n.code) ?? false;
  }
  ajouter(n: Noeud): void {
    const l = this.listes.get(n.cle);
    if (l && !l.includes(n.code)) l.push(n.code);
  }
  retirer(n: Noeud): void {
    const l = this.listes.get(n.cle);
    if (l) this.listes.set(n.cle, l.filter((c) => c !== n.code));
  }
  ecrire(f: Filtres): Filtres {
    const r: Filtres = { ...f };
    for (const c of this.cles) {
      const l = this.listes.get(c) ?? [];
      if (l.length) r[c] = l;
      else delete r[c];
    }
    return r;
  }
}

function choisi(f: Filtres, n: Noeud): boolean {
  return ((f[n.cle] as readonly string[] | undefined) ?? []).includes(n.code);
}

function descendantChoisi(f: Filtres, n: Noeud): boolean {
  return n.enfants.some((e) => choisi(f, e) || descendantChoisi(f, e));
}

/** Selected itself, or all its children are (a selection that is not in normal form). */
function complet(f: Filtres, n: Noeud): boolean {
  return choisi(f, n) || (n.enfants.length > 0 && n.enfants.every((e) => complet(f, e)));
}

/** Checked (itself, an ancestor or all its children selected), partly (something under it selected) or not. */
export function etatNoeud(f: Filtres, n: Noeud): EtatNoeud {
  for (let a: Noeud | null = n.parent; a; a = a.parent) if (choisi(f, a)) return 'coche';
  if (complet(f, n)) return 'coche';
  return descendantChoisi(f, n) ? 'partiel' : 'vide';
}

function retirerSous(c: Choix, n: Noeud): void {
  for (const e of n.enfants) {
    c.retirer(e);
    retirerSous(c, e);
  }
}

/** Replaces complete sets of selected children by their parent, from the leaves up. */
function regrouper(c: Choix, n: Noeud): void {
  for (const e of n.enfants) regrouper(c, e);
  if (n.enfants.length > 0 && !c.a(n) && n.enfants.every((e) => c.a(e))) {
    for (const e of n.enfants) c.retirer(e);
    c.ajouter(n);
  }
}

function elaguer(c: Choix, n: Noeud, sousChoisi: boolean): void {
  if (sousChoisi) c.retirer(n);
  const choisiIci = sousChoisi || c.a(n);
  for (const e of n.enfants) elaguer(c, e, choisiIci);
}

function normaliserChoix(c: Choix, arbre: Arbre): void {
  for (const r of arbre.racines) elaguer(c, r, false);
  for (const r of arbre.racines) regrouper(c, r);
}

/** The same selection in normal form (see the header). */
export function normaliserSelection(f: Filtres, arbre: Arbre): Filtres {
  const c = new Choix(f, arbre.cles);
  normaliserChoix(c, arbre);
  return c.ecrire(f);
}

/** Checks or unchecks a node, as a click on its checkbox does. */
export function basculerNoeud(f: Filtres, arbre: Arbre, n: Noeud): Filtres {
  const c = new Choix(f, arbre.cles);
  normaliserChoix(c, arbre);
  let ancetre: Noeud | null = n;
  while (ancetre && !c.a(ancetre)) ancetre = ancetre.parent;
  if (ancetre === null) {
    retirerSous(c, n);
    c.ajouter(n);
    for (const r of arbre.racines) regrouper(c, r);
  } else {
    c.retirer(ancetre);
    // Down the path from the selected ancestor to the node: every other child stays selected.
    const chemin: Noeud[] = [];
    for (let x: Noeud | null = n; x && x !== ancetre; x = x.parent) chemin.unshift(x);
    let haut = ancetre;
    for (const bas of chemin) {
      for (const e of haut.enfants) if (e !== bas) c.ajouter(e);
      haut = bas;
    }
  }
  return c.ecrire(f);
}
