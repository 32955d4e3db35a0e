import { describe, expect, it } from 'vitest';
import { normaliseExport } from '../../scripts/build/normalise.ts';
import { normaliseLabels } from '../../scripts/build/normalise/labels.ts';
import { normaliseLiaisons } from '../../scripts/build/normalise/liaisons.ts';
import { normalisePersonnes } from '../../scripts/build/normalise/personnes.ts';
import { normaliseServices } from '../../scripts/build/normalise/services.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { feuille } from './normalise-aide.ts';

describe('normaliseServices', () => {
  it('keeps the labels of the four levels as written, numbers included', () => {
    const services = normaliseServices(
      feuille('Services', [{ id_service: 'S12', axe: '1. Démocratie', 'enjeu de developpement': '2. Vitalité ', usage: '3. Usage', service: 'Un service' }]),
      new Rapport(),
    );
    expect(services).toEqual([{ id: 'S12', origine: { fichier: 'Services.csv', ligne: 2 }, axe: '1. Démocratie', enjeu: '2. Vitalité', usage: '3. Usage', service: 'Un service' }]);
  });

  it('rejects a service that misses a level as SERVICE_INCOMPLET', () => {
    const rapport = new Rapport();
    const services = normaliseServices(feuille('Services', [{ id_service: 'S1', axe: '1. A', usage: '1. C', service: 'D' }]), rapport);
    expect(services).toEqual([]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'rejet', code: 'SERVICE_INCOMPLET', champ: 'Enjeu de développement', id: 'S1' })]);
  });
});

describe('normalisePersonnes', () => {
  const normaliser = (valeurs: Record<string, string>) => {
    const rapport = new Rapport();
    const [personne] = normalisePersonnes(feuille('Personnes', [{ id_personne: '7', ...valeurs }]), rapport);
    return { personne, codes: rapport.entrees.map((e) => e.code) };
  };

  it.each([
    ['oui', true],
    ['1', true],
    ['x', true],
    ['non', false],
    ['0', false],
    ['', false],
  ])('reads Elu %j as %s', (elu, attendu) => {
    expect(normaliser({ elu }).personne.elu).toBe(attendu);
  });

  it('reads an unreadable Elu as false with a warning', () => {
    expect(normaliser({ elu: 'peut-être' })).toMatchObject({ personne: { elu: false }, codes: ['ELU_ILLISIBLE'] });
  });

  it('keeps phone numbers and e-mail as written', () => {
    expect(normaliser({ telephone: '474000000', 'telephone mobile': '06 12 34 56 78', courriel: 'a@b.fr' }).personne).toMatchObject({
      telephone: '474000000',
      telephoneMobile: '06 12 34 56 78',
      courriel: 'a@b.fr',
    });
  });
});

describe('normaliseLiaisons', () => {
  it('keeps links to ids that exist nowhere, and duplicate links: join handles them', () => {
    const rapport = new Rapport();
    const liaisons = normaliseLiaisons('Liaison Lieux', feuille('Liaison Lieux', [{ id_action: '999', id_lieu: '1' }, { id_action: '999', id_lieu: '1' }]), rapport);
    expect(liaisons).toEqual([
      { origine: { fichier: 'Liaison Lieux.csv', ligne: 2 }, idAction: '999', idAutre: '1' },
      { origine: { fichier: 'Liaison Lieux.csv', ligne: 3 }, idAction: '999', idAutre: '1' },
    ]);
    expect(rapport.entrees).toEqual([]);
  });

  it('drops the .0 of both ids, one ID_CORRIGE each', () => {
    const rapport = new Rapport();
    const liaisons = normaliseLiaisons('Liaison Services', feuille('Liaison Services', [{ id_action: '15291.0', id_service: 'S1' }]), rapport);
    expect(liaisons[0]).toMatchObject({ idAction: '15291', idAutre: 'S1' });
    expect(rapport.entrees.map((e) => [e.code, e.champ])).toEqual([['ID_CORRIGE', 'Id_Action']]);
  });

  it.each([
    ['an empty Id_Action', { id_action: '', id_personne: '1' }, 'Id_Action'],
    ['an empty Id_Personne', { id_action: '101', id_personne: ' ' }, 'Id_Personne'],
    ['two empty ids', {}, 'Id_Action'],
  ])('rejects a link with %s as LIAISON_INCOMPLETE, once', (_, valeurs, champ) => {
    const rapport = new Rapport();
    expect(normaliseLiaisons('Liaison Personnes', feuille('Liaison Personnes', [valeurs]), rapport)).toEqual([]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'rejet', code: 'LIAISON_INCOMPLETE', champ })]);
    expect(rapport.feuilles.get('Liaison Personnes.csv')).toEqual({ lues: 1, gardees: 0, rejetees: 1 });
  });
});

