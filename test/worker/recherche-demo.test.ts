/**
 * The search on the demo export (11,784 fiches): "budget participatif" finds every fiche whose
 * text holds it, whatever the accents, the capitals or one typo; the browser test of the issue
 * checks the same in the page. The export is read, normalised and joined by the build's own
 * stages (data/demo, or generated when absent); the index is built and loaded in memory.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RACINE } from '../../scripts/build-atlas.ts';
import { joinExport } from '../../scripts/build/join.ts';
import { normaliseExport } from '../../scripts/build/normalise.ts';
import { readExport, sourceDossier } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';
import { motsPlaces, motsRecherche } from '../../src/core/recherche-analyse.ts';
import { documentRecherche, indexerRecherche, lecteurEnMemoire, type DocumentRecherche } from '../../src/core/recherche-index.ts';
import { chargerRecherche, type MoteurRecherche } from '../../src/worker/recherche.ts';

let temporaire: string | null = null;
let documents: DocumentRecherche[];
let moteur: MoteurRecherche;

beforeAll(async () => {
  let dossier = join(RACINE, 'data/demo');
  if (!existsSync(join(dossier, 'Actions.csv'))) {
    temporaire = mkdtempSync(join(tmpdir(), 'atlaas-recherche-'));
    dossier = temporaire;
    await generateDemo({ out: dossier, quiet: true });
  }
  const rapport = new Rapport();
  const joint = joinExport(normaliseExport(await readExport(sourceDossier(dossier), rapport), rapport), rapport);
  documents = joint.fiches.map((fj, i) => documentRecherche({ ...fj.fiche, i, lieux: fj.lieux.map((l) => ({ nom: l.nom, commune: l.ville })) }));
  moteur = await chargerRecherche(lecteurEnMemoire(indexerRecherche(documents)));
}, 180_000);
afterAll(() => {
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

/** Fiches whose text, folded word by word, holds `phrase` (folded) as consecutive words. */
function contiennent(phrase: string): Set<number> {
  const cherche = ` ${motsPlaces(phrase)
    .map((m) => m.plie)
    .join(' ')} `;
  const garde = new Set<number>();
  for (const d of documents) {
    const mots = ` ${motsPlaces([d.titre, d.commune, d.outils, d.texte].join('\n'))
      .map((m) => m.plie)
      .join(' ')} `;
    if (mots.includes(cherche)) garde.add(d.i);
  }
  return garde;
}

const ensemble = (q: string) => new Set(moteur.chercher(q).indices);

describe('the search on the demo export', () => {
  it('finds every fiche whose text holds "budget participatif", and only fiches with both words', () => {
    const attendues = contiennent('budget participatif');
    expect(attendues.size).toBeGreaterThan(20);
    const trouvees = ensemble('budget participatif');
    for (const i of attendues) expect(trouvees.has(i)).toBe(true);
    for (const i of trouvees) {
      const d = documents[i];
      const racines = new Set(motsRecherche([d.titre, d.commune, d.outils, d.texte].join('\n')));
      expect(racines.has('budget') && racines.has('participatif')).toBe(true);
    }
  });

  it.each([
    ['capitals', 'Budget Participatif'],
    ['all capitals', 'BUDGET PARTICIPATIF'],
    ['stray accents', 'bûdget pàrticipatïf'],
    ['the plural', 'budgets participatifs'],
    ['the feminine', 'budget participative'],
    ['one typo in the first word', 'budjet participatif'],
    ['one typo in the last word, finished', 'budget participatf '],
    ['one letter swapped', 'budget particpiatif'],
  ])('finds the same fiches with %s ("%s")', (_cas, requete) => {
    expect(ensemble(requete)).toEqual(ensemble('budget participatif'));
  });

  it('finds them all with one typo in the last word still being typed', () => {
    // "participatf" may still become "participatif" or "participation": both are found.
    const trouvees = ensemble('budget participatf');
    for (const i of ensemble('budget participatif')) expect(trouvees.has(i)).toBe(true);
  });

  it.each([
    ['médiathèque numérique', 'mediatheque numerique'],
    ['École numérique', 'ecole numerique'],
    ['Espace public numérique', 'ESPACE PUBLIC NUMERIQUE'],
  ])('finds "%s" with or without its accents', (accentuee, sansAccents) => {
    const avec = ensemble(accentuee);
    expect(avec.size).toBeGreaterThan(0);
    expect(ensemble(sansAccents)).toEqual(avec);
    for (const i of contiennent(accentuee)) expect(avec.has(i)).toBe(true);
  });

  it('ranks first the fiches with both words in their title', () => {
    const [premiere] = moteur.chercher('budget participatif', 1).indices;
    expect(motsRecherche(documents[premiere].titre)).toEqual(expect.arrayContaining(['budget', 'participatif']));
  });

  it('narrows as the user types "budget parti"', () => {
    const budget = ensemble('budget');
    const parti = ensemble('budget parti');
    const participatif = ensemble('budget participatif');
    for (const i of participatif) expect(parti.has(i)).toBe(true);
    for (const i of parti) expect(budget.has(i)).toBe(true);
  });
});
