import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type ResumeDemo } from '../../scripts/demo/generate-demo.ts';
import { lireFeuille, type Feuille } from './lire-export.ts';

/** The demo at its default size (11,784 fiches): one generation, shared by the checks below. */
const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; nom: string; type: string; region?: string; codesPostaux?: string[] }[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as { code: string }[];
const regions = require('@etalab/decoupage-administratif/data/regions.json') as { code: string; zone: string }[];

let dossier: string;
let resume: ResumeDemo;
const f: Record<string, Feuille> = {};

beforeAll(async () => {
  dossier = mkdtempSync(join(tmpdir(), 'atlaas-demo-defaut-'));
  resume = await generateDemo({ out: dossier, quiet: true });
  for (const n of ['Actions', 'Lieux', 'Personnes', 'Labels', 'Liaison Lieux', 'Liaison Personnes', 'Liaison Services', 'Services']) f[n] = lireFeuille(dossier, n + '.csv');
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** The repairs the format allows: `1004.0` → `01004`. */
const reparerInsee = (code: string) => {
  const c = code.replace(/\.0$/, '');
  return /^\d{4}$/.test(c) ? '0' + c : c;
};
const sansFlottant = (id: string) => id.replace(/\.0$/, '');

describe('the default demo export', () => {
  it('has 11,784 fiches, and a few duplicate rows on top', () => {
    expect(new Set(f.Actions.lignes.map((l) => sansFlottant(l.Id_Action))).size).toBe(11_784);
    expect(f.Actions.lignes.length - 11_784).toBe(resume.anomalies['actions.id-en-double']);
  });

  it('places fiches in every region, overseas included', () => {
    const regionDe = new Map(communes.map((c) => [c.code, c.region]));
    const presentes = new Set(f.Lieux.lignes.map((l) => regionDe.get(reparerInsee(l.Id_INSEE))).filter(Boolean));
    const attendues = regions.filter((r) => r.zone === 'metro' || r.zone === 'drom').map((r) => r.code);
    expect(attendues).toHaveLength(18);
    for (const r of attendues) expect(presentes.has(r), `région ${r}`).toBe(true);
  });

  it('uses 2,500 to 3,500 distinct lieux, most fiches with a single one', () => {
    const lieux = new Set(f['Liaison Lieux'].lignes.map((l) => sansFlottant(l.Id_Lieu)));
    expect(lieux.size).toBeGreaterThanOrEqual(2500);
    expect(lieux.size).toBeLessThanOrEqual(3500);
    const parFiche = new Map<string, number>();
    for (const l of f['Liaison Lieux'].lignes) parFiche.set(sansFlottant(l.Id_Action), (parFiche.get(sansFlottant(l.Id_Action)) ?? 0) + 1);
    const uneSeule = [...parFiche.values()].filter((n) => n === 1).length;
    expect(uneSeule / parFiche.size).toBeGreaterThan(0.8);
  });

  it('gives dozens of fiches to the big cities', () => {
    const paris = f.Lieux.lignes.find((l) => l.Id_INSEE === '75056');
    expect(paris).toBeDefined();
    const n = f['Liaison Lieux'].lignes.filter((l) => sansFlottant(l.Id_Lieu) === paris?.Id_Lieu).length;
    expect(n).toBeGreaterThan(24);
  });

  it('gives every lieu a location the build can find, after the documented repairs', () => {
    const codes = new Set([...communes.map((c) => c.code), ...epcis.map((e) => e.code)]);
    const parCpVille = new Set(communes.flatMap((c) => (c.codesPostaux ?? []).map((cp) => cp + '|' + c.nom)));
    const introuvables = f.Lieux.lignes.filter((l) => {
      const cp = l['Code postal'].padStart(5, '0');
      return !codes.has(reparerInsee(l.Id_INSEE)) && !parCpVille.has(cp + '|' + l.Ville);
    });
    expect(introuvables.map((l) => `${l.Id_Lieu} ${l['Nom ']} ${l.Id_INSEE}`)).toEqual([]);
  });

  it('writes a label history for more than 1,000 collectivités', () => {
    const labels = f.Labels.lignes;
    expect(new Set(labels.map((l) => l.Id_INSEE)).size).toBeGreaterThan(1000);
    expect(new Set(labels.map((l) => l.Arobases))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(new Set(labels.map((l) => l['Catégorie']))).toEqual(new Set(['village', 'ville', 'territoire']));
    expect(labels.every((l) => Number(l['Année']) >= 2000 && Number(l['Année']) <= 2020)).toBe(true);
    expect(labels.some((l) => l.Mention !== '')).toBe(true);
  });

  it('varies its titles', () => {
    expect(new Set(f.Actions.lignes.map((l) => l.Titre)).size).toBeGreaterThan(5000);
  });

  it('writes fiche texts with accents, œ and both apostrophes', () => {
    const texte = f.Actions.texte;
    for (const c of ['é', 'œ', '’', "'", 'à', 'ç']) expect(texte.includes(c), c).toBe(true);
  });
});

describe('the quirks of the default demo export', () => {
  const dates = () => f.Actions.lignes.map((l) => l.Date);
  const coordonnees = () => f.Lieux.lignes.filter((l) => l.Latitude !== '');

  it.each([
    ['ISO dates', () => dates().some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))],
    ['dd/mm/yyyy dates', () => dates().some((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))],
    ['year-only dates', () => dates().some((d) => /^\d{4}$/.test(d))],
    ['Excel serial dates', () => dates().some((d) => /^\d{5}$/.test(d) && Number(d) > 36_000 && Number(d) < 44_300)],
    ['float ids in Actions.csv', () => f.Actions.lignes.some((l) => /^\d+\.0$/.test(l.Id_Action))],
    ['float ids in Lieux.csv', () => f.Lieux.lignes.some((l) => /^\d+\.0$/.test(l.Id_Lieu))],
    ['float ids in Personnes.csv', () => f.Personnes.lignes.some((l) => /^\d+\.0$/.test(l.Id_Personne))],
    ['float ids in the link sheets', () => ['Liaison Lieux', 'Liaison Personnes', 'Liaison Services'].every((n) => f[n].lignes.some((l) => /\.0$/.test(l.Id_Action)))],
    ['INSEE codes that lost their leading zero', () => f.Lieux.lignes.some((l) => /^\d{4}$/.test(l.Id_INSEE))],
    ['INSEE codes written as floats', () => f.Lieux.lignes.some((l) => /^\d{4}\.0$/.test(l.Id_INSEE))],
    ['Corsican codes in 2A and 2B', () => ['2A', '2B'].every((d) => f.Lieux.lignes.some((l) => l.Id_INSEE.startsWith(d)))],
    ['EPCI with their SIREN', () => f.Lieux.lignes.some((l) => /^2\d{8}$/.test(l.Id_INSEE) && l.Type === 'Ville / village')],
    ['commune déléguée codes', () => {
      const deleguees = new Set(communes.filter((c) => c.type === 'commune-deleguee').map((c) => c.code));
      const actuelles = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
      return f.Lieux.lignes.some((l) => deleguees.has(l.Id_INSEE) && !actuelles.has(l.Id_INSEE));
    }],
    ['Paris, Lyon and Marseille arrondissement codes', () => [/^751\d\d$/, /^6938\d$/, /^132\d\d$/].every((m) => f.Lieux.lignes.some((l) => m.test(l.Id_INSEE)))],
    ['communes with Id_INSEE empty but a postcode and a Ville', () => f.Lieux.lignes.some((l) => l.Type === 'Ville / village' && l.Id_INSEE === '' && /^\d{5}$/.test(l['Code postal']) && l.Ville !== '')],
    ['structures of type Autre', () => f.Lieux.lignes.some((l) => l.Type === 'Autre' && /^(Médiathèque|Espace public numérique|Centre social)/.test(l['Nom ']))],
    ['postcodes that lost their leading zero', () => f.Lieux.lignes.some((l) => /^\d{4}$/.test(l['Code postal']))],
    ['coordinates with a decimal comma', () => coordonnees().some((l) => l.Latitude.includes(','))],
    ['swapped coordinates', () => coordonnees().some((l) => Number(l.Latitude) > -10 && Number(l.Latitude) < 10 && Number(l.Longitude) > 41)],
    ['0 coordinates', () => coordonnees().some((l) => l.Latitude === '0' && l.Longitude === '0')],
    ['empty coordinates', () => f.Lieux.lignes.some((l) => l.Latitude === '')],
    ['phone numbers that lost their leading 0', () => f.Lieux.lignes.some((l) => /^[1-9]\d{8}$/.test(l.Telephone)) && f.Personnes.lignes.some((l) => /^[1-9]\d{8}$/.test(l['Telephone ']))],
    ['duplicate Id_Action with different content', () => {
      const vus = new Map<string, string>();
      return f.Actions.lignes.some((l) => {
        const avant = vus.get(l.Id_Action);
        vus.set(l.Id_Action, l.Titre);
        return avant !== undefined && avant !== l.Titre;
      });
    }],
    ['orphan link rows for every kind of id', () => {
      const actions = new Set(f.Actions.lignes.map((l) => sansFlottant(l.Id_Action)));
      const lieux = new Set(f.Lieux.lignes.map((l) => sansFlottant(l.Id_Lieu)));
      const personnes = new Set(f.Personnes.lignes.map((l) => sansFlottant(l.Id_Personne)));
      const services = new Set(f.Services.lignes.map((l) => l.Id_Service));
      const orphelines = (n: string, autre: string, existants: Set<string>) => [
        f[n].lignes.some((l) => !actions.has(sansFlottant(l.Id_Action))),
        f[n].lignes.some((l) => !existants.has(sansFlottant(l[autre]))),
      ];
      return [...orphelines('Liaison Lieux', 'Id_Lieu', lieux), ...orphelines('Liaison Personnes', 'Id_Personne', personnes), ...orphelines('Liaison Services', 'Id_Service', services)].every(Boolean);
    }],
    ['HTML fragments in texts', () => f.Actions.lignes.some((l) => /<br ?\/?>/.test(l['Synthèse'] + l.Actions)) && f.Actions.lignes.some((l) => /<a href="/.test(l.Actions))],
    ['javascript: links among the Liens', () => f.Actions.lignes.some((l) => /javascript:/i.test(l.Liens) && /https?:\/\//.test(l.Liens))],
    ['Liens separated by line breaks, spaces and ;', () => ['\n', ' ', ';'].every((s) => f.Actions.lignes.some((l) => /^https?:\/\//.test(l.Liens) && l.Liens.includes(s + 'http')))],
    ['cells with an embedded ;, " or line break', () => ['Sous-titre ', 'Titre', 'Synthèse'].some((k) => f.Actions.lignes.some((l) => l[k].includes(';'))) && f.Actions.lignes.some((l) => l.Titre.includes('"')) && f.Actions.lignes.some((l) => l['Synthèse'].includes('\n'))],
    ['blank trailing lines', () => readFileSync(join(dossier, 'Actions.csv'), 'utf8').endsWith('\r\n\r\n\r\n') && readFileSync(join(dossier, 'Liaison Services.csv'), 'utf8').endsWith('\r\n\r\n')],
  ])('include %s', (_nom, present) => {
    expect(present()).toBe(true);
  });

  it('keeps each counted quirk to a small share of its sheet', () => {
    const lignes: Record<string, number> = {
      actions: resume.lignes['Actions.csv'],
      lieux: resume.lignes['Lieux.csv'],
      personnes: resume.lignes['Personnes.csv'],
      'liaison-lieux': resume.lignes['Liaison Lieux.csv'],
      'liaison-personnes': resume.lignes['Liaison Personnes.csv'],
      'liaison-services': resume.lignes['Liaison Services.csv'],
      labels: resume.lignes['Labels.csv'],
    };
    const attendus = ['actions.date-jj-mm-aaaa', 'actions.date-annee', 'actions.date-serie-excel', 'actions.id-flottant', 'actions.id-en-double', 'actions.html', 'actions.lien-javascript', 'lieux.insee-zero-perdu', 'lieux.insee-flottant', 'lieux.cp-zero-perdu', 'lieux.coordonnees-virgule', 'lieux.coordonnees-inversees', 'lieux.coordonnees-zero', 'lieux.telephone-zero-perdu', 'liaison-lieux.orpheline-action', 'liaison-services.orpheline-service', 'liaison-personnes.orpheline-personne'];
    for (const code of attendus) {
      const n = resume.anomalies[code] ?? 0;
      expect(n, code).toBeGreaterThan(0);
      expect(n / lignes[code.split('.')[0]], code).toBeLessThan(0.025);
    }
  });
});