describe('normaliseLabels', () => {
  const normaliser = (lignes: Record<string, string>[]) => {
    const rapport = new Rapport();
    return { labels: normaliseLabels(feuille('Labels', lignes), rapport), rapport };
  };

  it('reads a label', () => {
    expect(normaliser([{ id_insee: '29019', nom: 'Brest', annee: '2014', arobases: '5', categorie: 'ville', mention: 'Mention' }]).labels).toEqual([
      { origine: { fichier: 'Labels.csv', ligne: 2 }, code: '29019', nom: 'Brest', annee: 2014, arobases: 5, categorie: 'ville', mention: 'Mention' },
    ]);
  });

  it('keeps the SIREN of a territoire as its code', () => {
    expect(normaliser([{ id_insee: '200046977', annee: '2015', arobases: '4', categorie: 'territoire' }]).labels[0]).toMatchObject({ code: '200046977', categorie: 'territoire' });
  });

  it.each([
    ['arobases out of 1–5', { id_insee: '29019', annee: '2014', arobases: '6' }, 'Arobases'],
    ['no arobases', { id_insee: '29019', annee: '2014' }, 'Arobases'],
    ['no year', { id_insee: '29019', arobases: '3' }, 'Année'],
    ['no code', { annee: '2014', arobases: '3' }, 'Id_INSEE'],
  ])('rejects a label with %s as LABEL_INVALIDE', (_, valeurs, champ) => {
    const { labels, rapport } = normaliser([valeurs]);
    expect(labels).toEqual([]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'rejet', code: 'LABEL_INVALIDE', champ })]);
  });

  it('names every problem of a label in one rejet', () => {
    const { rapport } = normaliser([{ id_insee: 'x', annee: 'jamais', arobases: '9' }]);
    expect(rapport.entrees).toHaveLength(1);
    expect(rapport.entrees[0].message).toMatch(/Id_INSEE.*Année.*Arobases/);
  });

  it('keeps one label per code and year', () => {
    const { labels, rapport } = normaliser([
      { id_insee: '29019', annee: '2014', arobases: '5' },
      { id_insee: '29019', annee: '2014', arobases: '4' },
      { id_insee: '29019', annee: '2015', arobases: '4' },
    ]);
    expect(labels.map((l) => [l.annee, l.arobases])).toEqual([[2014, 5], [2015, 4]]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ code: 'ID_EN_DOUBLE', ligne: 3 })]);
  });

  it('leaves out an unknown category with a warning', () => {
    const { labels, rapport } = normaliser([{ id_insee: '29019', annee: '2014', arobases: '3', categorie: 'métropole' }]);
    expect(labels[0]).not.toHaveProperty('categorie');
    expect(rapport.entrees.map((e) => e.code)).toEqual(['CATEGORIE_INCONNUE']);
  });
});

describe('normaliseExport', () => {
  it('gives empty lists for absent optional sheets and counts only the sheets it read', () => {
    const rapport = new Rapport();
    const normalise = normaliseExport({ Actions: feuille('Actions', [{ id_action: '1', titre: 't' }]) }, rapport);
    expect(normalise).toMatchObject({ personnes: [], labels: [], liaisonsPersonnes: [], lieux: [], services: [] });
    expect([...rapport.feuilles.keys()]).toEqual(['Actions.csv']);
  });
});
