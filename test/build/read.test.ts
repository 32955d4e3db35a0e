import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feuilleDuFichier } from '../../scripts/build/entetes.ts';
import { ExportError, readExport, sourceDossier, sourceMemoire } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';

const MINIMAL: Record<string, string> = {
  'Actions.csv': 'Id_Action;Titre\n101;Un titre\n',
  'Services.csv': 'Id_Service;Axe;Enjeu de développement ;Usage;Service\nS1;1. A;1. B;1. C;D\n',
  'Lieux.csv': 'Id_Lieu;Nom \n1;Brest\n',
  'Liaison Lieux.csv': 'Id_Action;Id_Lieu\n101;1\n',
  'Liaison Services.csv': 'Id_Action;Id_Service\n101;S1\n',
};

async function erreurDe(promesse: Promise<unknown>): Promise<ExportError> {
  try {
    await promesse;
  } catch (e) {
    if (e instanceof ExportError) return e;
    throw e;
  }
  throw new Error('aucune ExportError');
}

describe('feuilleDuFichier', () => {
  it.each([
    ['Liaison Lieux.csv', 'Liaison Lieux'],
    ['liaison_lieux.csv', 'Liaison Lieux'],
    ['LIAISON LIEUX.CSV', 'Liaison Lieux'],
    ['Liaison-Lieux.csv', 'Liaison Lieux'],
    ['  Liaison  Lieux.csv', 'Liaison Lieux'],
    ['actions.tsv', 'Actions'],
    ['Lieux.txt', 'Lieux'],
    ['LiaisonServices.csv', 'Liaison Services'],
  ])('finds the sheet of %j', (fichier, feuille) => {
    expect(feuilleDuFichier(fichier)).toBe(feuille);
  });

  it.each(['Actions.xlsx', 'Actions', 'Actions (copie).csv', '.~lock.Actions.csv#', 'Lieu.csv'])('finds no sheet for %j', (fichier) => {
    expect(feuilleDuFichier(fichier)).toBeUndefined();
  });
});

