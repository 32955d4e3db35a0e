/**
 * One detail chunk (`fiches/<n>.json`: fiche id → FicheDetail) written as bytes: the same bytes
 * as JSON.stringify of the chunk object built from ficheDetail() (fiche-publique.ts).
 */
import type { AtlasAssemble, FicheAssemblee } from '../assemble.ts';
import type { OptionsPublication } from './fiche-publique.ts';
import { ecrireContacts, type FragmentsJson } from './fragments-json.ts';
import type { OctetsJson } from './json-octets.ts';

/** ficheDetail(fa, atlas, options). */
export function ecrireFicheDetail(w: OctetsJson, fa: FicheAssemblee, fragments: FragmentsJson, options: OptionsPublication): void {
  const f = fa.fiche;
  w.brut('{"id":').chaine(f.id);
  w.brut(',"i":').nombre(fa.i);
  fragments.textesFiche(w, fa);
  w.brut(',"lieux":');
  fragments.lieuxPublics(w, fa.lieux);
  w.brut(',"services":');
  fragments.servicesPublics(w, fa);
  w.brut(',"collectivite":').nombre(fa.collectivite);
  ecrireContacts(w, fa, options);
  w.brut('}');
}

/** A key that JS objects order first, by value (ECMA-262 OrdinaryOwnPropertyKeys: an array index). */
const estIndexTableau = (cle: string): boolean => /^(0|[1-9]\d{0,9})$/.test(cle) && Number(cle) < 2 ** 32 - 1;

/**
 * The order JSON.stringify gives the keys of an object filled in `indices` order: array-index
 * ids (`"123"`) first, by value, then the others as inserted. Ids are unique.
 */
export function ordreDesCles(indices: readonly number[], atlas: AtlasAssemble): number[] {
  const index: number[] = [];
  const autres: number[] = [];
  for (const k of indices) (estIndexTableau(atlas.fiches[k].fiche.id) ? index : autres).push(k);
  index.sort((a, b) => Number(atlas.fiches[a].fiche.id) - Number(atlas.fiches[b].fiche.id));
  return index.length === 0 ? autres : autres.length === 0 ? index : index.concat(autres);
}

/** The chunk of the fiches `indices` (atlas.fiches positions, in build order). */
export function ecrireChunkFiches(w: OctetsJson, indices: readonly number[], fragments: FragmentsJson, options: OptionsPublication): void {
  const { atlas } = fragments;
  w.brut('{');
  let premier = true;
  for (const k of ordreDesCles(indices, atlas)) {
    const fa = atlas.fiches[k];
    if (!premier) w.brut(',');
    premier = false;
    w.chaine(fa.fiche.id).brut(':');
    ecrireFicheDetail(w, fa, fragments, options);
  }
  w.brut('}');
}
