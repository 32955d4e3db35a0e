import { describe, expect, it } from 'vitest';
import type { Fiche, Liaison, Lieu, ServiceLigne } from '../../src/core/modele.ts';
import { joinExport } from '../../scripts/build/join.ts';
import type { ExportNormalise } from '../../scripts/build/normalise.ts';
import { Rapport } from '../../scripts/build/report.ts';

const fiche = (id: string, ligne: number): Fiche => ({
  id,
  origine: { fichier: 'Actions.csv', ligne },
  titre: `Fiche ${id}`,
  sousTitre: '',
  synthese: '',
  actions: '',
  resultats: '',
  recommandations: '',
  liens: [],
  outils: '',
  prestataires: '',
  videos: [],
  photos: [],
});
const lieu = (id: string, ligne: number): Lieu => ({
  id,
  origine: { fichier: 'Lieux.csv', ligne },
  type: 'ville',
  nom: `Lieu ${id}`,
  description: '',
  adresse: '',
  ville: '',
  telephone: '',
  courriel: '',
});
const service = (id: string): ServiceLigne => ({
  id,
  origine: { fichier: 'Services.csv', ligne: 2 },
  axe: '1. A',
  enjeu: '1. E',
  usage: '1. U',
  service: id,
});
const liaison = (fichier: string, ligne: number, idAction: string, idAutre: string): Liaison => ({
  origine: { fichier, ligne },
  idAction,
  idAutre,
});

function exportDe(partiel: Partial<ExportNormalise>): ExportNormalise {
  return {
    fiches: [],
    lieux: [],
    personnes: [],
    services: [],
    labels: [],
    liaisonsLieux: [],
    liaisonsPersonnes: [],
    liaisonsServices: [],
    ...partiel,
  };
}

function rapportAvecFeuilles(...feuilles: [string, number][]) {
  const r = new Rapport();
  for (const [f, n] of feuilles) r.compterFeuille(f, { lues: n, gardees: n, rejetees: 0 });
  return r;
}

describe('joinExport', () => {
  it('attaches places and services to their fiche in link order', () => {
    const r = rapportAvecFeuilles();
    const j = joinExport(
      exportDe({
        fiches: [fiche('1', 2)],
        lieux: [lieu('10', 2), lieu('11', 3)],
        services: [service('S1'), service('S2')],
        liaisonsLieux: [liaison('Liaison Lieux.csv', 2, '1', '11'), liaison('Liaison Lieux.csv', 3, '1', '10')],
        liaisonsServices: [liaison('Liaison Services.csv', 2, '1', 'S2')],
      }),
      r,
    );
    expect(j.fiches[0].lieux.map((l) => l.id)).toEqual(['11', '10']);
    expect(j.fiches[0].services.map((s) => s.id)).toEqual(['S2']);
  });

  it('rejects a link to an unknown fiche as an orphan, with its file and line', () => {
    const r = rapportAvecFeuilles(['Liaison Lieux.csv', 1]);
    joinExport(exportDe({ fiches: [fiche('1', 2)], lieux: [lieu('10', 2)], liaisonsLieux: [liaison('Liaison Lieux.csv', 7, '99', '10')] }), r);
    const rejet = r.entrees.find((e) => e.code === 'LIAISON_ORPHELINE');
    expect(rejet).toMatchObject({ gravite: 'rejet', fichier: 'Liaison Lieux.csv', ligne: 7 });
  });

  it('rejects a link to an unknown place as an orphan', () => {
    const r = rapportAvecFeuilles(['Liaison Lieux.csv', 1]);
    const j = joinExport(exportDe({ fiches: [fiche('1', 2)], liaisonsLieux: [liaison('Liaison Lieux.csv', 2, '1', '404')] }), r);
    expect(j.fiches[0].lieux).toEqual([]);
    expect(r.entrees.map((e) => e.code)).toContain('LIAISON_ORPHELINE');
  });

  it('rejects a repeated link once and keeps the first', () => {
    const r = rapportAvecFeuilles(['Liaison Services.csv', 2]);
    const j = joinExport(
      exportDe({
        fiches: [fiche('1', 2)],
        services: [service('S1')],
        liaisonsServices: [liaison('Liaison Services.csv', 2, '1', 'S1'), liaison('Liaison Services.csv', 3, '1', 'S1')],
      }),
      r,
    );
    expect(j.fiches[0].services).toHaveLength(1);
    expect(r.entrees.filter((e) => e.code === 'LIAISON_EN_DOUBLE').map((e) => e.ligne)).toEqual([3]);
  });

  it('moves rejected link rows from kept to rejected in the sheet counts', () => {
    const r = rapportAvecFeuilles(['Liaison Lieux.csv', 3]);
    joinExport(
      exportDe({
        fiches: [fiche('1', 2)],
        lieux: [lieu('10', 2)],
        liaisonsLieux: [
          liaison('Liaison Lieux.csv', 2, '1', '10'),
          liaison('Liaison Lieux.csv', 3, '1', '10'),
          liaison('Liaison Lieux.csv', 4, '2', '10'),
        ],
      }),
      r,
    );
    expect(r.feuilles.get('Liaison Lieux.csv')).toEqual({ lues: 3, gardees: 1, rejetees: 2 });
  });

  it('reports a place that no fiche links to, so that no row is lost silently', () => {
    const r = rapportAvecFeuilles(['Lieux.csv', 2]);
    const j = joinExport(
      exportDe({ fiches: [fiche('1', 2)], lieux: [lieu('10', 2), lieu('11', 3)], liaisonsLieux: [liaison('Liaison Lieux.csv', 2, '1', '10')] }),
      r,
    );
    expect(j.lieux.map((l) => l.id)).toEqual(['10']);
    expect(r.entrees.find((e) => e.code === 'LIEU_SANS_FICHE')).toMatchObject({ ligne: 3, id: '11' });
    expect(r.feuilles.get('Lieux.csv')).toEqual({ lues: 2, gardees: 1, rejetees: 1 });
  });

  it('keeps a fiche without place and warns about it', () => {
    const r = rapportAvecFeuilles();
    const j = joinExport(exportDe({ fiches: [fiche('1', 2)] }), r);
    expect(j.fiches).toHaveLength(1);
    expect(r.entrees.map((e) => e.code)).toEqual(['FICHE_SANS_LIEU', 'FICHE_SANS_SERVICE']);
  });
});
