/**
 * The PMTiles writer (scripts/build/write/pmtiles.ts) read back by the `pmtiles` library, the
 * reader the map uses: header, metadata, every tile, runs of identical tiles, leaf directories.
 */
import { describe, expect, it } from 'vitest';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { Compression, TileType, archivePmtiles, serialiserRepertoire, type OptionsArchive, type TuileArchive } from '../../scripts/build/write/pmtiles.ts';

/** A Source over bytes in memory, as the reader's own tests do with a file. */
function sourceOctets(parties: Uint8Array[]): Source & { lectures: number } {
  const tout = Buffer.concat(parties);
  const source = {
    lectures: 0,
    getKey: () => 'memoire',
    async getBytes(offset: number, length: number): Promise<RangeResponse> {
      source.lectures++;
      const b = tout.subarray(offset, offset + length);
      return { data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
    },
  };
  return source;
}

const OPTIONS: OptionsArchive = {
  typeTuiles: TileType.Mvt,
  compressionTuiles: Compression.None,
  bornes: [-5.2, 41.3, 9.6, 51.1],
  centre: { lng: 2.2, lat: 46.2, z: 5 },
  metadonnees: { name: 'test', vector_layers: [{ id: 'clusters', fields: { n: 'Number' } }] },
};

const octets = (texte: string) => new TextEncoder().encode(texte);
const texte = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : undefined);

describe('a PMTiles archive written by the build', () => {
  it('gives back every tile, the header and the metadata through the pmtiles reader', async () => {
    const tuiles: TuileArchive[] = [];
    for (let z = 0; z <= 4; z++) for (let x = 0; x < 2 ** z; x += 3) for (let y = 0; y < 2 ** z; y += 2) tuiles.push({ z, x, y, donnees: octets(`${z}/${x}/${y}`) });
    const lecteur = new PMTiles(sourceOctets(archivePmtiles(tuiles, OPTIONS)));
    const h = await lecteur.getHeader();
    expect(h.specVersion).toBe(3);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 4]);
    expect(h.tileType).toBe(TileType.Mvt);
    expect(h.clustered).toBe(true);
    expect(h.numAddressedTiles).toBe(tuiles.length);
    expect(h.numTileContents).toBe(tuiles.length);
    expect(h.minLon).toBeCloseTo(-5.2, 6);
    expect(h.maxLat).toBeCloseTo(51.1, 6);
    expect(h.centerZoom).toBe(5);
    expect(await lecteur.getMetadata()).toEqual(OPTIONS.metadonnees);
    for (const t of tuiles) expect(texte((await lecteur.getZxy(t.z, t.x, t.y))?.data)).toBe(`${t.z}/${t.x}/${t.y}`);
  });

  it('answers nothing for a tile it does not hold, or out of its zooms', async () => {
    const lecteur = new PMTiles(sourceOctets(archivePmtiles([{ z: 3, x: 1, y: 1, donnees: octets('a') }], OPTIONS)));
    expect(await lecteur.getZxy(3, 1, 2)).toBeUndefined();
    expect(await lecteur.getZxy(2, 0, 0)).toBeUndefined();
    expect(texte((await lecteur.getZxy(3, 1, 1))?.data)).toBe('a');
  });

  it('stores identical tiles once, and a run of them as one entry', async () => {
    // At z1 the Hilbert ids of (0,0), (0,1), (1,1), (1,0) follow each other: a run of 4.
    const mer = octets('mer');
    const tuiles = [
      { z: 1, x: 0, y: 0, donnees: mer },
      { z: 1, x: 0, y: 1, donnees: mer },
      { z: 1, x: 1, y: 1, donnees: mer },
      { z: 1, x: 1, y: 0, donnees: mer },
      { z: 0, x: 0, y: 0, donnees: octets('monde') },
      { z: 2, x: 3, y: 3, donnees: mer },
    ];
    const lecteur = new PMTiles(sourceOctets(archivePmtiles(tuiles, OPTIONS)));
    const h = await lecteur.getHeader();
    expect(h.numAddressedTiles).toBe(6);
    expect(h.numTileContents).toBe(2);
    expect(h.numTileEntries).toBe(3); // the world, the run of four, the lone z2 tile
    for (const t of tuiles) expect(texte((await lecteur.getZxy(t.z, t.x, t.y))?.data)).toBe(new TextDecoder().decode(t.donnees));
  });

  it('moves the entries into leaf directories when the root would pass 16 KiB', async () => {
    // 30,000 tiles scattered over z12 (deterministic LCG), of varied lengths: ids and lengths that
    // compress poorly, far more than a 16 KiB root directory holds.
    const tuiles: TuileArchive[] = [];
    const vues = new Set<number>();
    let graine = 7;
    const hasard = () => (graine = (Math.imul(graine, 1103515245) + 12345) >>> 0) / 2 ** 32;
    while (tuiles.length < 30_000) {
      const [x, y] = [Math.floor(hasard() * 4096), Math.floor(hasard() * 4096)];
      if (vues.has(x * 4096 + y)) continue;
      vues.add(x * 4096 + y);
      tuiles.push({ z: 12, x, y, donnees: octets(`${x},${y};`.repeat(1 + Math.floor(hasard() * 9))) });
    }
    expect(serialiserRepertoire(tuiles.map((t, k) => ({ tileId: k * 3, offset: k * 40, length: t.donnees.length, runLength: 1 }))).length).toBeGreaterThan(16_384);
    const parties = archivePmtiles(tuiles, OPTIONS);
    const source = sourceOctets(parties);
    const lecteur = new PMTiles(source);
    const h = await lecteur.getHeader();
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    for (const t of tuiles.filter((_, k) => k % 59 === 0)) expect(texte((await lecteur.getZxy(t.z, t.x, t.y))?.data)).toBe(new TextDecoder().decode(t.donnees));
  });

  it('refuses the same tile twice', () => {
    expect(() => archivePmtiles([{ z: 2, x: 1, y: 1, donnees: octets('a') }, { z: 2, x: 1, y: 1, donnees: octets('b') }], OPTIONS)).toThrow(/2\/1\/1/);
  });
});
