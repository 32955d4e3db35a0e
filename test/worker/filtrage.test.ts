/**
 * The worker's "Find" wiring (src/worker/filtrage.ts) on the engine's 7-fiche atlas
 * (fixture-moteur.ts) with a search index of the same 7 fiches: the index loads on the first
 * query only, a query becomes the selection, the answer carries the facet counts, a query ranks
 * the list, the map-view facet holds, and the last filter asked for wins.
 */
import { describe, expect, it } from 'vitest';
import { indexerRecherche, lecteurEnMemoire, documentRecherche, type FicheRecherchable } from '../../src/core/recherche-index.ts';
import { Filtrage, lecteurHttp, type LecteurRecherche } from '../../src/worker/filtrage.ts';
import type { BBox } from '../../src/worker/messages.ts';
import { bufferTest, LYON, META } from './fixture-moteur.ts';

const vide = { sousTitre: '', synthese: '', actions: '', resultats: '', recommandations: '', outils: '', prestataires: '' };
const ici = (commune: string) => [{ nom: commune, commune }];

/** The 7 fiches of fixture-moteur.ts, as the search sees them (same indices, same places). */
const FICHES: FicheRecherchable[] = [
  { ...vide, i: 0, titre: 'Budget participatif : les habitants votent', lieux: ici('Paris') },
  { ...vide, i: 1, titre: 'Wifi dans les écoles', synthese: 'Le budget participatif a financé les bornes.', lieux: ici('Paris') },
  { ...vide, i: 2, titre: 'Un portail citoyen', synthese: 'Les démarches en ligne.', lieux: ici('Paris') },
  { ...vide, i: 3, titre: 'La médiathèque numérique', synthese: 'Un budget participatif des jeunes.', lieux: ici('Versailles') },
  { ...vide, i: 4, titre: 'Le Budget Participatif des Lyonnais', lieux: ici('Lyon') },
  { ...vide, i: 5, titre: 'Ateliers numériques', synthese: 'Des budgets participatifs pour les associations.', lieux: [] },
  { ...vide, i: 6, titre: 'Un tiers-lieu au port', lieux: ici('Marseille') },
];
const BUDGET = [0, 1, 3, 4, 5];
const ILE_DE_FRANCE: BBox = [1.4, 48.1, 3.6, 49.3];

/** A reader over the 7-fiche index that counts its reads and can be held back or broken. */
function lecteur(options: { retenu?: boolean; casse?: boolean } = {}) {
  const base = lecteurEnMemoire(indexerRecherche(FICHES.map(documentRecherche)));
  const etat = { lectures: 0, casse: options.casse ?? false, liberer: () => {} };
  const barriere = options.retenu ? new Promise<void>((ok) => (etat.liberer = ok)) : Promise.resolve();
  const lire: LecteurRecherche = async (cle) => {
    etat.lectures++;
    await barriere;
    if (etat.casse) throw new Error('HTTP 404');
    return base(cle);
  };
  return { lire, etat };
}

async function demarrer(options: Parameters<typeof lecteur>[0] = {}, filtres = {}) {
  const l = lecteur(options);
  const f = new Filtrage(l.lire);
  const d = await f.demarrer(bufferTest(), META, filtres);
  return { ...l, f, ...d };
}

const indices = (m: { liste: (b: null, t: 'pertinence' | 'date', c: [number, number] | null) => { indices: Uint32Array } }, centre: [number, number] | null = null) => [
  ...m.liste(null, 'pertinence', centre).indices,
];

describe('the search index in the worker', () => {
  it('is not read before the first query', async () => {
    const { f, moteur, etat } = await demarrer();
    await f.filtrer(moteur, { axes: ['1'] });
    expect(etat.lectures).toBe(0);
    expect(f.charge).toBe(false);
    await f.filtrer(moteur, { texte: 'budget' });
    expect(etat.lectures).toBeGreaterThan(0);
    expect(f.charge).toBe(true);
  });

  it('is read once, however many queries wait for it', async () => {
    const { f, moteur, etat } = await demarrer();
    const precharge = f.precharger();
    const a = f.filtrer(moteur, { texte: 'bud' });
    const b = f.filtrer(moteur, { texte: 'budget' });
    expect(await precharge).toBe(true);
    await Promise.all([a, b]);
    const fichiers = etat.lectures;
    await f.filtrer(moteur, { texte: 'budget participatif' });
    await f.precharger();
    expect(etat.lectures).toBe(fichiers);
  });

  it('is read at the init when the first filter has a query (a shared link with q=)', async () => {
    const { moteur, resultat, etat } = await demarrer({}, { texte: 'budget participatif' });
    expect(etat.lectures).toBeGreaterThan(0);
    expect(resultat.total).toBe(BUDGET.length);
    expect(resultat.globales.total).toBe(7);
    expect(indices(moteur).sort()).toEqual(BUDGET);
  });

  it('when it cannot be read, leaves the query out with an error, and tries again at the next query', async () => {
    const { f, moteur, etat } = await demarrer({ casse: true });
    const r = await f.filtrer(moteur, { texte: 'budget' });
    expect(r.total).toBe(7);
    expect(r.recherche?.erreur).toMatch(/La recherche n’est pas disponible/);
    const avant = etat.lectures;
    etat.casse = false;
    const s = await f.filtrer(moteur, { texte: 'budget' });
    expect(etat.lectures).toBeGreaterThan(avant);
    expect(s.total).toBe(BUDGET.length);
    expect(s.recherche?.erreur).toBeUndefined();
  });
});

