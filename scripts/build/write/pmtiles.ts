/**
 * A PMTiles v3 archive writer (spec: github.com/protomaps/PMTiles, spec/v3/spec.md), for the
 * precomputed cluster tiles. The `pmtiles` package only reads; this writes what it reads:
 *
 *   header (127 bytes) │ root directory │ JSON metadata │ leaf directories │ tile data
 *
 * Directories list entries sorted by Hilbert tile id (`zxyToTileId`), each as varints in columns:
 * count, id deltas, run lengths, lengths, offsets (0: right after the previous entry, else
 * offset + 1). The root directory must end within the first 16 KiB of the archive; when the
 * entries do not fit, they go into leaf directories (entries of run length 0 in the root).
 * Identical tiles (the empty sea, a lone cluster) are stored once; runs of them share an entry.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export { Compression, TileType };

export interface TuileArchive {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, already compressed as `compressionTuiles` says. */
  donnees: Uint8Array;
}

export interface OptionsArchive {
  typeTuiles: TileType;
  compressionTuiles: Compression;
  /** [west, south, east, north], degrees. */
  bornes: [number, number, number, number];
  centre: { lng: number; lat: number; z: number };
  /** TileJSON-like metadata (`vector_layers`, `attribution`…). */
  metadonnees: Record<string, unknown>;
}

interface Entree {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export const TAILLE_ENTETE = 127;
/** Header + root directory: what a client reads in its first request. */
const TAILLE_RACINE_MAX = 16_384;

class Octets {
  private buf = new Uint8Array(1024);
  longueur = 0;

  private place(n: number) {
    if (this.longueur + n <= this.buf.length) return;
    const plus = new Uint8Array(Math.max(this.buf.length * 2, this.longueur + n));
    plus.set(this.buf.subarray(0, this.longueur));
    this.buf = plus;
  }