describe('readExport', () => {
  it('reads the required sheets and warns about each missing optional one', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(sourceMemoire(MINIMAL), rapport);
    expect(Object.keys(feuilles).sort()).toEqual(['Actions', 'Liaison Lieux', 'Liaison Services', 'Lieux', 'Services']);
    expect(rapport.entrees.filter((e) => e.code === 'FEUILLE_ABSENTE').map((e) => e.fichier)).toEqual(['Personnes.csv', 'Liaison Personnes.csv', 'Labels.csv']);
  });

  it('keys cells by canonical header and fills absent columns with empty strings', async () => {
    const feuilles = await readExport(sourceMemoire(MINIMAL), new Rapport());
    expect(feuilles.Actions!.lignes[0].valeurs).toMatchObject({ id_action: '101', titre: 'Un titre', 'sous titre': '', synthese: '' });
    expect(Object.keys(feuilles.Services!.lignes[0].valeurs)).toEqual(['id_service', 'axe', 'enjeu de developpement', 'usage', 'service']);
  });

  it('warns once per sheet about the columns it does not have', async () => {
    const rapport = new Rapport();
    await readExport(sourceMemoire(MINIMAL), rapport);
    expect(rapport.entrees.filter((e) => e.code === 'COLONNE_ABSENTE' && e.fichier === 'Actions.csv')).toHaveLength(1);
  });

  it('throws FEUILLE_MANQUANTE naming every missing required file', async () => {
    const { 'Lieux.csv': _, 'Liaison Services.csv': __, ...incomplet } = MINIMAL;
    const erreur = await erreurDe(readExport(sourceMemoire(incomplet), new Rapport()));
    expect(erreur.code).toBe('FEUILLE_MANQUANTE');
    expect(erreur.message).toContain('« Lieux.csv »');
    expect(erreur.message).toContain('« Liaison Services.csv »');
  });

  it('throws EXPORT_VIDE when no file is a sheet of the export', async () => {
    const erreur = await erreurDe(readExport(sourceMemoire({ 'notes.txt': 'rien' }), new Rapport()));
    expect(erreur.code).toBe('EXPORT_VIDE');
  });

  it('throws FICHIER_AMBIGU when two files are the same sheet', async () => {
    const erreur = await erreurDe(readExport(sourceMemoire({ ...MINIMAL, 'actions.csv': MINIMAL['Actions.csv'] }), new Rapport()));
    expect(erreur).toMatchObject({ code: 'FICHIER_AMBIGU' });
  });

  it('throws COLONNE_MANQUANTE when Id_Action is missing', async () => {
    const erreur = await erreurDe(readExport(sourceMemoire({ ...MINIMAL, 'Actions.csv': 'Numero;Titre\n101;x\n' }), new Rapport()));
    expect(erreur).toMatchObject({ code: 'COLONNE_MANQUANTE', fichier: 'Actions.csv' });
    expect(erreur.message).toContain('« Id_Action »');
  });

  it('throws FICHIER_ILLISIBLE for an empty required file', async () => {
    const erreur = await erreurDe(readExport(sourceMemoire({ ...MINIMAL, 'Lieux.csv': '\n\n' }), new Rapport()));
    expect(erreur).toMatchObject({ code: 'FICHIER_ILLISIBLE', fichier: 'Lieux.csv' });
  });

  it('throws FICHIER_ILLISIBLE when the source cannot give a file', async () => {
    const source = sourceMemoire(MINIMAL);
    source.lire = async () => {
      throw new Error('disque indisponible');
    };
    expect(await erreurDe(readExport(source, new Rapport()))).toMatchObject({ code: 'FICHIER_ILLISIBLE' });
  });

  it('throws SOURCE_ILLISIBLE for a folder that does not exist', async () => {
    const erreur = await erreurDe(readExport(sourceDossier('/nonexistent/atlaas-export'), new Rapport()));
    expect(erreur.code).toBe('SOURCE_ILLISIBLE');
  });

  it('matches headers whatever their case, accents, spaces and separators', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(
      sourceMemoire({ ...MINIMAL, 'Actions.csv': ' ID ACTION ;TITRE;sous_titre;SYNTHESE;Résultats \n101;T;S;Syn;R\n' }),
      rapport,
    );
    expect(feuilles.Actions!.lignes[0].valeurs).toMatchObject({ id_action: '101', titre: 'T', 'sous titre': 'S', synthese: 'Syn', resultats: 'R' });
  });

  it('reports unknown columns once per sheet and ignores them', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(sourceMemoire({ ...MINIMAL, 'Actions.csv': 'Id_Action;Titre;Note;Autre\n101;T;n1;a1\n102;U;n2;a2\n' }), rapport);
    const inconnues = rapport.entrees.filter((e) => e.code === 'COLONNE_INCONNUE');
    expect(inconnues).toHaveLength(1);
    expect(inconnues[0].message).toContain('« Note », « Autre »');
    expect(Object.keys(feuilles.Actions!.lignes[0].valeurs)).not.toContain('note');
  });

  it('reads the first of two columns with the same header and warns', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(sourceMemoire({ ...MINIMAL, 'Actions.csv': 'Id_Action;Titre;titre \n101;premier;second\n' }), rapport);
    expect(feuilles.Actions!.lignes[0].valeurs.titre).toBe('premier');
    expect(rapport.entrees.map((e) => e.code)).toContain('COLONNE_EN_DOUBLE');
  });

  it('warns about a row with more non-empty cells than headers', async () => {
    const rapport = new Rapport();
    await readExport(sourceMemoire({ ...MINIMAL, 'Lieux.csv': 'Id_Lieu;Nom \n1;Brest;en trop\n2;Lyon;\n' }), rapport);
    expect(rapport.entrees.filter((e) => e.code === 'NOMBRE_DE_CELLULES').map((e) => e.ligne)).toEqual([2]);
  });

  it('warns about a row with fewer cells than headers and reads the missing ones as empty', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(sourceMemoire({ ...MINIMAL, 'Liaison Lieux.csv': 'Id_Action;Id_Lieu\n101\n' }), rapport);
    expect(feuilles['Liaison Lieux']!.lignes[0].valeurs).toEqual({ id_action: '101', id_lieu: '' });
    expect(rapport.entrees.filter((e) => e.code === 'NOMBRE_DE_CELLULES').map((e) => e.ligne)).toEqual([2]);
  });

  it('warns at its line about a quote that is never closed', async () => {
    const rapport = new Rapport();
    const feuilles = await readExport(sourceMemoire({ ...MINIMAL, 'Actions.csv': 'Id_Action;Titre\n101;ok\n102;"jamais fermé\n103;perdu\n' }), rapport);
    expect(feuilles.Actions!.lignes.map((l) => l.ligne)).toEqual([2, 3]);
    expect(rapport.entrees.filter((e) => e.code === 'CSV_GUILLEMETS').map((e) => e.ligne)).toEqual([3]);
  });

  it('reports its progress per sheet and ends each at 100 %', async () => {
    const appels: [string, number, number][] = [];
    await readExport(sourceMemoire(MINIMAL), new Rapport(), (feuille, fait, total) => appels.push([feuille, fait, total]));
    const feuilles = ['Actions', 'Services', 'Lieux', 'Liaison Lieux', 'Liaison Services'];
    expect(appels.map(([f, fait]) => [f, fait === 0])).toEqual(feuilles.flatMap((f) => [[f, true], [f, false]]));
    for (const [, fait, total] of appels.filter((_, i) => i % 2 === 1)) expect(fait).toBe(total);
  });

  it('reads a folder on disk, ignoring its other files', async () => {
    const dossier = mkdtempSync(join(tmpdir(), 'atlaas-read-'));
    try {
      for (const [fichier, texte] of Object.entries(MINIMAL)) writeFileSync(join(dossier, fichier), texte);
      writeFileSync(join(dossier, 'LISEZMOI.txt'), 'notes');
      const rapport = new Rapport();
      const feuilles = await readExport(sourceDossier(dossier), rapport);
      expect(feuilles.Lieux!.lignes[0]).toEqual({ ligne: 2, valeurs: expect.objectContaining({ id_lieu: '1', nom: 'Brest' }) });
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });
});
