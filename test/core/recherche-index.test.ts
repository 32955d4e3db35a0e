/**
 * The files of the search index (src/core/recherche-index.ts): what the build writes is what
 * flexsearch itself would write, and the worker loads it back, whole or in chunks.
 */
import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import {
  CHAMPS_RECHERCHE,
  CLE_DICTIONNAIRE,
  VERSION_RECHERCHE,
  creerIndexChamp,
  decoderRacines,
  documentRecherche,
  encoderRacines,
  indexerRecherche,
  lecteurEnMemoire,
  type Dictionnaire,
} from '../../src/core/recherche-index.ts';
import type { FicheAssemblee } from '../../scripts/build/assemble.ts';
import { documentFiche } from '../../scripts/build/write/recherche.ts';
import { chargerRecherche, RechercheError } from '../../src/worker/recherche.ts';
import { FICHES } from '../worker/fixture-recherche.ts';

const documents = FICHES.map(documentRecherche);

describe('the search index files', () => {
  it('are byte for byte what flexsearch’s Index.add and Index.export write', () => {
    const direct = indexerRecherche(documents);
    const flex = indexerRecherche(documents, { viaFlexsearch: true });
    expect(flex.manifeste).toEqual(direct.manifeste);
    expect([...flex.fichiers]).toEqual([...direct.fichiers]);
  });

  it('list one map per field, then the dictionary, in a versioned manifest', () => {
    const { manifeste } = indexerRecherche(documents);
    expect(manifeste).toEqual({
      version: VERSION_RECHERCHE,
      documents: FICHES.length,
      champs: CHAMPS_RECHERCHE,
      cles: ['titre.1.map', 'commune.1.map', 'outils.1.map', 'texte.1.map', CLE_DICTIONNAIRE],
    });
  });

  it('leave out flexsearch’s register, which only serves updates', () => {
    const { fichiers } = indexerRecherche(documents);
    expect([...fichiers.keys()].some((k) => k.endsWith('reg'))).toBe(false);
  });

  it('hold each stem once per field, with its fiches in points.bin order', () => {
    const { fichiers } = indexerRecherche(documents);
    const titres = new Map(JSON.parse(fichiers.get('titre.1.map') as string) as [string, number[][]][]);
    expect(titres.get('wifi')).toEqual([[6, 7]]);
    expect(titres.get('budget')).toEqual([[0, 1]]);
  });

  it('can be read back by a flexsearch Index with the same options', () => {
    const { fichiers } = indexerRecherche(documents);
    const index = creerIndexChamp();
    index.import('titre.1.map', fichiers.get('titre.1.map') as string);
    expect(index.search('wifi')).toEqual([6, 7]);
    expect(new Index().search('wifi')).toEqual([]);
  });

  it('split a big map into chunks that load to the same engine', async () => {
    const entier = indexerRecherche(documents);
    const coupe = indexerRecherche(documents, { entreesParFichier: 5 });
    expect(coupe.manifeste.cles.filter((k) => k.startsWith('texte.')).length).toBeGreaterThan(2);
    const [a, b] = await Promise.all([chargerRecherche(lecteurEnMemoire(entier)), chargerRecherche(lecteurEnMemoire(coupe))]);
    for (const q of ['wifi', 'budget participatif', 'animation ', 'citoyen']) expect(b.chercher(q)).toEqual(a.chercher(q));
  });

  it('hand each file over as soon as it is made when asked, the same files in the same order', () => {
    const gardes = indexerRecherche(documents, { entreesParFichier: 5 });
    const recus: [string, string][] = [];
    const flux = indexerRecherche(documents, { entreesParFichier: 5, surFichier: (cle, data) => recus.push([cle, data]) });
    expect(flux.fichiers.size).toBe(0);
    expect(recus).toEqual([...gardes.fichiers]);
    expect(flux.manifeste).toEqual(gardes.manifeste);
  });

  it('keep a dictionary of folded words, sorted, with frequencies and stems', () => {
    const { fichiers } = indexerRecherche(documents);
    const d = JSON.parse(fichiers.get(CLE_DICTIONNAIRE) as string) as Dictionnaire;
    const mots = d.mots.split('\n');
    expect(mots).toEqual([...mots].sort());
    const racines = decoderRacines(mots, d.racines);
    const k = mots.indexOf('budgets');
    expect([racines[k], d.df[k]]).toEqual(['budget', 1]);
    expect(d.df[mots.indexOf('wifi')]).toBe(5);
  });

  it('encode stems as prefix lengths when they can', () => {
    const mots = ['budget', 'budgets', 'chevaux', '2018'];
    const racines = ['budget', 'budget', 'cheval', '2018'];
    expect(encoderRacines(mots, racines)).toBe('\n6\ncheval\n');
    expect(decoderRacines(mots, encoderRacines(mots, racines))).toEqual(racines);
  });

  it('build nothing but a manifest and an empty dictionary from no fiche', async () => {
    const vide = indexerRecherche([]);
    expect(vide.manifeste.cles).toEqual([CLE_DICTIONNAIRE]);
    const moteur = await chargerRecherche(lecteurEnMemoire(vide));
    expect(moteur.chercher('budget')).toEqual({ indices: [], scores: [], termes: [], vide: false });
  });
});

