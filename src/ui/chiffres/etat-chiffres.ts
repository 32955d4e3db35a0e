/**
 * The « Chiffres » tab's data: while the tab is open, the selection's columns and statistics are
 * asked from the worker at every new filter generation, then the tiles of the selected fiches
 * (titles, communes) are loaded. Nothing is fetched before the tab is first opened.
 */
import { effect, signal } from '@preact/signals';
import type { ProprietesTuile } from '../../core/atlas-data.ts';
import { cleTuile, proprietesConnues, proprietesFicheAsync } from '../../data/tuiles.ts';
import { clientAtlas } from '../../state/atlas.ts';
import { compte, meta } from '../../state/etat.ts';
import type { SelectionChiffres, StatistiquesChiffres } from '../../worker/chiffres.ts';

export type VueChiffres = 'tableau' | 'statistiques';
export { vueChiffres } from '../../state/etat.ts';

export const selection = signal<SelectionChiffres | null>(null);
export const statistiques = signal<StatistiquesChiffres | null>(null);
/** Tile properties of the fiches of `selection`, once all are loaded (null while loading). */
export const proprietes = signal<Map<number, ProprietesTuile> | null>(null);
export const erreurChiffres = signal<string | null>(null);

let branches = 0;
let arreter: (() => void) | null = null;

/** Starts following the filters (the tab calls it when it mounts); returns the stop function. */
export function brancherChiffres(): () => void {
  if (branches++ === 0) arreter = suivre();
  return () => {
    if (--branches === 0) {
      arreter?.();
      arreter = null;
    }
  };
}

function suivre(): () => void {
  let tour = 0;
  return effect(() => {
    const generation = compte.value?.generation;
    const m = meta.value;
    const client = clientAtlas();
    if (generation === undefined || !m || !client) return;
    const ce = ++tour;
    erreurChiffres.value = null;
    void client
      .requete('statistiques', {}, { canal: 'chiffres-statistiques' })
      .then((s) => {
        if (s && ce === tour) statistiques.value = s;
      })
      .catch((e: unknown) => (erreurChiffres.value = e instanceof Error ? e.message : String(e)));
    void client
      .requete('selection', {}, { canal: 'chiffres-selection' })
      .then(async (s) => {
        if (!s || ce !== tour) return;
        if (selection.value?.generation !== s.generation) proprietes.value = null;
        selection.value = s;
        const p = await chargerProprietes(s, m.tuileZoom);
        if (ce === tour) proprietes.value = p;
      })
      .catch((e: unknown) => (erreurChiffres.value = e instanceof Error ? e.message : String(e)));
  });
}

/** Loads one fiche per tile first (which brings the whole tile), then looks up the rest. */
async function chargerProprietes(s: SelectionChiffres, z: number): Promise<Map<number, ProprietesTuile>> {
  const { colonnes: c } = s;
  const parTuile = new Map<string, number>();
  for (let k = 0; k < c.n; k++) {
    const cle = cleTuile(c.lng[k], c.lat[k], z);
    if (!parTuile.has(cle)) parTuile.set(cle, k);
  }
  await Promise.all([...parTuile.values()].map((k) => proprietesFicheAsync(c.indices[k], c.lng[k], c.lat[k], z)));
  const resultat = new Map<number, ProprietesTuile>();
  const manquantes: number[] = [];
  for (let k = 0; k < c.n; k++) {
    const p = proprietesConnues(c.indices[k]);
    if (p) resultat.set(c.indices[k], p);
    else manquantes.push(k);
  }
  // A float32 point can fall just across a tile edge: those look in the neighbouring tiles.
  const trouvees = await Promise.all(manquantes.map((k) => proprietesFicheAsync(c.indices[k], c.lng[k], c.lat[k], z)));
  trouvees.forEach((p, j) => {
    if (p) resultat.set(c.indices[manquantes[j]], p);
  });
  return resultat;
}
