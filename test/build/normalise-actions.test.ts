import { describe, expect, it } from 'vitest';
import { normaliseActions } from '../../scripts/build/normalise/actions.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { feuille } from './normalise-aide.ts';

function normaliser(lignes: Record<string, string>[]) {
  const rapport = new Rapport();
  const fiches = normaliseActions(feuille('Actions', lignes), rapport);
  return { fiches, rapport, codes: rapport.entrees.map((e) => e.code) };
}

describe('normaliseActions', () => {
  it('makes a fiche of a row with an id and a title', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'Un titre', synthese: 'Texte.', date: '2014-03-12' }]);
    expect(fiches).toEqual([
      {
        id: '101', origine: { fichier: 'Actions.csv', ligne: 2 }, titre: 'Un titre', sousTitre: '', date: { annee: 2014, iso: '2014-03-12' },
        synthese: 'Texte.', actions: '', resultats: '', recommandations: '', liens: [], outils: '', prestataires: '', videos: [], photos: [],
      },
    ]);
    expect(rapport.entrees).toEqual([]);
  });

  it('counts the sheet: rows read, kept and rejected', () => {
    const { rapport } = normaliser([{ id_action: '1', titre: 'a' }, { id_action: '', titre: 'b' }, { id_action: '3', titre: 'c' }]);
    expect(rapport.feuilles.get('Actions.csv')).toEqual({ lues: 3, gardees: 2, rejetees: 1 });
  });

  it('rejects a row without id as ID_MANQUANT', () => {
    const { fiches, rapport } = normaliser([{ id_action: ' ', titre: 'Sans id' }]);
    expect(fiches).toEqual([]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'rejet', code: 'ID_MANQUANT', ligne: 2, champ: 'Id_Action' })]);
  });

  it('rejects an id with an inner space as ID_MANQUANT, saying what it was', () => {
    const { rapport } = normaliser([{ id_action: '10 1', titre: 'x' }]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ code: 'ID_MANQUANT', avant: '10 1' })]);
  });

  it('keeps the first of two rows with the same id and names its line', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'Premier' }, { id_action: '102', titre: 'Autre' }, { id_action: '101', titre: 'Second' }]);
    expect(fiches.map((f) => f.titre)).toEqual(['Premier', 'Autre']);
    const rejet = rapport.entrees.find((e) => e.code === 'ID_EN_DOUBLE')!;
    expect(rejet).toMatchObject({ gravite: 'rejet', ligne: 4, id: '101' });
    expect(rejet.message).toContain('ligne 2');
  });

  it('sees 101.0 as a duplicate of 101', () => {
    const { codes } = normaliser([{ id_action: '101', titre: 'a' }, { id_action: '101.0', titre: 'b' }]);
    expect(codes).toEqual(['ID_CORRIGE', 'ID_EN_DOUBLE']);
  });

  it('lets a later row take the id of an empty fiche that was rejected', () => {
    const { fiches, codes } = normaliser([{ id_action: '101' }, { id_action: '101', titre: 'La vraie' }]);
    expect(fiches.map((f) => [f.id, f.titre, f.origine.ligne])).toEqual([['101', 'La vraie', 3]]);
    expect(codes).toEqual(['FICHE_VIDE']);
  });

  it('rejects a fiche with neither title nor synthèse as FICHE_VIDE', () => {
    const { fiches, codes } = normaliser([{ id_action: '101', actions: 'Quelque chose' }]);
    expect(fiches).toEqual([]);
    expect(codes).toEqual(['FICHE_VIDE']);
  });

  it('keeps a fiche with a synthèse but no title, with a TITRE_MANQUANT warning', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', synthese: 'Une synthèse.' }]);
    expect(fiches).toHaveLength(1);
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'avertissement', code: 'TITRE_MANQUANT', id: '101' })]);
  });

  it('treats a title made only of HTML as empty', () => {
    const { codes } = normaliser([{ id_action: '101', titre: '<br/>' }]);
    expect(codes).toEqual(['TEXTE_HTML_NETTOYE', 'FICHE_VIDE']);
  });

  it('converts the date and reports the conversion with avant and après', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'x', date: '41710' }]);
    expect(fiches[0].date).toEqual({ annee: 2014, iso: '2014-03-12' });
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'correction', code: 'DATE_CONVERTIE', champ: 'Date', avant: '41710', apres: '2014-03-12' })]);
  });

  it('leaves out an unreadable date with a DATE_ILLISIBLE warning', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'x', date: 'bientôt' }]);
    expect(fiches[0]).not.toHaveProperty('date');
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'avertissement', code: 'DATE_ILLISIBLE', avant: 'bientôt' })]);
  });

  it('drops javascript: links from Liens and reports each one', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'x', liens: 'http://a.fr javascript:alert(1) data:text/html,x' }]);
    expect(fiches[0].liens).toEqual(['http://a.fr']);
    expect(rapport.entrees.filter((e) => e.code === 'LIEN_REFUSE').map((e) => [e.gravite, e.champ, e.avant])).toEqual([
      ['avertissement', 'Liens', 'javascript:alert(1)'],
      ['avertissement', 'Liens', 'data:text/html,x'],
    ]);
  });

  it('reads Videos and Photos as lists of links', () => {
    const { fiches } = normaliser([{ id_action: '101', titre: 'x', videos: 'https://v.fr/1\nhttps://v.fr/2', photos: 'https://p.fr/a.jpg; https://p.fr/b.jpg' }]);
    expect(fiches[0]).toMatchObject({ videos: ['https://v.fr/1', 'https://v.fr/2'], photos: ['https://p.fr/a.jpg', 'https://p.fr/b.jpg'] });
  });

  it('cleans HTML from every text field with one TEXTE_HTML_NETTOYE per field', () => {
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'x', synthese: 'a<br/>b', actions: '<p>c</p>', outils: 'sans html' }]);
    expect(fiches[0]).toMatchObject({ synthese: 'a\nb', actions: 'c', outils: 'sans html' });
    expect(rapport.entrees.map((e) => [e.code, e.champ])).toEqual([
      ['TEXTE_HTML_NETTOYE', 'Synthèse'],
      ['TEXTE_HTML_NETTOYE', 'Actions'],
    ]);
  });

  it('cuts long texts in the report, never in the fiche', () => {
    const long = '<b>' + 'x'.repeat(1000) + '</b>';
    const { fiches, rapport } = normaliser([{ id_action: '101', titre: 'x', synthese: long }]);
    expect(fiches[0].synthese).toHaveLength(1000);
    expect(rapport.entrees[0].avant).toHaveLength(300);
    expect(rapport.entrees[0].apres!.endsWith('…')).toBe(true);
  });

  it('joins the lines of a title and keeps those of a synthèse', () => {
    const { fiches } = normaliser([{ id_action: '101', titre: 'Un\ntitre', synthese: 'Une\nsynthèse' }]);
    expect(fiches[0]).toMatchObject({ titre: 'Un titre', synthese: 'Une\nsynthèse' });
  });
});