describe('a fiche as a search document', () => {
  it('puts the sous-titre with the title, the prestataires with the outils, places and communes together', () => {
    const d = documentRecherche({
      i: 3,
      titre: 'T',
      sousTitre: 'ST',
      synthese: 'S',
      actions: 'A',
      resultats: 'R',
      recommandations: 'RE',
      outils: 'O',
      prestataires: 'P',
      lieux: [
        { nom: 'Mairie', commune: 'Brest' },
        { nom: 'Brest', commune: 'Brest' },
        { nom: 'Médiathèque', commune: null },
      ],
    });
    expect(d).toEqual({ i: 3, titre: 'T\nST', commune: 'Brest\nMairie\nMédiathèque', outils: 'O\nP', texte: 'S\nA\nR\nRE' });
  });
});

describe('an assembled fiche as a search document (the build)', () => {
  it('holds its places, their communes as geolocated, else as written, and their collectivité', () => {
    const fiche = { ...FICHES[0], i: undefined, lieux: undefined };
    const fa = {
      i: 12,
      fiche,
      lieux: [
        { lieu: { nom: 'Médiathèque', ville: 'Fouesnant' }, loc: { commune: null, collectivite: { nom: 'CC du Pays Fouesnantais' } } },
        { lieu: { nom: 'Mairie', ville: 'St Etienne' }, loc: { commune: 'Saint-Étienne', collectivite: { nom: 'Saint-Étienne' } } },
      ],
    } as unknown as FicheAssemblee;
    const d = documentFiche(fa);
    expect(d.i).toBe(12);
    expect(d.commune.split('\n')).toEqual(['Fouesnant', 'Médiathèque', 'CC du Pays Fouesnantais', 'Saint-Étienne', 'Mairie']);
    expect(d.titre).toBe(`${FICHES[0].titre}\n`);
  });
});

describe('loading the index', () => {
  it('refuses an index of another version, with a code', async () => {
    const f = indexerRecherche(documents);
    const autre = { ...f, manifeste: { ...f.manifeste, version: 1 as unknown as typeof VERSION_RECHERCHE } };
    await expect(chargerRecherche(lecteurEnMemoire(autre))).rejects.toMatchObject({ code: 'VERSION_INCONNUE' });
  });

  it('refuses what is not a manifest, with a code', async () => {
    await expect(chargerRecherche(async () => '["titre.1.map"]')).rejects.toBeInstanceOf(RechercheError);
    await expect(chargerRecherche(async () => 'pas du JSON')).rejects.toMatchObject({ code: 'MANIFESTE_INVALIDE' });
  });

  it('reads the manifest under the key "index", then the files it lists', async () => {
    const f = indexerRecherche(documents);
    const lues: string[] = [];
    const lire = lecteurEnMemoire(f);
    await chargerRecherche((cle) => {
      lues.push(cle);
      return lire(cle);
    });
    expect(lues).toEqual(['index', ...f.manifeste.cles]);
  });
});
