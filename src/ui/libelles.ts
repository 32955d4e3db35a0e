/** Names of codes (axes, enjeux, usages, services, departments, regions), from atlas.json. */
import { computed } from '@preact/signals';
import { meta } from '../state/etat.ts';

export interface Libelles {
  axes: Map<string, { libelle: string; rang: number }>;
  enjeux: Map<string, string>;
  usages: Map<string, string>;
  services: Map<string, string>;
  departements: Map<string, string>;
  regions: Map<string, string>;
  strates: Map<string, string>;
}

export const libelles = computed<Libelles>(() => {
  const m = meta.value;
  const l: Libelles = {
    axes: new Map(),
    enjeux: new Map(),
    usages: new Map(),
    services: new Map(),
    departements: new Map(),
    regions: new Map(),
    strates: new Map(),
  };
  if (!m) return l;
  m.taxonomie.axes.forEach((a, rang) => {
    l.axes.set(a.code, { libelle: a.libelle, rang });
    for (const e of a.enjeux) {
      l.enjeux.set(e.code, e.libelle);
      for (const u of e.usages) {
        l.usages.set(u.code, u.libelle);
        for (const s of u.services) l.services.set(s.id, s.libelle);
      }
    }
  });
  for (const d of m.departements) l.departements.set(d.code, d.nom);
  for (const r of m.regions) l.regions.set(r.code, r.nom);
  for (const s of m.strates) l.strates.set(s.code, s.libelle);
  return l;
});
