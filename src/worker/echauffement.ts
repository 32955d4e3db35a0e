/**
 * The engine's per-filter work, run a few times while the worker is idle after the first clusters,
 * over a throwaway engine on the same point index: its first filters ran 5–20 ms in the browser
 * where a warm one takes under 1 ms, the time V8 takes to compile its loops. A user's first clicks
 * then get the fast code. The real engine's state (filter, generation, caches) is not touched.
 * Each step is its own task, and a request from the user stops the warm-up.
 */
import type { Filtres } from '../core/filtres.ts';
import { Moteur, type SelectionMoteur } from './moteur.ts';
import { TRIS, type MetaMoteur, type ParametresClusters, type Tri } from './messages.ts';

/** Rounds over the filters: enough for the hot loops to be optimised. */
export const TOURS_ECHAUFFEMENT = 6;

/** A filter of each kind the engine applies differently, with values taken from the atlas, then none. */
export function filtresEchauffement(meta: MetaMoteur): Filtres[] {
  const axe = meta.taxonomie.axes[0];
  const enjeu = axe?.enjeux[0];
  const usage = enjeu?.usages[0];
  const filtres: Filtres[] = [];
  if (axe) filtres.push({ axes: [axe.code] });
  if (enjeu) filtres.push({ enjeux: [enjeu.code] });
  if (usage) filtres.push({ usages: [usage.code] });
  if (meta.regions[0]) filtres.push({ regions: [meta.regions[0].code] });
  if (meta.departements[0]) filtres.push({ departements: [meta.departements[0].code] });
  if (meta.typesCollectivite[0]) filtres.push({ types: [meta.typesCollectivite[0]] });
  if (meta.strates[0]) filtres.push({ strates: [meta.strates[0].code] });
  filtres.push({ arobases: [3, 4] }, { annees: [2015, null] });
  if (axe && meta.regions[0]) filtres.push({ axes: [axe.code], regions: [meta.regions[0].code] });
  filtres.push({});
  return filtres;
}

/**
 * Queries as typed, letter by letter, for the search's warm-up: words of 5 letters or more from the
 * atlas's own taxonomy labels, each prefix of them, then each with a typo (two letters swapped).
 */
export function requetesEchauffement(meta: MetaMoteur, nbMots = 3): string[] {
  const libelles = meta.taxonomie.axes.flatMap((a) => [a.libelle, ...a.enjeux.map((e) => e.libelle)]);
  const mots = [...new Set(libelles.flatMap((l) => l.toLowerCase().split(/[^\p{L}]+/u)).filter((m) => m.length >= 5))].slice(0, nbMots);
  const requetes: string[] = [];
  for (const m of mots) for (let k = 1; k <= m.length; k++) requetes.push(m.slice(0, k));
  for (const m of mots) requetes.push(m.slice(0, 2) + m[3] + m[2] + m.slice(4));
  return requetes;
}

/** One step of a warm-up: a filter (and the selection its query resolves to), its clusters and its list. */
interface Passe {
  filtres: Filtres;
  selection?: () => SelectionMoteur;
  tri: Tri;
}

/** The steps of `passes` on a throwaway engine, built by the first step and let go by the last. */
function etapesSurMoteurJetable(buffer: ArrayBuffer, meta: MetaMoteur, vue: ParametresClusters, passes: readonly Passe[]): (() => void)[] {
  let moteur: Moteur | null = null;
  const m = () => (moteur ??= new Moteur(buffer, meta));
  return [
    () => void m(),
    ...passes.map((p) => () => {
      m().filtrer(p.filtres, p.selection?.());
      m().entites(vue.bbox, vue.zoom);
      m().liste(vue.bbox, p.tri, null);
    }),
    () => (moteur = null),
  ];
}

/** The warm-up of the search: each query resolved against the loaded index, then applied by a throwaway engine and listed by score. */
export function etapesEchauffementRecherche(
  buffer: ArrayBuffer,
  meta: MetaMoteur,
  vue: ParametresClusters,
  resoudre: (texte: string) => SelectionMoteur,
  requetes = requetesEchauffement(meta),
): (() => void)[] {
  return etapesSurMoteurJetable(
    buffer,
    meta,
    vue,
    requetes.map((q) => ({ filtres: { texte: q }, selection: () => resoudre(q), tri: 'pertinence' })),
  );
}

/** The steps of the warm-up, each a function to run in its own task. */
export function etapesEchauffement(buffer: ArrayBuffer, meta: MetaMoteur, vue: ParametresClusters, tours = TOURS_ECHAUFFEMENT): (() => void)[] {
  const filtres = filtresEchauffement(meta);
  const passes: Passe[] = [];
  for (let t = 0; t < tours; t++) for (const f of filtres) passes.push({ filtres: f, tri: TRIS[t % TRIS.length] });
  return etapesSurMoteurJetable(buffer, meta, vue, passes);
}

/**
 * Runs the steps one task each; `interrompu()` true (the user asked for something) stops it.
 * Resolves with the number of steps run.
 */
export async function echauffer(etapes: readonly (() => void)[], interrompu: () => boolean, pause = () => new Promise<void>((ok) => setTimeout(ok, 0))): Promise<number> {
  let k = 0;
  for (; k < etapes.length; k++) {
    if (interrompu()) break;
    etapes[k]();
    await pause();
  }
  return k;
}
