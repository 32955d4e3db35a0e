/** vt-pbf ships no types: what the build uses of it (scripts/build/write/clusters.ts). */
declare module 'vt-pbf' {
  import type { LegacyTile } from 'geojson-vt';

  const vtpbf: {
    /** Layers by name (tiles as geojson-vt's getTile gives them) → the tile's protobuf bytes, uncompressed. */
    fromGeojsonVt(layers: Record<string, LegacyTile>, options?: { version?: number; extent?: number }): Uint8Array;
  };
  export default vtpbf;
}