describe('a query in a filter', () => {
  it.each(['budget participatif', 'Budget Participatif', 'BUDGET PARTICIPATIFS', 'budjet participatif', 'budget parti'])('finds the fiches that mention "budget participatif": %s', async (q) => {
    const { f, moteur } = await demarrer();
    const r = await f.filtrer(moteur, { texte: q });
    expect(r.total).toBe(BUDGET.length);
    expect(indices(moteur).sort()).toEqual(BUDGET);
    expect(r.recherche?.vide).toBe(false);
    expect(r.recherche?.termes).toEqual(expect.arrayContaining(['budget', 'participatif']));
  });

  it('answers with the facet counts of the filter, the query included', async () => {
    const { f, moteur } = await demarrer();
    const r = await f.filtrer(moteur, { texte: 'budget participatif', axes: ['2'] });
    // Axe 2 (S2): fiches 1 and 3; with the query, both mention it.
    expect(r.total).toBe(2);
    expect(r.facettes.total).toBe(2);
    // The count of an axe is what selecting it instead would give: every "budget" fiche with a service of axe 1.
    expect(r.facettes.axes).toEqual({ '1': 4, '2': 2 });
    expect(r.facettes.totalSans.thematique).toBe(BUDGET.length);
    expect(r.facettes.totalSans.texte).toBe(2);
  });

  it('counts what dropping each filter would give when nothing matches', async () => {
    const { f, moteur } = await demarrer();
    const r = await f.filtrer(moteur, { texte: 'tiers-lieu', axes: ['1'] });
    expect(r.total).toBe(0);
    expect(r.facettes.totalSans.texte).toBe(5); // the axe 1 fiches (S1, S3): 0, 1, 2, 4, 5
    expect(r.facettes.totalSans.thematique).toBe(1); // the tiers-lieu, which has no service
  });

  it('does not filter by a query with nothing to search for', async () => {
    const { f, moteur } = await demarrer();
    const r = await f.filtrer(moteur, { texte: 'l’' });
    expect(r.total).toBe(7);
    expect(r.recherche).toEqual({ termes: [], vide: true });
    expect((await f.filtrer(moteur, {})).recherche).toBeNull();
  });

  it('ranks the list by score under « Pertinence », title matches first, then the nearest', async () => {
    const { f, moteur } = await demarrer();
    await f.filtrer(moteur, { texte: 'budget participatif' });
    const depuisLyon = indices(moteur, LYON);
    expect(depuisLyon.slice(0, 2)).toEqual([4, 0]); // both in the title: Lyon, then Paris
    expect(depuisLyon.slice(2).sort()).toEqual([1, 3, 5]);
    expect(depuisLyon[4]).toBe(5); // not placed: last of its rank
    // The other orders ignore the score.
    expect([...moteur.liste(null, 'date', null).indices]).toEqual([1, 4, 0, 5, 3]);
    // Without a query, pertinence is the distance again.
    await f.filtrer(moteur, {});
    expect(indices(moteur, LYON)[0]).toBe(4);
    expect(indices(moteur, LYON)[1]).not.toBe(0);
  });

  it('holds the map-view facet: only the fiches in the view, and what the view leaves out apart', async () => {
    const { f, moteur } = await demarrer();
    const r = await f.filtrer(moteur, { texte: 'budget participatif', vue: ILE_DE_FRANCE });
    expect(indices(moteur).sort()).toEqual([0, 1, 3]);
    expect(r.facettes.totalSansVue).toBe(BUDGET.length);
    expect(r.facettes.totalSans.vue).toBe(BUDGET.length);
  });

  it('keeps the generation (and the clusters) when a keystroke changes no result', async () => {
    const { f, moteur } = await demarrer();
    const a = await f.filtrer(moteur, { texte: 'budget particip' });
    const b = await f.filtrer(moteur, { texte: 'budget participatif' });
    expect(b.generation).toBe(a.generation);
    const c = await f.filtrer(moteur, { texte: 'budget participatif lyonnais' });
    expect(c.generation).toBe(a.generation + 1);
    expect(c.total).toBe(1);
  });
});

describe('the last filter asked for', () => {
  it('wins over an older one that waited for the index', async () => {
    const { f, moteur, etat } = await demarrer({ retenu: true });
    const ancien = f.filtrer(moteur, { texte: 'budget' });
    const recent = await f.filtrer(moteur, { axes: ['2'] });
    expect(recent.total).toBe(2);
    etat.liberer();
    const r = await ancien;
    // The query was not applied: the engine still shows the newer filter.
    expect(r.total).toBe(2);
    expect(moteur.total).toBe(2);
    expect(r.generation).toBe(recent.generation);
  });

  it('is applied even when an older one is still waiting', async () => {
    const { f, moteur, etat } = await demarrer({ retenu: true });
    const ancien = f.filtrer(moteur, { axes: ['2'], texte: 'wifi' });
    const recent = f.filtrer(moteur, { texte: 'tiers-lieu' });
    etat.liberer();
    const [, b] = await Promise.all([ancien, recent]);
    expect(b.total).toBe(1);
    expect(indices(moteur)).toEqual([6]);
  });
});

describe('lecteurHttp', () => {
  it('reads each file beside the manifest, and fails on an HTTP error', async () => {
    const urls: string[] = [];
    const faux = (async (url: string) => {
      urls.push(url);
      return new Response(url.endsWith('absent.json') ? 'non' : '{"ok":1}', { status: url.endsWith('absent.json') ? 404 : 200 });
    }) as unknown as typeof fetch;
    const lire = lecteurHttp('http://atlas.test/site/data/recherche/3f2a/index.json', faux);
    await expect(lire('titre.1.map')).resolves.toBe('{"ok":1}');
    await expect(lire('absent')).rejects.toThrow(/404/);
    expect(urls).toEqual(['http://atlas.test/site/data/recherche/3f2a/titre.1.map.json', 'http://atlas.test/site/data/recherche/3f2a/absent.json']);
  });
});