  /** Unsigned LEB128, exact up to 2^53 (arithmetic, not 32-bit shifts). */
  varint(v: number) {
    this.place(10);
    while (v >= 0x80) {
      this.buf[this.longueur++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.longueur++] = v;
  }

  octets(): Uint8Array {
    return this.buf.slice(0, this.longueur);
  }
}

/** One directory, serialised then compressed with gzip (the archive's internal compression). */
export function serialiserRepertoire(entrees: readonly Entree[]): Uint8Array {
  const o = new Octets();
  o.varint(entrees.length);
  let dernier = 0;
  for (const e of entrees) {
    o.varint(e.tileId - dernier);
    dernier = e.tileId;
  }
  for (const e of entrees) o.varint(e.runLength);
  for (const e of entrees) o.varint(e.length);
  entrees.forEach((e, k) => {
    const precedente = entrees[k - 1];
    o.varint(k > 0 && e.offset === precedente.offset + precedente.length ? 0 : e.offset + 1);
  });
  return gzipSync(o.octets());
}

/** Root and leaves: everything in the root if it fits, else leaves of `taille` entries, doubled until the root fits. */
function repertoires(entrees: Entree[]): { racine: Uint8Array; feuilles: Uint8Array } {
  const racine = serialiserRepertoire(entrees);
  if (TAILLE_ENTETE + racine.length <= TAILLE_RACINE_MAX) return { racine, feuilles: new Uint8Array(0) };
  for (let taille = 4096; ; taille *= 2) {
    const entreesRacine: Entree[] = [];
    const morceaux: Uint8Array[] = [];
    let offset = 0;
    for (let k = 0; k < entrees.length; k += taille) {
      const feuille = serialiserRepertoire(entrees.slice(k, k + taille));
      entreesRacine.push({ tileId: entrees[k].tileId, offset, length: feuille.length, runLength: 0 });
      morceaux.push(feuille);
      offset += feuille.length;
    }
    const r = serialiserRepertoire(entreesRacine);
    if (TAILLE_ENTETE + r.length <= TAILLE_RACINE_MAX) return { racine: r, feuilles: concatener(morceaux) };
  }
}

function concatener(morceaux: readonly Uint8Array[]): Uint8Array {
  const tout = new Uint8Array(morceaux.reduce((s, m) => s + m.length, 0));
  let k = 0;
  for (const m of morceaux) {
    tout.set(m, k);
    k += m.length;
  }
  return tout;
}

function entete(v: DataView, champs: Record<string, number>, o: OptionsArchive, zMin: number, zMax: number) {
  const u64 = (offset: number, n: number) => {
    v.setUint32(offset, n % 2 ** 32, true);
    v.setUint32(offset + 4, Math.floor(n / 2 ** 32), true);
  };
  'PMTiles'.split('').forEach((c, k) => v.setUint8(k, c.charCodeAt(0)));
  v.setUint8(7, 3);
  const ordre = ['racineOffset', 'racineLongueur', 'metaOffset', 'metaLongueur', 'feuillesOffset', 'feuillesLongueur', 'donneesOffset', 'donneesLongueur', 'adressees', 'entrees', 'contenus'];
  ordre.forEach((nom, k) => u64(8 + 8 * k, champs[nom]));
  v.setUint8(96, 1); // clustered: tile data in tile id order
  v.setUint8(97, Compression.Gzip);
  v.setUint8(98, o.compressionTuiles);
  v.setUint8(99, o.typeTuiles);
  v.setUint8(100, zMin);
  v.setUint8(101, zMax);
  const e7 = (x: number) => Math.round(x * 1e7);
  [o.bornes[0], o.bornes[1], o.bornes[2], o.bornes[3]].forEach((x, k) => v.setInt32(102 + 4 * k, e7(x), true));
  v.setUint8(118, o.centre.z);
  v.setInt32(119, e7(o.centre.lng), true);
  v.setInt32(123, e7(o.centre.lat), true);
}

/** The whole archive, as the parts to write one after the other (the tile data is not copied). */
export function archivePmtiles(tuiles: readonly TuileArchive[], o: OptionsArchive): Uint8Array[] {
  const triees = tuiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), t })).sort((a, b) => a.id - b.id);
  const entrees: Entree[] = [];
  const donnees: Uint8Array[] = [];
  const dejaEcrites = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  let contenus = 0;
  for (let k = 0; k < triees.length; k++) {
    const { id, t } = triees[k];
    if (k > 0 && id === triees[k - 1].id) throw new Error(`tuile ${t.z}/${t.x}/${t.y} en double`);
    const cle = createHash('sha256').update(t.donnees).digest('base64');
    let place = dejaEcrites.get(cle);
    const derniere = entrees.at(-1);
    if (place && derniere && derniere.offset === place.offset && derniere.tileId + derniere.runLength === id) {
      derniere.runLength++;
      continue;
    }
    if (!place) {
      place = { offset, length: t.donnees.length };
      dejaEcrites.set(cle, place);
      donnees.push(t.donnees);
      offset += t.donnees.length;
      contenus++;
    }
    entrees.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { racine, feuilles } = repertoires(entrees);
  const meta = gzipSync(JSON.stringify(o.metadonnees));
  let [zMin, zMax] = [Infinity, -Infinity];
  for (const t of tuiles) [zMin, zMax] = [Math.min(zMin, t.z), Math.max(zMax, t.z)];
  const champs = {
    racineOffset: TAILLE_ENTETE,
    racineLongueur: racine.length,
    metaOffset: TAILLE_ENTETE + racine.length,
    metaLongueur: meta.length,
    feuillesOffset: TAILLE_ENTETE + racine.length + meta.length,
    feuillesLongueur: feuilles.length,
    donneesOffset: TAILLE_ENTETE + racine.length + meta.length + feuilles.length,
    donneesLongueur: offset,
    adressees: tuiles.length,
    entrees: entrees.length,
    contenus,
  };
  const tete = new Uint8Array(TAILLE_ENTETE);
  entete(new DataView(tete.buffer), champs, o, tuiles.length ? zMin : 0, tuiles.length ? zMax : 0);
  return [tete, racine, meta, feuilles, ...donnees];
}
