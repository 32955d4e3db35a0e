/**
 * Properties of read + normalise on random exports: whatever the bytes, the stages either throw
 * an ExportError or account for every row (lues = gardees + rejetees, one rejet per rejected row);
 * and well-formed CSV is read back cell for cell, on the right lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLONNES, FEUILLES, type NomFeuille } from '../../scripts/build/entetes.ts';
import { normaliseExport } from '../../scripts/build/normalise.ts';
import { ExportError, type FeuillesExport, readExport, sourceMemoire } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { encodeWindows1252 } from '../fixtures/exports/make-fixtures.ts';

const MORCEAUX = ['a', 'Z', 'é', 'É', '’', 'œ', '€', '"', ';', ',', '\t', '\n', '\r\n', '\r', ' ', '<', '>', '&', '0', '1', '4', '.', '/', ':', '@', '😀', '\u00a0'];
const VALEURS = [
  '', ' ', '0', '0,0', '15291.0', '1004', '1004.0', '2a004', '41710', '12/03/2014', '2014', '43,4053', '-4.4861', 'S12',
  'oui', 'non', '@@@', '7', 'ville', 'territoire', 'Ville / village', '<b>gras</b><br/>', '&eacute;&#233;',
  'http://a.fr javascript:alert(1)', 'data:text/html,x', 'www.ville.fr', '"', '""', '";"', '\n\n',
];

const cellule = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MORCEAUX), maxLength: 12 }),
  fc.constantFrom(...VALEURS),
  fc.string({ maxLength: 6 }),
);

/** An extra column: mostly a plain name, sometimes anything (quotes, delimiters, line breaks). */
const colonneEnPlus = fc.oneof(
  { arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', 'N', 'o', 't', ' ', '_'), minLength: 1, maxLength: 10 }), weight: 4 },
  { arbitrary: cellule, weight: 1 },
);

/** A header as people retype it: case, accents, `_`/`-`/space, padding. */
const variante = (entete: string) =>
  fc
    .record({
      casse: fc.constantFrom('telle', 'haut', 'bas'),
      accents: fc.boolean(),
      separateur: fc.constantFrom(null, ' ', '_', '-'),
      marge: fc.constantFrom('', ' ', '  '),
    })
    .map(({ casse, accents, separateur, marge }) => {
      let e = accents ? entete : entete.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (separateur !== null) e = e.replace(/[ _-]/g, separateur);
      e = casse === 'haut' ? e.toUpperCase() : casse === 'bas' ? e.toLowerCase() : e;
      return marge + e + marge;
    });

const entetesDe = (nom: NomFeuille) =>
  fc
    .tuple(...Object.values(COLONNES[nom]).map((e) => fc.tuple(variante(e), fc.nat(29))))
    .chain((colonnes) =>
      fc.tuple(fc.constant(colonnes.filter(([, garder]) => garder > 0).map(([e]) => e)), fc.array(colonneEnPlus, { maxLength: 2 })),
    )
    .map(([connues, inconnues]) => [...connues, ...inconnues]);

const feuille = (nom: NomFeuille) =>
  entetesDe(nom).chain((entetes) =>
    fc.record({
      entetes: fc.constant(entetes),
      lignes: fc.array(fc.array(cellule, { minLength: Math.max(0, entetes.length - 2), maxLength: entetes.length + 1 }), { maxLength: 6 }),
      delimiteur: fc.constantFrom(';', ',', '\t'),
      finDeLigne: fc.constantFrom('\n', '\r\n', '\r'),
      guillemets: fc.constantFrom('toujours', 'si besoin', 'jamais'),
      encodage: fc.oneof(
        { arbitrary: fc.constant('utf-8'), weight: 5 },
        { arbitrary: fc.constant('utf-8-bom'), weight: 2 },
        { arbitrary: fc.constant('windows-1252'), weight: 2 },
        { arbitrary: fc.constant('octets'), weight: 1 }, // the start of a file, then random bytes
      ),
      octets: fc.uint8Array({ maxLength: 40 }),
      fichier: fc.constantFrom(`${nom}.csv`, `${nom.toLowerCase().replace(' ', '_')}.csv`, `${nom.toUpperCase()}.CSV`),
    }),
  );

interface FeuilleAleatoire {
  entetes: string[];
  lignes: string[][];
  delimiteur: string;
  finDeLigne: string;
  guillemets: string;
  encodage: string;
  octets: Uint8Array;
  fichier: string;
}

function ecrireCsv(f: FeuilleAleatoire): string {
  const ecrire = (c: string) => {
    const besoin = c.includes(f.delimiteur) || /["\r\n]/.test(c) || c !== c.trim();
    return f.guillemets === 'toujours' || (f.guillemets === 'si besoin' && besoin) ? `"${c.replaceAll('"', '""')}"` : c;
  };
  return [f.entetes, ...f.lignes].map((l) => l.map(ecrire).join(f.delimiteur)).join(f.finDeLigne) + f.finDeLigne;
}

function encoder(f: FeuilleAleatoire): Uint8Array {
  const texte = ecrireCsv(f);
  switch (f.encodage) {
    case 'utf-8-bom':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(texte)]);
    case 'windows-1252':
      return encodeWindows1252(texte.replace(/[^\u0000-\u007f\u00a0-\u00ff€’œŒ“”…–—]/gu, '?'));
    case 'octets':
      return Uint8Array.from([...new TextEncoder().encode(texte.slice(0, 30)), ...f.octets]);
    default:
      return new TextEncoder().encode(texte);
  }
}

