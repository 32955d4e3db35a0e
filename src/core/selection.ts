/**
 * The current selection as columns: for every fiche whose mask byte is set, in index order,
 * what the table, the charts and the CSV need from points.bin (which only the worker holds).
 */
import type { PointsIndex } from './points-index.ts';

export interface ColonnesSelection {
  /** Number of fiches (= indices.length). */
  n: number;
  indices: Uint32Array;
  annee: Uint16Array;
  arobases: Uint8Array;
  type: Uint8Array;
  strate: Uint8Array;
  region: Uint8Array;
  departement: Uint8Array;
  precision: Uint8Array;
  collectivite: Uint32Array;
  lng: Float32Array;
  lat: Float32Array;
  /** Services of the k-th fiche: services[serviceOffsets[k] .. serviceOffsets[k + 1]). */
  serviceOffsets: Uint32Array;
  services: Uint16Array;
}

export function extraireSelection(index: PointsIndex, masque: Uint8Array): ColonnesSelection {
  let n = 0;
  let m = 0;
  for (let i = 0; i < index.n; i++) {
    if (!masque[i]) continue;
    n++;
    m += index.serviceOffsets[i + 1] - index.serviceOffsets[i];
  }
  const c: ColonnesSelection = {
    n,
    indices: new Uint32Array(n),
    annee: new Uint16Array(n),
    arobases: new Uint8Array(n),
    type: new Uint8Array(n),
    strate: new Uint8Array(n),
    region: new Uint8Array(n),
    departement: new Uint8Array(n),
    precision: new Uint8Array(n),
    collectivite: new Uint32Array(n),
    lng: new Float32Array(n),
    lat: new Float32Array(n),
    serviceOffsets: new Uint32Array(n + 1),
    services: new Uint16Array(m),
  };
  let k = 0;
  let s = 0;
  for (let i = 0; i < index.n; i++) {
    if (!masque[i]) continue;
    c.indices[k] = i;
    c.annee[k] = index.annee[i];
    c.arobases[k] = index.arobases[i];
    c.type[k] = index.type[i];
    c.strate[k] = index.strate[i];
    c.region[k] = index.region[i];
    c.departement[k] = index.departement[i];
    c.precision[k] = index.precision[i];
    c.collectivite[k] = index.collectivite[i];
    c.lng[k] = index.lng[i];
    c.lat[k] = index.lat[i];
    c.serviceOffsets[k] = s;
    for (let j = index.serviceOffsets[i]; j < index.serviceOffsets[i + 1]; j++) c.services[s++] = index.services[j];
    k++;
  }
  c.serviceOffsets[n] = s;
  return c;
}

/** The typed arrays of a selection, to transfer them to the main thread instead of copying. */
export function tamponsSelection(c: ColonnesSelection): ArrayBuffer[] {
  return [
    c.indices,
    c.annee,
    c.arobases,
    c.type,
    c.strate,
    c.region,
    c.departement,
    c.precision,
    c.collectivite,
    c.lng,
    c.lat,
    c.serviceOffsets,
    c.services,
  ].map((a) => a.buffer as ArrayBuffer);
}
