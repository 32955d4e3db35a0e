/**
 * The app's state as signals (components read `.value` in JSX, so only they re-render) and the
 * actions that change it. URL ↔ state lives in synchro-url.ts, data and worker in atlas.ts.
 */
import { computed, signal } from '@preact/signals';
import type { AtlasMeta, Collectivite, FacettesGlobales, PremiersClusters } from '../core/atlas-data.ts';
import type { ComptesFacettes } from '../core/facettes.ts';
import { filtresActifs, type Filtres } from '../core/filtres.ts';
import type { BBox, Compte, EtatRecherche, ListeVue, Tri } from '../worker/messages.ts';
import type { Onglet, Panneau, Vue } from './url.ts';

export type Statut = 'chargement' | 'pret' | 'erreur';
/** Bottom sheet on phones: collapsed (a handle and the count), half, full. */
export type Feuille = 'replie' | 'mi' | 'plein';

export const statut = signal<Statut>('chargement');
export const erreur = signal<string | null>(null);
export const meta = signal<AtlasMeta | null>(null);
/** The unfiltered clusters of the first zooms from atlas.json, as soon as it is in (before `meta`, which waits for the worker). */
export const premiersClusters = signal<PremiersClusters | null>(null);
export const collectivites = signal<Collectivite[] | null>(null);

/** null until known; false when WebGL is missing or the map failed: the list then shows everything. */
export const carteDisponible = signal<boolean | null>(null);
export const messageCarte = signal<string | null>(null);

/** The map's current view and its bbox (set by the map on moveend). */
export const vue = signal<Vue | null>(null);
export const bbox = signal<BBox | null>(null);

export const ficheId = signal<string | null>(null);
/** Index in points.bin of the open fiche, once known. */
export const ficheIndice = signal<number | null>(null);
export const panneau = signal<Panneau>('liste');
/** What the panel shows: the list, the filters, a commune and its peers, the figures of the selection. */
export const onglet = signal<Onglet>('liste');
/** « Chiffres »: the table or the statistics and charts (`chiffres=statistiques`). */
export const vueChiffres = signal<'tableau' | 'statistiques'>('tableau');
export const feuille = signal<Feuille>('mi');
export const tri = signal<Tri>('pertinence');
export const filtres = signal<Filtres>({});
export const modeTest = signal(false);

export const compte = signal<Compte | null>(null);
/** Counts of every facet value for the current filters (from the worker), null before the first answer. */
export const comptesFacettes = signal<ComptesFacettes | null>(null);
/** Counts over all fiches (facettes.json), shown until the worker's first answer. */
export const facettesGlobales = signal<FacettesGlobales | null>(null);
export const liste = signal<ListeVue | null>(null);
/**
 * The full-text query as the worker resolved it (matched words for highlighting, `vide`, an
 * error), null without a query; a new object with every filter answer.
 */
export const etatRecherche = signal<EtatRecherche | null>(null);
/** Fiche highlighted on the map (hovered or focused in a list). */
export const survol = signal<{ i: number; lngLat: [number, number] } | null>(null);

export const aDesFiltres = computed(() => filtresActifs(filtres.value));

/** A request for the map to move; `n` makes two identical requests distinct. */
export type Cible = ({ lng: number; lat: number; zoom?: number } | { bornes: BBox; maxZoom?: number }) & { n?: number };
export const cibleCarte = signal<Cible | null>(null);
let nCible = 0;

export function allerA(cible: Cible): void {
  cibleCarte.value = { ...cible, n: ++nCible };
}

/** A place to mark on the map: the town picked in the search, or the user's position. */
export const repere = signal<{ lng: number; lat: number; nom: string } | null>(null);

/** How the fiche was opened: `voler` moves the map to it (list, URL, nearby links). */
export const volerVersFiche = signal(false);

export function ouvrirFiche(id: string, options: { i?: number; voler?: boolean } = {}): void {
  volerVersFiche.value = options.voler ?? false;
  ficheIndice.value = options.i ?? null;
  ficheId.value = id;
  panneau.value = 'liste';
  if (feuille.value === 'replie') feuille.value = 'mi';
}

export function fermerFiche(): void {
  ficheId.value = null;
  ficheIndice.value = null;
}

export type CleListe = 'axes' | 'enjeux' | 'usages' | 'services' | 'regions' | 'departements' | 'strates';

/** Adds a code to a list filter (or removes it when already there). */
export function basculerFiltre(cle: CleListe, code: string): void {
  const actuels = filtres.value[cle] ?? [];
  const suivants = actuels.includes(code) ? actuels.filter((c) => c !== code) : [...actuels, code];
  const f: Filtres = { ...filtres.value };
  if (suivants.length) f[cle] = suivants;
  else delete f[cle];
  filtres.value = f;
}

export function retirerFiltre(cle: keyof Filtres, code?: string | number): void {
  const f: Filtres = { ...filtres.value };
  const v = f[cle];
  if (Array.isArray(v) && code !== undefined && cle !== 'annees') {
    const reste = (v as readonly (string | number)[]).filter((c) => c !== code);
    if (reste.length) (f as Record<string, unknown>)[cle] = reste;
    else delete f[cle];
  } else delete f[cle];
  filtres.value = f;
}

export function effacerFiltres(): void {
  filtres.value = {};
}
