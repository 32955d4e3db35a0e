/**
 * « Seulement la vue de la carte »: `filtres.vue` is the map's bbox, and follows the map while it
 * is set, whichever tab is open.
 */
import { effect } from '@preact/signals';
import type { Vue } from '../../core/filtres.ts';
import { bbox, filtres } from '../../state/etat.ts';
import type { BBox } from '../../worker/messages.ts';

/** To 4 decimals (about 10 m): what the URL keeps, so that a reload gives the same filter. */
export function empriseDe(b: BBox): Vue {
  const r = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
  return [r(b[0]), r(b[1]), r(b[2]), r(b[3])];
}

export const memeEmprise = (a: Vue, b: Vue) => a.every((x, k) => x === b[k]);

export function basculerSeulementVue(): void {
  const f = { ...filtres.value };
  if (f.vue) delete f.vue;
  else if (bbox.value) f.vue = empriseDe(bbox.value);
  else return;
  filtres.value = f;
}

effect(() => {
  const b = bbox.value;
  const f = filtres.peek();
  if (!b || !f.vue) return;
  const v = empriseDe(b);
  if (!memeEmprise(v, f.vue)) filtres.value = { ...f, vue: v };
});
