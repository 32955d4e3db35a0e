/** The territory an embedded map is filtered to, in words: « Bouches-du-Rhône (13) », « Martigues ». */
import type { Collectivite } from '../../core/atlas-data.ts';
import type { Filtres } from '../../core/filtres.ts';
import type { Libelles } from '../libelles.ts';

/** Regions, then departments, then collectivités of the filter; null when it names no territory. */
export function descriptionPerimetre(f: Filtres, l: Pick<Libelles, 'regions' | 'departements'>, colls: readonly Collectivite[] | null): string | null {
  const parCode = new Map((colls ?? []).map((c) => [c.code, c.nom]));
  const noms = [
    ...(f.regions ?? []).map((c) => l.regions.get(c) ?? `Région ${c}`),
    ...(f.departements ?? []).map((c) => `${l.departements.get(c) ?? 'Département'} (${c})`),
    ...(f.collectivites ?? []).map((c) => parCode.get(c) ?? `Collectivité ${c}`),
  ];
  if (!noms.length) return null;
  if (noms.length === 1) return noms[0];
  return `${noms.slice(0, -1).join(', ')} et ${noms[noms.length - 1]}`;
}
