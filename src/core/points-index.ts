/**
 * points.bin: one point per fiche, in columns, in one ArrayBuffer that the worker
 * receives by transfer (no copy, no JSON parse).
 *
 * Byte layout, little-endian, every section starting on a 4-byte boundary:
 *   0   u8   magic 0xA7
 *   1   u8   magic 0x1A
 *   2   u8   version (1)
 *   3   u8   reserved (0)
 *   4   u32  N, number of fiches
 *   8   u32  M, number of service references
 *  12   u32  reserved (0)
 *  16   f32[N] lng      (NaN when the fiche could not be placed)
 *       f32[N] lat
 *       u32[N] collectivite  index into collectivites.json, 0xFFFFFFFF for none
 *       u32[N+1] serviceOffsets: services of fiche i are services[offsets[i] .. offsets[i+1])
 *       u16[N] annee    0 when unknown
 *       u16[M] services index into AtlasMeta.services
 *       u8[N]  arobases 0 when the collectivité has no label
 *       u8[N]  type     index into AtlasMeta.typesCollectivite
 *       u8[N]  strate   index into AtlasMeta.strates, 255 when unknown
 *       u8[N]  region   index into AtlasMeta.regions, 255 when unknown
 *       u8[N]  departement index into AtlasMeta.departements, 255 when unknown
 *       u8[N]  precision index into PRECISIONS
 */

export const POINTS_MAGIC = [0xa7, 0x1a] as const;
export const POINTS_VERSION = 1;
export const AUCUN_U8 = 255;
export const AUCUNE_COLLECTIVITE = 0xffffffff;

export interface PointsIndex {
  n: number;
  lng: Float32Array;
  lat: Float32Array;
  collectivite: Uint32Array;
  serviceOffsets: Uint32Array;
  annee: Uint16Array;
  services: Uint16Array;
  arobases: Uint8Array;
  type: Uint8Array;
  strate: Uint8Array;
  region: Uint8Array;
  departement: Uint8Array;
  precision: Uint8Array;
}

/** One fiche's row, as the build hands it to the encoder. */
export interface PointLigne {
  lng: number | null;
  lat: number | null;
  collectivite: number | null;
  services: number[];
  annee: number | null;
  arobases: number;
  type: number;
  strate: number | null;
  region: number | null;
  departement: number | null;
  precision: number;
}

const align4 = (n: number) => (n + 3) & ~3;

function layout(n: number, m: number) {
  let o = 16;
  const at = (bytes: number) => {
    const start = o;
    o = align4(o + bytes);
    return start;
  };
  const offsets = {
    lng: at(4 * n),
    lat: at(4 * n),
    collectivite: at(4 * n),
    serviceOffsets: at(4 * (n + 1)),
    annee: at(2 * n),
    services: at(2 * m),
    arobases: at(n),
    type: at(n),
    strate: at(n),
    region: at(n),
    departement: at(n),
    precision: at(n),
  };
  return { offsets, size: o };
}

function views(buffer: ArrayBuffer, n: number, m: number): PointsIndex {
  const { offsets: o } = layout(n, m);
  return {
    n,
    lng: new Float32Array(buffer, o.lng, n),
    lat: new Float32Array(buffer, o.lat, n),
    collectivite: new Uint32Array(buffer, o.collectivite, n),
    serviceOffsets: new Uint32Array(buffer, o.serviceOffsets, n + 1),
    annee: new Uint16Array(buffer, o.annee, n),
    services: new Uint16Array(buffer, o.services, m),
    arobases: new Uint8Array(buffer, o.arobases, n),
    type: new Uint8Array(buffer, o.type, n),
    strate: new Uint8Array(buffer, o.strate, n),
    region: new Uint8Array(buffer, o.region, n),
    departement: new Uint8Array(buffer, o.departement, n),
    precision: new Uint8Array(buffer, o.precision, n),
  };
}

/**
 * A points.bin of `n` fiches and `m` service references, its header written, its columns
 * filled by `remplir` through the views: the build writes a million fiches without a row
 * object each (PointLigne). `remplir` sets every column of every fiche, serviceOffsets[n] too.
 */
export function encodePointsIndexDe(n: number, m: number, remplir: (v: PointsIndex) => void): ArrayBuffer {
  const { size } = layout(n, m);
  const buffer = new ArrayBuffer(size);
  const head = new DataView(buffer);
  head.setUint8(0, POINTS_MAGIC[0]);
  head.setUint8(1, POINTS_MAGIC[1]);
  head.setUint8(2, POINTS_VERSION);
  head.setUint32(4, n, true);
  head.setUint32(8, m, true);
  remplir(views(buffer, n, m));
  return buffer;
}

export function encodePointsIndex(lignes: readonly PointLigne[]): ArrayBuffer {
  let m = 0;
  for (const l of lignes) m += l.services.length;
  return encodePointsIndexDe(lignes.length, m, (v) => {
    let s = 0;
    lignes.forEach((l, i) => {
      const placed = l.lng !== null && l.lat !== null;
      v.lng[i] = placed ? (l.lng as number) : NaN;
      v.lat[i] = placed ? (l.lat as number) : NaN;
      v.collectivite[i] = l.collectivite ?? AUCUNE_COLLECTIVITE;
      v.serviceOffsets[i] = s;
      for (const idx of l.services) v.services[s++] = idx;
      v.annee[i] = l.annee ?? 0;
      v.arobases[i] = l.arobases;
      v.type[i] = l.type;
      v.strate[i] = l.strate ?? AUCUN_U8;
      v.region[i] = l.region ?? AUCUN_U8;
      v.departement[i] = l.departement ?? AUCUN_U8;
      v.precision[i] = l.precision;
    });
    v.serviceOffsets[lignes.length] = s;
  });
}

export class PointsIndexError extends Error {
  constructor(
    readonly code: 'POINTS_TROP_COURT' | 'POINTS_MAGIC' | 'POINTS_VERSION',
    message: string,
  ) {
    super(message);
  }
}

export function decodePointsIndex(buffer: ArrayBuffer): PointsIndex {
  if (buffer.byteLength < 16) throw new PointsIndexError('POINTS_TROP_COURT', 'Index de points tronqué.');
  const head = new DataView(buffer);
  if (head.getUint8(0) !== POINTS_MAGIC[0] || head.getUint8(1) !== POINTS_MAGIC[1]) {
    throw new PointsIndexError('POINTS_MAGIC', "Ce fichier n'est pas un index de points Atlaas.");
  }
  const version = head.getUint8(2);
  if (version !== POINTS_VERSION) {
    throw new PointsIndexError('POINTS_VERSION', `Version d'index ${version} non prise en charge (attendue : ${POINTS_VERSION}).`);
  }
  const n = head.getUint32(4, true);
  const m = head.getUint32(8, true);
  if (layout(n, m).size > buffer.byteLength) throw new PointsIndexError('POINTS_TROP_COURT', 'Index de points tronqué.');
  return views(buffer, n, m);
}
