import type { CompteurFacette, FacettesGlobales } from '../../../src/core/atlas-data.ts';
import { STRATES } from '../../../src/core/strates.ts';
import type { AtlasAssemble } from '../assemble.ts';

const inc = (c: CompteurFacette, cle: string) => {
  c[cle] = (c[cle] ?? 0) + 1;
};

/** Counts of every facet value over all fiches; a fiche counts once per value it has. */
export function facettesGlobales(atlas: AtlasAssemble): FacettesGlobales {
  const f: FacettesGlobales = {
    total: atlas.fiches.length,
    axes: {},
    enjeux: {},
    usages: {},
    services: {},
    regions: {},
    departements: {},
    annees: {},
    strates: {},
    types: {},
    arobases: {},
    precisions: {},
  };
  for (const fa of atlas.fiches) {
    const axes = new Set<string>();
    const enjeux = new Set<string>();
    const usages = new Set<string>();
    for (const s of fa.services) {
      const c = atlas.classement.get(s.id);
      if (!c) continue;
      axes.add(c.axe);
      enjeux.add(c.enjeu);
      usages.add(c.usage);
      inc(f.services, s.id);
    }
    axes.forEach((a) => inc(f.axes, a));
    enjeux.forEach((e) => inc(f.enjeux, e));
    usages.forEach((u) => inc(f.usages, u));
    const loc = fa.principal?.loc;
    if (loc?.region) inc(f.regions, loc.region);
    if (loc?.departement) inc(f.departements, loc.departement);
    if (fa.annee !== null) inc(f.annees, String(fa.annee));
    if (fa.strate >= 0) inc(f.strates, STRATES[fa.strate].code);
    inc(f.types, fa.type);
    inc(f.arobases, String(fa.arobases));
    inc(f.precisions, fa.precision);
  }
  return f;
}
