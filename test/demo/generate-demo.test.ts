import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCp1252 } from '../../scripts/demo/cp1252.ts';
import { FICHIERS, generateDemo, type ResumeDemo } from '../../scripts/demo/generate-demo.ts';
import { lireFeuille, premiereLigne } from './lire-export.ts';

const COUNT = 300;
const dossiers: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'atlaas-demo-'));
  dossiers.push(d);
  return d;
};
let a: string;
let b: string;
let resume: ResumeDemo;

beforeAll(async () => {
  a = tmp();
  b = tmp();
  resume = await generateDemo({ out: a, count: COUNT, seed: 7 });
  await generateDemo({ out: b, count: COUNT, seed: 7 });
});
afterAll(() => dossiers.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ENTETES: Record<string, string> = {
  'Actions.csv': 'Id_Action;Titre;Sous-titre ;Date;Synthèse;Actions;Résultats;Recommandations ;Liens;Outils;Prestataires;Videos;Photos ',
  'Services.csv': 'Id_Service;Axe;Enjeu de développement ;Usage;Service',
  'Lieux.csv': 'Id_Lieu;Type;Nom ;Description;Latitude;Longitude;Adresse web;Adresse ;Code postal;Ville;Telephone;Fax;Courriel ;Population;Id_INSEE',
  'Personnes.csv': 'Id_Personne;Nom;Titre ;Elu;Adresse;Code postal;Ville;Telephone ;Telephone mobile;Courriel',
  'Liaison Lieux.csv': 'Id_Action;Id_Lieu',
  'Liaison Personnes.csv': 'Id_Action;Id_Personne',
  'Liaison Services.csv': 'Id_Action;Id_Service',
  'Labels.csv': 'Id_INSEE;Nom;Année;Arobases;Catégorie;Mention',
};

describe('generateDemo', () => {
  it('writes the 7 sheets and Labels.csv, and nothing else', () => {
    expect(readdirSync(a).sort()).toEqual(Object.values(FICHIERS).sort());
  });

  it('writes byte-identical files for the same seed and count', () => {
    for (const f of Object.values(FICHIERS)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('writes different fiches for another seed', async () => {
    const c = tmp();
    await generateDemo({ out: c, count: COUNT, seed: 8 });
    expect(readFileSync(join(c, 'Actions.csv')).equals(readFileSync(join(a, 'Actions.csv')))).toBe(false);
  });

  it.each(Object.entries(ENTETES))('writes the exact header of %s, trailing spaces included', (fichier, entete) => {
    expect(premiereLigne(a, fichier)).toBe(entete);
  });

  it('writes UTF-8 without BOM and CRLF line ends', () => {
    const octets = readFileSync(join(a, 'Lieux.csv'));
    expect(octets.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(octets.toString('utf8').split('\r\n').length).toBeGreaterThan(10);
    expect(/[^\r]\n/.test(readFileSync(join(a, 'Labels.csv'), 'utf8'))).toBe(false);
  });

  it('writes one Actions.csv row per fiche, plus the counted duplicate rows', () => {
    const actions = lireFeuille(a, 'Actions.csv');
    expect(actions.erreurs).toEqual([]);
    expect(new Set(actions.lignes.map((l) => l.Id_Action.replace(/\.0$/, ''))).size).toBe(COUNT);
    expect(actions.lignes).toHaveLength(COUNT + (resume.anomalies['actions.id-en-double'] ?? 0));
    expect(resume.lignes['Actions.csv']).toBe(actions.lignes.length);
  });

  it('writes rows with as many cells as the header, in every sheet', () => {
    for (const f of Object.values(FICHIERS)) {
      const feuille = lireFeuille(a, f);
      expect(feuille.erreurs, f).toEqual([]);
      const largeurs = new Set(feuille.lignes.map((l) => Object.values(l).filter((v) => v !== undefined).length));
      expect([...largeurs], f).toEqual([feuille.entete.length]);
    }
  });

  it('writes the 150 services of the 2014 classification', () => {
    const services = lireFeuille(a, 'Services.csv').lignes;
    expect(services.map((s) => s.Id_Service)).toEqual(Array.from({ length: 150 }, (_, i) => `S${i + 1}`));
    expect(new Set(services.map((s) => s.Axe)).size).toBe(4);
    expect(new Set(services.map((s) => s.Axe + s['Enjeu de développement '])).size).toBe(12);
  });

  it('writes link rows that all parse as ids', () => {
    const id = /^\d+(\.0)?$/;
    for (const l of lireFeuille(a, 'Liaison Lieux.csv').lignes) expect(id.test(l.Id_Action) && id.test(l.Id_Lieu), JSON.stringify(l)).toBe(true);
    for (const l of lireFeuille(a, 'Liaison Personnes.csv').lignes) expect(id.test(l.Id_Action) && id.test(l.Id_Personne), JSON.stringify(l)).toBe(true);
    for (const l of lireFeuille(a, 'Liaison Services.csv').lignes) expect(id.test(l.Id_Action) && /^S\d+$/.test(l.Id_Service), JSON.stringify(l)).toBe(true);
  });

  it('links every fiche to 1–3 services, 1–2 lieux and 0–2 persons, apart from the few duplicates', () => {
    const ids = lireFeuille(a, 'Actions.csv').lignes.map((l) => l.Id_Action.replace(/\.0$/, ''));
    const compter = (f: string) => {
      const n = new Map<string, number>();
      for (const l of lireFeuille(a, f).lignes) n.set(l.Id_Action.replace(/\.0$/, ''), (n.get(l.Id_Action.replace(/\.0$/, '')) ?? 0) + 1);
      return n;
    };
    const services = compter('Liaison Services.csv');
    const lieux = compter('Liaison Lieux.csv');
    const personnes = compter('Liaison Personnes.csv');
    for (const id of new Set(ids)) {
      expect(services.get(id) ?? 0, id).toBeGreaterThanOrEqual(1);
      expect(services.get(id) ?? 0, id).toBeLessThanOrEqual(4); // 3, plus an orphan-service row at most
      expect(lieux.get(id) ?? 0, id).toBeGreaterThanOrEqual(1);
      expect(lieux.get(id) ?? 0, id).toBeLessThanOrEqual(3);
      expect(personnes.get(id) ?? 0, id).toBeLessThanOrEqual(3);
    }
  });

  it('writes Windows-1252 that decodes to the same text as the UTF-8 export', async () => {
    const c = tmp();
    await generateDemo({ out: c, count: COUNT, seed: 7, encoding: 'windows-1252' });
    for (const f of Object.values(FICHIERS)) {
      expect(decodeCp1252(readFileSync(join(c, f))), f).toBe(readFileSync(join(a, f), 'utf8'));
    }
    const octets = readFileSync(join(c, 'Actions.csv'));
    expect(octets.includes(0x92) || octets.includes(0x9c), 'a ’ or œ byte').toBe(true);
  });

  it.each([
    { delimiter: ',', nom: 'comma' },
    { delimiter: '\t', nom: 'tab' },
  ] as const)('writes the same cells with the $nom delimiter', async ({ delimiter }) => {
    const c = tmp();
    await generateDemo({ out: c, count: COUNT, seed: 7, delimiter });
    for (const f of ['Actions.csv', 'Lieux.csv', 'Liaison Services.csv']) {
      expect(lireFeuille(c, f, { delimiter }).lignes, f).toEqual(lireFeuille(a, f).lignes);
    }
  });

  it('writes a UTF-8 BOM when asked', async () => {
    const c = tmp();
    await generateDemo({ out: c, count: 30, seed: 7, bom: true });
    expect([...readFileSync(join(c, 'Actions.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
