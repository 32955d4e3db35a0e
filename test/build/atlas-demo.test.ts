/**
 * Acceptance of the atlas build on the demo export: every fiche is in the open data,
 * every row read is accounted for, and nearly every fiche is placed precisely.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas, type ResultatBuild } from '../../scripts/build-atlas.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';
import { chunkOfFiche, type AtlasMeta, type FicheDetail } from '../../src/core/atlas-data.ts';
import { decodePointsIndex } from '../../src/core/points-index.ts';

const racine = mkdtempSync(join(tmpdir(), 'atlaas-demo-'));
const demo = join(racine, 'export');
const out = join(racine, 'atlas');
let resultat: ResultatBuild;
const lire = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));

beforeAll(async () => {
  await generateDemo({ out: demo });
  resultat = await buildAtlas({ input: demo, out, quiet: true });
}, 180_000);
afterAll(() => rmSync(racine, { recursive: true, force: true }));

describe('the atlas built from the demo export', () => {
  it('has the 11,784 initiatives in initiatives.geojson', () => {
    const geojson = lire('initiatives.geojson');
    expect(geojson.features).toHaveLength(11784);
    expect(new Set(geojson.features.map((f: { properties: { id: string } }) => f.properties.id)).size).toBe(11784);
  });

  it('accounts for every row of every sheet: read = kept + rejected', () => {
    const { feuilles, entrees } = resultat.rapport;
    expect(Object.keys(feuilles).length).toBeGreaterThanOrEqual(8);
    for (const [fichier, c] of Object.entries(feuilles)) {
      expect(c.lues, fichier).toBe(c.gardees + c.rejetees);
      expect(entrees.filter((e) => e.gravite === 'rejet' && e.fichier === fichier).length, fichier).toBe(c.rejetees);
    }
  });

  it('places at least 99 % of fiches with precision exact or commune', () => {
    const { placees, gardees } = resultat.rapport.fiches;
    expect((placees.exact + placees.commune) / gardees).toBeGreaterThanOrEqual(0.99);
  });

  it('gives every feature a precision and its INSEE code as a string', () => {
    const geojson = lire('initiatives.geojson');
    for (const f of geojson.features) {
      expect(['exact', 'commune', 'approx', 'none']).toContain(f.properties.precision);
      if (f.properties.codeInsee !== null) expect(f.properties.codeInsee).toMatch(/^(\d{5}|2[AB]\d{3})$/);
    }
  });

  it('publishes no email, phone number or personal address', () => {
    const fiches = join(out, (lire('atlas.json') as AtlasMeta).fichiers.fiches!);
    const texte = readFileSync(join(out, 'initiatives.geojson'), 'utf8') + readdirSync(fiches).map((f) => readFileSync(join(fiches, f), 'utf8')).join('');
    const personnes = readFileSync(join(demo, 'Personnes.csv'), 'utf8').split(/\r?\n/).slice(1, 200);
    for (const ligne of personnes) {
      const courriel = /[\w.+-]+@[\w-]+\.[\w.]+/.exec(ligne)?.[0];
      if (courriel) expect(texte).not.toContain(courriel);
    }
    expect(texte).not.toMatch(/"(contacts|telephone|courriel)"/);
  });

  it('writes a point index that decodes to one point per fiche', () => {
    const meta: AtlasMeta = lire('atlas.json');
    const buf = readFileSync(join(out, meta.fichiers.points));
    const index = decodePointsIndex(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    expect(index.n).toBe(meta.total);
    expect(meta.total).toBe(11784);
    expect(meta.taxonomie.axes).toHaveLength(4);
    expect(meta.taxonomie.axes.flatMap((a) => a.enjeux)).toHaveLength(12);
  });

  it('finds every fiche detail in the chunk its id names', () => {
    const meta: AtlasMeta = lire('atlas.json');
    const geojson = lire('initiatives.geojson');
    for (const f of geojson.features.slice(0, 300)) {
      const chunk: Record<string, FicheDetail> = lire(`${meta.fichiers.fiches}/${chunkOfFiche(f.properties.id, meta.fichesChunks)}.json`);
      expect(chunk[f.properties.id]?.titre).toBe(f.properties.titre);
    }
  });

  it('keeps only http(s) links', () => {
    const geojson = lire('initiatives.geojson');
    for (const f of geojson.features) for (const l of [...f.properties.liens, ...f.properties.videos, ...f.properties.photos]) expect(l).toMatch(/^https?:\/\//);
  });
});