const exportAleatoire = fc.record(
  Object.fromEntries(FEUILLES.map(({ nom, requise }) => [nom, fc.option(feuille(nom), { freq: requise ? 30 : 3, nil: undefined })])) as Record<
    NomFeuille,
    fc.Arbitrary<FeuilleAleatoire | undefined>
  >,
);

describe('read + normalise on random exports', () => {
  it('throws nothing but ExportError, and accounts for every row read', async () => {
    await fc.assert(
      fc.asyncProperty(exportAleatoire, async (aleatoire) => {
        const fichiers: Record<string, Uint8Array> = {};
        for (const f of Object.values(aleatoire)) if (f) fichiers[f.fichier] = encoder(f);
        const rapport = new Rapport();
        let feuilles: FeuillesExport;
        try {
          feuilles = await readExport(sourceMemoire(fichiers), rapport);
        } catch (e) {
          if (e instanceof ExportError) return;
          throw e;
        }
        const normalise = normaliseExport(feuilles, rapport);
        const gardees: Record<NomFeuille, number> = {
          Actions: normalise.fiches.length,
          Services: normalise.services.length,
          Lieux: normalise.lieux.length,
          Personnes: normalise.personnes.length,
          'Liaison Lieux': normalise.liaisonsLieux.length,
          'Liaison Personnes': normalise.liaisonsPersonnes.length,
          'Liaison Services': normalise.liaisonsServices.length,
          Labels: normalise.labels.length,
        };
        for (const f of Object.values(feuilles)) {
          const comptes = rapport.feuilles.get(f.fichier)!;
          expect(comptes.lues).toBe(f.lignes.length);
          expect(comptes.lues).toBe(comptes.gardees + comptes.rejetees);
          expect(comptes.gardees).toBe(gardees[f.nom]);
          expect(rapport.rejetsDe(f.fichier)).toBe(comptes.rejetees);
          const lignes = f.lignes.map((l) => l.ligne);
          expect(lignes.every((l, i) => l >= 2 && (i === 0 || l > lignes[i - 1]))).toBe(true);
        }
        expect(new Set(normalise.fiches.map((x) => x.id)).size).toBe(normalise.fiches.length);
        expect(new Set(normalise.lieux.map((x) => x.id)).size).toBe(normalise.lieux.length);
      }),
      { numRuns: 200 },
    );
  });

  it('reads well-formed CSV back cell for cell, each record on its first physical line', async () => {
    const ligneAleatoire = fc.tuple(cellule, cellule);
    await fc.assert(
      fc.asyncProperty(
        fc.array(ligneAleatoire, { maxLength: 8 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (lignes, delimiteur, finDeLigne, bom) => {
          const f: FeuilleAleatoire = {
            entetes: ['Id_Action', 'Id_Lieu'],
            lignes: lignes.map(([a, b]) => [a, b]),
            delimiteur,
            finDeLigne,
            guillemets: 'si besoin',
            encodage: bom ? 'utf-8-bom' : 'utf-8',
            octets: new Uint8Array(),
            fichier: 'Liaison Lieux.csv',
          };
          const feuille = (await readExport(sourceMemoire({ ...BASE, 'Liaison Lieux.csv': encoder(f) }), new Rapport()))['Liaison Lieux']!;
          const attendu: [number, string, string][] = [];
          let ligne = 2;
          for (const [a, b] of lignes) {
            if (a.trim() !== '' || b.trim() !== '') attendu.push([ligne, a.replace(/\r\n?/g, '\n'), b.replace(/\r\n?/g, '\n')]);
            for (const c of [a, b]) ligne += c.split(/\r\n|\r|\n/).length - 1; // line breaks inside the cells
            ligne += 1;
          }
          expect(feuille.lignes.map((l) => [l.ligne, l.valeurs.id_action, l.valeurs.id_lieu])).toEqual(attendu);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const BASE: Record<string, string> = {
  'Actions.csv': 'Id_Action;Titre\n',
  'Services.csv': 'Id_Service;Axe;Enjeu de développement;Usage;Service\n',
  'Lieux.csv': 'Id_Lieu\n',
  'Liaison Services.csv': 'Id_Action;Id_Service\n',
};
