/**
 * Counts of the current selection (the fiches whose mask byte is set) by region, department,
 * axe, enjeu, year, size class (strate), label level and kind of collectivité. Pure: the worker
 * runs it over its mask, tests against a recount of the raw data.
 *
 * A fiche counts once in every axe and every enjeu it has a service in (so the bars of the
 * enjeux can add up to more than the selection), and once in its region, department, year and
 * strate; fiches with no value for a breakdown are counted in `inconnus`.
 */
import type { CompteurFacette } from './atlas-data.ts';
import type { TablesFiltres } from './filtres.ts';
import { AUCUN_U8, type PointsIndex } from './points-index.ts';

export interface StatistiquesSelection {
  total: number;
  regions: CompteurFacette;
  departements: CompteurFacette;
  axes: CompteurFacette;
  enjeux: CompteurFacette;
  annees: CompteurFacette;
  strates: CompteurFacette;
  arobases: CompteurFacette;
  types: CompteurFacette;
  /** Fiches of the selection with no region, department, year, strate, or no classified service. */
  inconnus: { regions: number; departements: number; annees: number; strates: number; thematique: number };
}

const ajouter = (c: CompteurFacette, cle: string) => {
  c[cle] = (c[cle] ?? 0) + 1;
};

export function statistiquesSelection(index: PointsIndex, masque: Uint8Array, tables: TablesFiltres): StatistiquesSelection {
  const s: StatistiquesSelection = {
    total: 0,
    regions: {},
    departements: {},
    axes: {},
    enjeux: {},
    annees: {},
    strates: {},
    arobases: {},
    types: {},
    inconnus: { regions: 0, departements: 0, annees: 0, strates: 0, thematique: 0 },
  };
  const axesVus = new Set<string>();
  const enjeuxVus = new Set<string>();
  for (let i = 0; i < index.n; i++) {
    if (!masque[i]) continue;
    s.total++;
    const r = index.region[i];
    if (r === AUCUN_U8 || tables.regions[r] === undefined) s.inconnus.regions++;
    else ajouter(s.regions, tables.regions[r]);
    const d = index.departement[i];
    if (d === AUCUN_U8 || tables.departements[d] === undefined) s.inconnus.departements++;
    else ajouter(s.departements, tables.departements[d]);
    if (index.annee[i] === 0) s.inconnus.annees++;
    else ajouter(s.annees, String(index.annee[i]));
    const st = index.strate[i];
    if (st === AUCUN_U8 || tables.strates[st] === undefined) s.inconnus.strates++;
    else ajouter(s.strates, tables.strates[st]);
    ajouter(s.arobases, String(index.arobases[i]));
    const t = tables.types[index.type[i]];
    if (t !== undefined) ajouter(s.types, t);
    axesVus.clear();
    enjeuxVus.clear();
    for (let k = index.serviceOffsets[i]; k < index.serviceOffsets[i + 1]; k++) {
      const service = index.services[k];
      const axe = tables.axeDuService[service];
      const enjeu = tables.enjeuDuService[service];
      if (axe) axesVus.add(axe);
      if (enjeu) enjeuxVus.add(enjeu);
    }
    if (axesVus.size === 0) s.inconnus.thematique++;
    for (const a of axesVus) ajouter(s.axes, a);
    for (const e of enjeuxVus) ajouter(s.enjeux, e);
  }
  return s;
}
