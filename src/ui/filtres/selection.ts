/**
 * What the filter tab (and the legend, and a fiche's themes) reads and does: the two trees, the
 * state of a node, the live counts, and the actions that change `filtres`.
 */
import { computed } from '@preact/signals';
import type { FacettesGlobales, TypeCollectivite } from '../../core/atlas-data.ts';
import type { Filtres } from '../../core/filtres.ts';
import { basculerFiltre, comptesFacettes, facettesGlobales, filtres, meta } from '../../state/etat.ts';
import { basculerNoeud, etatNoeud, type Arbre, type CleArbre, type EtatNoeud } from './arbre-selection.ts';
import { arbreTerritoire, arbreThematique } from './arbres.ts';

export const arbreTheme = computed<Arbre | null>(() => (meta.value ? arbreThematique(meta.value.taxonomie) : null));
export const arbreGeo = computed<Arbre | null>(() => (meta.value ? arbreTerritoire(meta.value) : null));

const arbreDe = (cle: CleArbre) => (cle === 'regions' || cle === 'departements' ? arbreGeo.value : arbreTheme.value);

/** State of a value of a tree as its checkbox shows it (a child of a selected parent is checked). */
export function etatValeur(f: Filtres, cle: CleArbre, code: string): EtatNoeud {
  const n = arbreDe(cle)?.trouver(cle, code);
  if (!n) return ((f[cle] as readonly string[] | undefined) ?? []).includes(code) ? 'coche' : 'vide';
  return etatNoeud(f, n);
}

/** Checks or unchecks a value of a tree; a code the tree does not know toggles as a plain value. */
export function basculerValeurArbre(cle: CleArbre, code: string): void {
  const a = arbreDe(cle);
  const n = a?.trouver(cle, code);
  if (!a || !n) {
    basculerFiltre(cle, code);
    return;
  }
  filtres.value = basculerNoeud(filtres.value, a, n);
}

export function basculerType(t: TypeCollectivite): void {
  const l = filtres.value.types ?? [];
  ecrire('types', l.includes(t) ? l.filter((x) => x !== t) : [...l, t]);
}

export function basculerArobases(n: number): void {
  const l = filtres.value.arobases ?? [];
  ecrire('arobases', l.includes(n) ? l.filter((x) => x !== n) : [...l, n].sort((a, b) => a - b));
}

export function choisirAnnees(annees: Filtres['annees'] | undefined): void {
  const f: Filtres = { ...filtres.value };
  if (annees) f.annees = annees;
  else delete f.annees;
  filtres.value = f;
}

function ecrire<K extends 'types' | 'arobases'>(cle: K, valeurs: NonNullable<Filtres[K]>): void {
  const f: Filtres = { ...filtres.value };
  if (valeurs.length) f[cle] = valeurs;
  else delete f[cle];
  filtres.value = f;
}

/** The counts the tab shows: the worker's for the current filters, or those of the whole atlas until then. */
export const comptesAffiches = computed<FacettesGlobales | null>(() => comptesFacettes.value ?? facettesGlobales.value);
/** Whether the counts shown are the live ones. */
export const comptesVivants = computed(() => comptesFacettes.value !== null);
