import { PRECISIONS, TYPES_COLLECTIVITE, type DepartementMeta, type RegionMeta } from '../../../src/core/atlas-data.ts';
import { encodePointsIndex, type PointLigne } from '../../../src/core/points-index.ts';
import type { AtlasAssemble } from '../assemble.ts';

const indexOf = (index: Map<string, number>, code: string | null | undefined): number | null =>
  (code ? index.get(code) : undefined) ?? null;

export function pointsIndex(atlas: AtlasAssemble, regions: readonly RegionMeta[], departements: readonly DepartementMeta[]): ArrayBuffer {
  const indexRegion = new Map(regions.map((r, k) => [r.code, k]));
  const indexDepartement = new Map(departements.map((d, k) => [d.code, k]));
  const indexService = new Map(atlas.servicesOrdre.map((id, k) => [id, k]));
  const lignes: PointLigne[] = atlas.fiches.map((fa) => {
    const loc = fa.principal?.loc;
    return {
      lng: loc?.lng ?? null,
      lat: loc?.lat ?? null,
      collectivite: fa.collectivite >= 0 ? fa.collectivite : null,
      services: fa.services.map((s) => indexService.get(s.id)).filter((k): k is number => k !== undefined),
      annee: fa.annee,
      arobases: fa.arobases,
      type: TYPES_COLLECTIVITE.indexOf(fa.type),
      strate: fa.strate >= 0 ? fa.strate : null,
      region: indexOf(indexRegion, loc?.region),
      departement: indexOf(indexDepartement, loc?.departement),
      precision: PRECISIONS.indexOf(fa.precision),
    };
  });
  return encodePointsIndex(lignes);
}
