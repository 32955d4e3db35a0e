/**
 * The byte writers of the fiche chunks and of initiatives.geojson (chunk-fiches.ts,
 * initiatives-json.ts) against their readable definitions, JSON.stringify of ficheDetail() and
 * featureInitiative(): the same bytes, fiche by fiche, with the long texts in the UTF-8 store or
 * in the fiche, contacts published or not, and on strings JSON must escape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleAtlas, type AtlasAssemble } from '../../scripts/build/assemble.ts';
import { geolocateLieu } from '../../scripts/build/geolocate.ts';
import { joindreEnLisant } from '../../scripts/build/lecture-jointe.ts';
import { readExport, sourceDossier } from '../../scripts/build/read.ts';
import { loadReferentiel } from '../../scripts/build/referentiel.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { TextesLongs } from '../../scripts/build/textes-longs.ts';
import { ecrireChunkFiches, ecrireFicheDetail } from '../../scripts/build/write/chunk-fiches.ts';
import { ficheDetail } from '../../scripts/build/write/fiche-publique.ts';
import { FragmentsJson } from '../../scripts/build/write/fragments-json.ts';
import { featureInitiative } from '../../scripts/build/write/initiatives.ts';
import { ecrireFeatureInitiative } from '../../scripts/build/write/initiatives-json.ts';
import { OctetsJson } from '../../scripts/build/write/json-octets.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';

const racine = mkdtempSync(join(tmpdir(), 'atlaas-ecrivains-'));
let avecMagasin: AtlasAssemble;
let sansMagasin: AtlasAssemble;
let noms: Parameters<typeof featureInitiative>[2];

async function assembler(dossier: string, textes?: TextesLongs): Promise<AtlasAssemble> {
  const rapport = new Rapport();
  const jointure = joindreEnLisant(rapport, textes ?? new TextesLongs());
  await readExport(sourceDossier(dossier), rapport, undefined, jointure.lecteurs);
  const { joint, labels } = jointure.fin();
  const ref = loadReferentiel();
  noms = { regions: new Map(ref.regions.map((r) => [r.code, r])), departements: new Map(ref.departements.map((d) => [d.code, d])) };
  const locs = new Map(joint.lieux.map((l) => [l.id, geolocateLieu(l, ref, rapport)] as const));
  return assembleAtlas(joint, locs, labels, ref, textes ? { textes } : {});
}

const DIFFICILE = 'Il a dit "oui" \\ \t\n\r\b\f\x01\x1f\x7f é’€ 😀 a\ud800b \udc00 \u2028';

beforeAll(async () => {
  await generateDemo({ out: join(racine, 'export'), count: 400, quiet: true });
  avecMagasin = await assembler(join(racine, 'export'), new TextesLongs());
  // Without the store, the long texts are the fiche's own (read back from the store here).
  const store = new TextesLongs();
  sansMagasin = await assembler(join(racine, 'export'), store);
  for (const fa of sansMagasin.fiches) Object.assign(fa.fiche, store.lire(fa.i));
  delete sansMagasin.textes;
  const piege = sansMagasin.fiches[0];
  Object.assign(piege.fiche, { titre: DIFFICILE, synthese: DIFFICILE, outils: DIFFICILE, liens: [DIFFICILE, ''] });
  if (piege.lieux[0]) piege.lieux[0] = { ...piege.lieux[0], lieu: { ...piege.lieux[0].lieu, nom: DIFFICILE } };
}, 120_000);
afterAll(() => rmSync(racine, { recursive: true, force: true }));

const octets = (ecrire: (w: OctetsJson) => void) => {
  const w = new OctetsJson(64);
  ecrire(w);
  return Buffer.from(w.vue());
};

describe.each([
  ['in the UTF-8 store', () => avecMagasin],
  ['in the fiches, with strings to escape', () => sansMagasin],
])('the byte writers, long texts %s', (_, atlas) => {
  it.each([false, true])('write every fiche detail as JSON.stringify(ficheDetail()) (contacts published: %s)', (publierContacts) => {
    const fragments = new FragmentsJson(atlas());
    for (const fa of atlas().fiches) {
      expect(octets((w) => ecrireFicheDetail(w, fa, fragments, { publierContacts })).toString()).toBe(JSON.stringify(ficheDetail(fa, atlas(), { publierContacts })));
    }
  });

  it.each([false, true])('write every feature as JSON.stringify(featureInitiative()) (contacts published: %s)', (publierContacts) => {
    const fragments = new FragmentsJson(atlas());
    for (const fa of atlas().fiches) {
      expect(octets((w) => ecrireFeatureInitiative(w, fa, fragments, noms, { publierContacts })).toString()).toBe(
        JSON.stringify(featureInitiative(fa, atlas(), noms, { publierContacts })),
      );
    }
  });
});

describe('a chunk of fiches', () => {
  it('orders its keys as a JS object does: array-index ids first, by value, then the others as inserted', () => {
    const atlas = sansMagasin;
    const indices = [5, 3, 8, 1, 2, 7, 0];
    const ids = ['b', '12', '007', '4294967295', '4294967294', '3', '-1'];
    indices.forEach((k, j) => (atlas.fiches[k].fiche.id = ids[j]));
    const chunk: Record<string, unknown> = {};
    for (const k of indices) chunk[atlas.fiches[k].fiche.id] = ficheDetail(atlas.fiches[k], atlas, { publierContacts: false });
    expect(octets((w) => ecrireChunkFiches(w, indices, new FragmentsJson(atlas), { publierContacts: false })).toString()).toBe(JSON.stringify(chunk));
  });
});
