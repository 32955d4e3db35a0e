/**
 * The search index built in a worker thread (scripts/build/write/recherche-parallele.ts): the
 * documents it reads back from the shared stores are those of the main thread, and the files it
 * writes are those the synchronous writer writes, under the same empreinte.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FicheAssemblee } from '../../scripts/build/assemble.ts';
import { TextesLongs } from '../../scripts/build/textes-longs.ts';
import { DossierAvecEmpreinte } from '../../scripts/build/write/empreinte.ts';
import { documentFiche, ecrireRecherche } from '../../scripts/build/write/recherche.ts';
import { documentsCourts, documentsDepuis, lancerRecherche } from '../../scripts/build/write/recherche-parallele.ts';
import type { Fiche } from '../../src/core/modele.ts';
import { FICHES } from '../worker/fixture-recherche.ts';

/** The fixture's fiches as the build assembles them: places with their geolocated commune. */
function assemblees(): FicheAssemblee[] {
  return FICHES.map(
    (f, i) =>
      ({
        i,
        fiche: { ...f, lieux: undefined } as unknown as Fiche,
        lieux: f.lieux.map((l) => ({ lieu: { nom: l.nom, ville: 'Ville écrite' }, loc: { commune: l.commune, collectivite: i % 2 ? { nom: 'CC du Pays' } : null } })),
      }) as unknown as FicheAssemblee,
  );
}

/** The same fiches with their long texts moved to a store, as the build reads them. */
function avecTextes(): { fiches: FicheAssemblee[]; textes: TextesLongs } {
  const textes = new TextesLongs();
  const fiches = assemblees();
  for (const fa of fiches) textes.deplacer(fa.fiche);
  return { fiches, textes };
}

const racine = mkdtempSync(join(tmpdir(), 'atlaas-recherche-'));
afterAll(() => rmSync(racine, { recursive: true, force: true }));

function contenu(dossier: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dossier).map((f) => [f, readFileSync(join(dossier, f), 'utf8')]));
}

describe('the search documents read back from the shared stores', () => {
  it('are those of the fiches, texts held in the fiches', () => {
    const fiches = assemblees();
    expect([...documentsDepuis(documentsCourts({ fiches }), null)]).toEqual(fiches.map((fa) => documentFiche(fa)));
  });

  it('are those of the fiches, texts moved to TextesLongs', () => {
    const atlas = avecTextes();
    const attendus = atlas.fiches.map((fa) => documentFiche(fa, atlas.textes));
    expect(attendus.some((d) => d.texte.length > 10)).toBe(true);
    expect([...documentsDepuis(documentsCourts(atlas), atlas.textes.magasin)]).toEqual(attendus);
  });
});

describe('the search index built by the worker thread', () => {
  it('writes the files the synchronous writer writes, under the same folder name', async () => {
    const atlas = avecTextes();
    const sync = join(racine, 'sync');
    const dossier = new DossierAvecEmpreinte(sync, 'recherche');
    await dossier.ouvrir();
    ecrireRecherche((nom, data) => dossier.ecrireSync(nom, data), atlas);
    const attendu = `${await dossier.fermer()}/index.json`;

    const fil = join(racine, 'fil');
    const { recherche, ms } = await lancerRecherche(fil, atlas);
    expect(recherche).toBe(attendu);
    expect(ms).toBeGreaterThanOrEqual(0);
    const cle = recherche.replace(/\/index\.json$/, '');
    expect(contenu(join(fil, cle))).toEqual(contenu(join(sync, cle)));
    expect(JSON.parse(readFileSync(join(fil, recherche), 'utf8')).documents).toBe(FICHES.length);
  });

  it('rejects when the worker cannot write its files', async () => {
    const fichier = join(racine, 'pas-un-dossier');
    writeFileSync(fichier, '');
    await expect(lancerRecherche(fichier, { fiches: assemblees() })).rejects.toThrow();
  });
});
