/**
 * One export folder per format quirk (test/fixtures/exports/<quirk>/), each with an expected.json
 * (geojson-vt's testTiles habit). expected.json holds:
 * - `fabrique`: how the bytes were made; `quirk`: what the folder shows;
 * - `erreur`: the ExportError expected, or else `feuilles` (sheet counts), `lecture` (encoding,
 *   delimiter and record lines per sheet), and any of `fiches`, `lieux`, `services`, ...;
 * - `rapport`: every report entry, without its French message.
 * Each listed section is compared in full. When a change is meant, rewrite the listed sections
 * with ATLAAS_MAJ_FIXTURES=1 npx vitest run test/build/quirks.test.ts, then review the diff.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseExport } from '../../scripts/build/normalise.ts';
import { ExportError, readExport, sourceDossier } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { fixturesFabriquees } from '../fixtures/exports/make-fixtures.ts';

const RACINE = fileURLToPath(new URL('../fixtures/exports/', import.meta.url));
const MISE_A_JOUR = process.env.ATLAAS_MAJ_FIXTURES === '1';
const DOSSIERS = readdirSync(RACINE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const DESCRIPTION = new Set(['fabrique', 'quirk']);

/** Everything a fixture can check, as plain JSON. */
async function lireEtNormaliser(dossier: string): Promise<Record<string, unknown>> {
  const rapport = new Rapport();
  const sortie: Record<string, unknown> = {};
  try {
    const feuilles = await readExport(sourceDossier(join(RACINE, dossier)), rapport);
    Object.assign(sortie, normaliseExport(feuilles, rapport));
    sortie.lecture = Object.fromEntries(
      Object.values(feuilles).map((f) => [f.nom, { fichier: f.fichier, encodage: f.encodage, delimiteur: f.delimiteur, lignes: f.lignes.map((l) => l.ligne) }]),
    );
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    sortie.erreur = { code: e.code, fichier: e.fichier, message: e.message.replaceAll(RACINE, '<fixtures>/') };
  }
  sortie.feuilles = Object.fromEntries(rapport.feuilles);
  sortie.rapport = rapport.entrees.map(({ message: _, ...entree }) => entree);
  return JSON.parse(JSON.stringify(sortie));
}

/** JSON with two-space indent, where any value that fits on one line of 100 characters stays on it. */
function jsonLisible(valeur: unknown, marge = ''): string {
  const enLigne = JSON.stringify(valeur);
  if (enLigne === undefined || enLigne.length + marge.length <= 100 || valeur === null || typeof valeur !== 'object') return enLigne ?? 'null';
  const suivante = marge + '  ';
  if (Array.isArray(valeur)) return `[\n${valeur.map((v) => suivante + jsonLisible(v, suivante)).join(',\n')}\n${marge}]`;
  const paires = Object.entries(valeur).map(([k, v]) => `${suivante}${JSON.stringify(k)}: ${jsonLisible(v, suivante)}`);
  return `{\n${paires.join(',\n')}\n${marge}}`;
}

describe('export fixtures', () => {
  it('has one folder per quirk of the format', () => {
    expect(DOSSIERS).toEqual(
      expect.arrayContaining([
        'utf8-bom', 'windows-1252', 'delimiter-comma', 'delimiter-tab', 'crlf', 'quoted-multiline', 'decimal-comma',
        'swapped-coords', 'zero-coords', 'insee-lost-zero', 'ids-as-floats', 'excel-serial-date', 'orphan-links',
        'duplicate-ids', 'html-in-text', 'missing-sheet', 'blank-trailing-lines', 'header-variants',
      ]),
    );
  });

  it('keeps the bytes that make-fixtures.ts writes', () => {
    for (const [dossier, fichiers] of Object.entries(fixturesFabriquees())) {
      for (const [fichier, octets] of Object.entries(fichiers)) {
        expect(new Uint8Array(readFileSync(join(RACINE, dossier, fichier))), `${dossier}/${fichier}`).toEqual(octets);
      }
    }
  });
});

describe.each(DOSSIERS)('fixture %s', (dossier) => {
  const chemin = join(RACINE, dossier, 'expected.json');
  const attendu = JSON.parse(readFileSync(chemin, 'utf8')) as Record<string, unknown>;

  it('says how its bytes were made and what it shows', () => {
    expect(attendu.fabrique).toEqual(expect.any(String));
    expect(attendu.quirk).toEqual(expect.any(String));
  });

  it('reads and normalises as expected.json says', async () => {
    const obtenu = await lireEtNormaliser(dossier);
    if (MISE_A_JOUR) {
      for (const cle of Object.keys(attendu)) if (!DESCRIPTION.has(cle)) attendu[cle] = obtenu[cle] ?? null;
      writeFileSync(chemin, jsonLisible(attendu) + '\n');
    }
    for (const cle of Object.keys(attendu)) {
      if (!DESCRIPTION.has(cle)) expect(obtenu[cle], cle).toEqual(attendu[cle]);
    }
  });

  it('counts every row read as kept or rejected, with one rejet per rejected row', async () => {
    const obtenu = await lireEtNormaliser(dossier);
    const rapport = obtenu.rapport as { gravite: string; fichier: string }[];
    for (const [fichier, c] of Object.entries(obtenu.feuilles as Record<string, { lues: number; gardees: number; rejetees: number }>)) {
      expect(c.lues, fichier).toBe(c.gardees + c.rejetees);
      expect(rapport.filter((e) => e.gravite === 'rejet' && e.fichier === fichier).length, fichier).toBe(c.rejetees);
    }
  });
});
