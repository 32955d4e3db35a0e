import { PRECISIONS, TYPES_COLLECTIVITE, type DepartementMeta, type RegionMeta } from '../../../src/core/atlas-data.ts';
import { AUCUN_U8, AUCUNE_COLLECTIVITE, encodePointsIndexDe } from '../../../src/core/points-index.ts';
import type { AtlasAssemble } from '../assemble.ts';

const indexOf = (index: Map<string, number>, code: string | null | undefined): number =>
  (code ? index.get(code) : undefined) ?? AUCUN_U8;

/** points.bin of the assembled atlas, written column by column: no row object per fiche. */
export function pointsIndex(atlas: AtlasAssemble, regions: readonly RegionMeta[], departements: readonly DepartementMeta[]): ArrayBuffer {
  const indexRegion = new Map(regions.map((r, k) => [r.code, k]));
  const indexDepartement = new Map(departements.map((d, k) => [d.code, k]));
  const indexService = new Map(atlas.servicesOrdre.map((id, k) => [id, k]));
  let m = 0;
  for (const fa of atlas.fiches) for (const s of fa.services) if (indexService.has(s.id)) m++;
  return encodePointsIndexDe(atlas.fiches.length, m, (v) => {
    let s = 0;
    atlas.fiches.forEach((fa, i) => {
      const loc = fa.principal?.loc;
      const placee = loc && loc.lng !== null && loc.lat !== null;
      v.lng[i] = placee ? (loc.lng as number) : NaN;
      v.lat[i] = placee ? (loc.lat as number) : NaN;
      v.collectivite[i] = fa.collectivite >= 0 ? fa.collectivite : AUCUNE_COLLECTIVITE;
      v.serviceOffsets[i] = s;
      for (const service of fa.services) {
        const k = indexService.get(service.id);
        if (k !== undefined) v.services[s++] = k;
      }
      v.annee[i] = fa.annee ?? 0;
      v.arobases[i] = fa.arobases;
      v.type[i] = TYPES_COLLECTIVITE.indexOf(fa.type);
      v.strate[i] = fa.strate >= 0 ? fa.strate : AUCUN_U8;
      v.region[i] = indexOf(indexRegion, loc?.region);
      v.departement[i] = indexOf(indexDepartement, loc?.departement);
      v.precision[i] = PRECISIONS.indexOf(fa.precision);
    });
    v.serviceOffsets[atlas.fiches.length] = s;
  });
}
