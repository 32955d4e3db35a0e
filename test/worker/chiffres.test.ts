/**
 * The « Chiffres » messages on the engine's 7-fiche atlas: the selection is the engine's mask,
 * filters and full-text search included, and the statistics count that same selection.
 */
import { describe, expect, it } from 'vitest';
import { documentRecherche, indexerRecherche, lecteurEnMemoire, type FicheRecherchable } from '../../src/core/recherche-index.ts';
import { selectionDuMoteur, statistiquesDuMoteur } from '../../src/worker/chiffres.ts';
import { Filtrage } from '../../src/worker/filtrage.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import { bufferTest, META } from './fixture-moteur.ts';

const vide = { sousTitre: '', synthese: '', actions: '', resultats: '', recommandations: '', outils: '', prestataires: '', lieux: [] };
const TITRES = ['Budget participatif', 'Wifi', 'Portail citoyen', 'Un budget participatif des jeunes', 'Budget des Lyonnais', 'Ateliers', 'Tiers-lieu'];
const FICHES: FicheRecherchable[] = TITRES.map((titre, i) => ({ ...vide, i, titre }));

describe('the selection messages of the worker', () => {
  it('give every fiche, in index order, without a filter', () => {
    const m = new Moteur(bufferTest(), META);
    const s = selectionDuMoteur(m);
    expect(Array.from(s.colonnes.indices)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(s.generation).toBe(m.generation);
    expect(statistiquesDuMoteur(m).statistiques.total).toBe(7);
  });

  it('follow the filters, with a new generation each time', () => {
    const m = new Moteur(bufferTest(), META);
    const avant = m.generation;
    m.filtrer({ regions: ['11'] });
    const s = selectionDuMoteur(m);
    expect(s.generation).toBe(avant + 1);
    const st = statistiquesDuMoteur(m).statistiques;
    expect(st.total).toBe(s.colonnes.n);
    expect(Object.keys(st.regions)).toEqual(['11']);
    for (let k = 0; k < s.colonnes.n; k++) expect(m.estVisible(s.colonnes.indices[k])).toBe(true);
  });

  it('include the full-text search in the selection', async () => {
    const f = new Filtrage(lecteurEnMemoire(indexerRecherche(FICHES.map(documentRecherche))));
    const { moteur } = await f.demarrer(bufferTest(), META, {});
    await f.filtrer(moteur, { texte: 'budget' });
    const attendus = TITRES.flatMap((t, i) => (/budget/i.test(t) ? [i] : []));
    expect(Array.from(selectionDuMoteur(moteur).colonnes.indices)).toEqual(attendus);
    expect(statistiquesDuMoteur(moteur).statistiques.total).toBe(attendus.length);
  });
});
