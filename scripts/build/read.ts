/**
 * Stage "read": an export folder (or files in memory) → the rows of each sheet, keyed by
 * canonical header, each with its file and physical line. Decoding (UTF-8 with or without BOM,
 * Windows-1252), delimiter detection (`;`, `,`, tab) and CSV quoting are settled here, so that
 * `normalise` only sees strings.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Origine } from '../../src/core/modele.ts';
import {
  COLONNES,
  COLONNES_REQUISES,
  FEUILLES,
  cleComparaison,
  feuilleDuFichier,
  type NomFeuille,
} from './entetes.ts';
import { detacher } from './chaines.ts';
import { SautsUnix } from './sauts-unix.ts';
import type { Rapport } from './report.ts';

export type { NomFeuille } from './entetes.ts';

/** Where the sheet files come from. The stage never knows whether it is a folder or memory. */
export interface Source {
  /** File names (no folders) available in the source. */
  fichiers(): Promise<string[]>;
  lire(nom: string): Promise<Uint8Array>;
  /** The file read a range at a time, for sheets too big to hold whole (optional). */
  ouvrir?(nom: string): Promise<OctetsFichier & { fermer(): void }>;
  /** Shown in messages: the folder path, or a test name. */
  nom: string;
}

export interface LigneBrute {
  /** Physical line where the record starts (the header is line 1, blank lines count). */
  ligne: number;
  /** Cells by canonical key; every key of the sheet is present, '' when the file lacks the column. */
  valeurs: Record<string, string>;
}

export type Encodage = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface Feuille {
  nom: NomFeuille;
  /** The file name as found in the source, e.g. `liaison_lieux.csv`. */
  fichier: string;
  encodage: Encodage;
  delimiteur: string;
  /** The header cells as written in the file (untrimmed). */
  entetes: string[];
  /** Non-blank records after the header, in file order. */
  lignes: LigneBrute[];
}

export type FeuillesExport = Partial<Record<NomFeuille, Feuille>>;

export type CodeExportError =
  | 'FEUILLE_MANQUANTE'
  | 'FICHIER_ILLISIBLE'
  | 'COLONNE_MANQUANTE'
  | 'EXPORT_VIDE'
  | 'FICHIER_AMBIGU'
  | 'SOURCE_ILLISIBLE';

/** The export cannot be read at all. Carries a stable code, like csv-parse's CsvError. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly code: CodeExportError,
    message: string,
    readonly fichier?: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Sources

/** The CSV files of a folder on disk. */
export function sourceDossier(dir: string): Source {
  return {
    nom: dir,
    async fichiers() {
      const entrees = await readdir(dir, { withFileTypes: true });
      return entrees.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name).sort();
    },
    async lire(nom) {
      return readFile(join(dir, nom));
    },
    async ouvrir(nom) {
      const fd = openSync(join(dir, nom), 'r');
      // One buffer for every range: a fresh 64 MB per piece is garbage the collector has to find.
      let tampon: Buffer | undefined;
      return {
        longueur: fstatSync(fd).size,
        lire(debut, fin) {
          if (!tampon || tampon.length < fin - debut) tampon = Buffer.allocUnsafeSlow(Math.ceil((fin - debut) * 1.1));
          const octets = tampon.subarray(0, fin - debut);
          for (let fait = 0; fait < octets.length; ) {
            const n = readSync(fd, octets, fait, octets.length - fait, debut + fait);
            if (n === 0) throw new Error(`fin de fichier inattendue dans ${nom}`);
            fait += n;
          }
          return octets;
        },
        fermer: () => closeSync(fd),
      };
    },
  };
}

/** Files held in memory (strings are written as UTF-8), for tests and generated exports. */
export function sourceMemoire(files: Record<string, string | Uint8Array>, nom = 'mémoire'): Source {
  const encodeur = new TextEncoder();
  return {
    nom,
    async fichiers() {
      return Object.keys(files);
    },
    async lire(fichier) {
      const contenu = files[fichier];
      if (contenu === undefined) throw new Error(`fichier absent : ${fichier}`);
      return typeof contenu === 'string' ? encodeur.encode(contenu) : contenu;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Decoding

export interface TexteDecode {
  texte: string;
  encodage: Encodage;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Tolerant = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The 0x80–0x9F block of Windows-1252 (WHATWG index-windows-1252; 0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * stay C1 controls). Node ≥ 20.18.3 decodes `new TextDecoder('windows-1252')` as Latin-1, turning
 * `’` (0x92) into U+0092 (nodejs/node#56542, #60888), so this block is mapped here.
 */
const WINDOWS_1252: Record<string, string> = {
  '\x80': '€', '\x82': '‚', '\x83': 'ƒ', '\x84': '„', '\x85': '…', '\x86': '†', '\x87': '‡', '\x88': 'ˆ',
  '\x89': '‰', '\x8a': 'Š', '\x8b': '‹', '\x8c': 'Œ', '\x8e': 'Ž', '\x91': '‘', '\x92': '’', '\x93': '“',
  '\x94': '”', '\x95': '•', '\x96': '–', '\x97': '—', '\x98': '˜', '\x99': '™', '\x9a': 'š', '\x9b': '›',
  '\x9c': 'œ', '\x9e': 'ž', '\x9f': 'Ÿ',
};

/** Windows-1252 bytes → text: Latin-1 for every byte, then the 0x80–0x9F block. */
export function decodeWindows1252(octets: Uint8Array): string {
  const latin1 = Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c] ?? c);
}

function commencePar(octets: Uint8Array, signature: number[]): boolean {
  return signature.every((o, i) => octets[i] === o);
}

/**
 * Bytes → text. A UTF-8 BOM is stripped; otherwise strict UTF-8 is tried and, when the bytes are
 * not UTF-8, they are read as Windows-1252 (what French Excel writes: `é` = 0xE9, `’` = 0x92).
 * Files that are no CSV text (UTF-16, xlsx, binary) are refused with a message saying what to do.
 */
export function decodeOctets(octets: Uint8Array, fichier: string): TexteDecode & { remplacements: boolean } {
  const refuse = (quoi: string) =>
    new ExportError('FICHIER_ILLISIBLE', `« ${fichier} » ${quoi} : enregistrez la feuille au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».`, fichier);
  if (commencePar(octets, [0xef, 0xbb, 0xbf])) {
    const corps = octets.subarray(3);
    try {
      return { texte: utf8Strict.decode(corps), encodage: 'utf-8-bom', remplacements: false };
    } catch {
      return { texte: utf8Tolerant.decode(corps), encodage: 'utf-8-bom', remplacements: true };
    }
  }
  if (commencePar(octets, [0xff, 0xfe]) || commencePar(octets, [0xfe, 0xff])) throw refuse('est en UTF-16 (« Texte Unicode »)');
  if (commencePar(octets, [0x50, 0x4b, 0x03, 0x04])) throw refuse('est un classeur (xlsx/ods), pas un CSV');
  if (commencePar(octets, [0xd0, 0xcf, 0x11, 0xe0])) throw refuse('est un classeur Excel 97 (xls), pas un CSV');
  if (octets.subarray(0, 4096).includes(0)) throw refuse('contient des octets nuls : ce n\'est pas un fichier texte');
  try {
    return { texte: utf8Strict.decode(octets), encodage: 'utf-8', remplacements: false };
  } catch {
    return { texte: decodeWindows1252(octets), encodage: 'windows-1252', remplacements: false };
  }
}

/**
 * Files above this size are decoded and parsed in pieces: V8 strings stop at 2^29 − 24
 * characters (about 512 MB of ASCII), and a million fiches make a 1.3 GB Actions.csv. A piece
 * is held twice while parsed (its bytes, then its text, UTF-16 when it holds a `’`): 64 MB
 * keeps that to 200 MB.
 */
export const MORCEAU_OCTETS = 64 * 2 ** 20;

/**
 * The bytes of a file, read a range at a time: a 1.3 GB sheet is never held whole (as one
 * Buffer it would sit beside the text decoded from it for the whole reading).
 */
export interface OctetsFichier {
  longueur: number;
  /** Bytes from `debut` to `fin` (excluded); may be a view that the next call overwrites. */
  lire(debut: number, fin: number): Uint8Array;
}

export const octetsEnMemoire = (octets: Uint8Array): OctetsFichier => ({ longueur: octets.length, lire: (debut, fin) => octets.subarray(debut, fin) });

/** Bytes scanned at a time when a file is cut into pieces. */
const BLOC_PARCOURS = 64 * 2 ** 20;

/**
 * One pass over the bytes from `depuis`: where to cut them into pieces of about `taille` (right
 * after a line break outside quotes, an even number of `"` before it, which holds in UTF-8 and
 * Windows-1252 alike, so that every piece holds whole records; offsets from `depuis`, from 0
 * to the length), and whether they are all UTF-8 (checked by blocks that never split a
 * character: a block ends before a byte that does not continue one).
 */
function parcourir(octets: OctetsFichier, depuis: number, taille: number): { coupures: number[]; utf8: boolean } {
  const longueur = octets.longueur - depuis;
  const coupures = [0];
  let utf8 = true;
  let guillemets = false;
  let debut = 0;
  let derniere = 0; // last record boundary seen
  for (let p = 0; p < longueur; ) {
    const bloc = octets.lire(depuis + p, depuis + Math.min(longueur, p + BLOC_PARCOURS + 3));
    let fin = Math.min(bloc.length, BLOC_PARCOURS);
    while (fin < bloc.length && fin > 1 && (bloc[fin] & 0xc0) === 0x80) fin--;
    if (utf8 && !isUtf8(bloc.subarray(0, fin))) utf8 = false;
    if (longueur > taille) {
      // From quote to line break by Buffer#indexOf (memchr) rather than byte by byte in JS.
      const b = Buffer.from(bloc.buffer, bloc.byteOffset, fin);
      const suivant = (octet: number, depuis: number) => {
        const k = b.indexOf(octet, depuis);
        return k === -1 ? fin : k;
      };
      let guillemet = -1; // next quote at or after i, once looked for
      let saut = -1; // next line break at or after i, once looked for
      for (let i = 0; i < fin; ) {
        if (guillemet < i) guillemet = suivant(0x22, i);
        if (guillemets) {
          guillemets = guillemet === fin;
          i = guillemet + 1;
          continue;
        }
        if (saut < i) saut = suivant(0x0a, i);
        if (guillemet < saut) {
          guillemets = true;
          i = guillemet + 1;
        } else if (saut < fin) {
          const k = p + saut;
          if (k + 1 - debut > taille && derniere > debut) {
            coupures.push(derniere);
            debut = derniere;
          }
          derniere = k + 1;
          i = saut + 1;
        } else break;
      }
    }
    p += fin;
  }
  if (coupures.at(-1) !== longueur) coupures.push(longueur);
  return { coupures, utf8 };
}

/** Where to cut the bytes into pieces of about `taille` (see `parcourir`); offsets from 0 to the length. */
export function coupuresEnregistrements(octets: Uint8Array, taille: number): number[] {
  return parcourir(octetsEnMemoire(octets), 0, taille).coupures;
}

/** A file's text, decoded one piece at a time: only the piece being parsed is held as a string. */
export interface TexteEnMorceaux {
  nombre: number;
  /** The text of piece `k` (0 ≤ k < nombre), decoded on each call. */
  morceau(k: number): string;
  encodage: Encodage;
  remplacements: boolean;
  /** Whether the pieces' line breaks are LF only already (made so over the bytes: SautsUnix). */
  sautsUnix: boolean;
}

/**
 * decodeOctets for a file of any size: one text when it fits in `taille` bytes (the same as
 * decodeOctets), else one text per piece, the encoding settled on all the bytes first. The
 * pieces are read and decoded when asked for: a million fiches decoded at once would be
 * 2.5 GB of UTF-16.
 */
export function decoderMorceaux(source: Uint8Array | OctetsFichier, fichier: string, taille = MORCEAU_OCTETS): TexteEnMorceaux {
  const octets = source instanceof Uint8Array ? octetsEnMemoire(source) : source;
  if (octets.longueur <= taille) {
    const d = decodeOctets(octets.lire(0, octets.longueur), fichier);
    return { nombre: 1, morceau: () => d.texte, encodage: d.encodage, remplacements: d.remplacements, sautsUnix: false };
  }
  const tete = octets.lire(0, Math.min(4096, octets.longueur)).slice();
  const bom = commencePar(tete, [0xef, 0xbb, 0xbf]);
  decodeOctets(tete.subarray(0, 4), fichier); // refuses UTF-16, workbooks and binary files
  if (tete.includes(0)) decodeOctets(tete, fichier);
  const depuis = bom ? 3 : 0;
  const { coupures, utf8 } = parcourir(octets, depuis, taille);
  const encodage: Encodage = bom ? 'utf-8-bom' : utf8 ? 'utf-8' : 'windows-1252';
  const sauts = new SautsUnix();
  return {
    nombre: coupures.length - 1,
    morceau: (k) => {
      // A piece ends right after an LF: no CRLF is ever split between two pieces.
      const piece = sauts.convertir(octets.lire(depuis + coupures[k], depuis + coupures[k + 1]));
      return encodage === 'windows-1252' ? decodeWindows1252(piece) : utf8Tolerant.decode(piece);
    },
    encodage,
    remplacements: bom && !utf8,
    sautsUnix: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Delimiter

export const DELIMITEURS = [';', ',', '\t'] as const;
const ECHANTILLON = 64 * 1024;
const LIGNES_ECHANTILLON = 50;

const estVide = (cellules: string[]) => cellules.every((c) => c.trim() === '');

/**
 * Picks the delimiter among `;`, `,` and tab. Inspired by CPython's csv.Sniffer._guess_delimiter
 * (a delimiter occurs as often on every line) and csv-parse's delimiter_discover.js: each
 * candidate parses a sample (quotes respected). The header is the cleanest line (no free text),
 * so the number of header columns counts most; the share of following records with exactly
 * that many cells breaks near-ties: score = columns × (1 + share). A candidate that leaves the
 * header in one column scores 0. Ties go to `;` (French Excel), then `,`.
 */
export function detectDelimiteur(texte: string): string {
  let echantillon = texte.length > ECHANTILLON ? texte.slice(0, ECHANTILLON) : texte;
  const tronque = echantillon.length < texte.length;
  if (tronque) echantillon = echantillon.slice(0, Math.max(echantillon.lastIndexOf('\n'), 0));
  let meilleur: string = DELIMITEURS[0];
  let meilleurScore = 0;
  for (const delimiteur of DELIMITEURS) {
    const { data } = Papa.parse<string[]>(echantillon, { delimiter: delimiteur, newline: '\n', quoteChar: '"', preview: LIGNES_ECHANTILLON });
    const lignes = data.filter((l) => !estVide(l));
    if (tronque && lignes.length > 2) lignes.pop(); // the last record may be cut inside quotes
    const colonnes = lignes[0]?.length ?? 0;
    if (colonnes < 2) continue;
    const suivantes = lignes.slice(1);
    const coherentes = suivantes.filter((l) => l.length === colonnes).length;
    const score = colonnes * (1 + (suivantes.length ? coherentes / suivantes.length : 1));
    if (score > meilleurScore) [meilleur, meilleurScore] = [delimiteur, score];
  }
  return meilleur;
}

// ---------------------------------------------------------------------------------------------
// One sheet

const FREQUENCE_PROGRES = 5000;

interface Colonnes {
  /** Canonical key → column index. */
  index: Map<string, number>;
  cles: string[];
}

function lireEntetes(nom: NomFeuille, fichier: string, entetes: string[], rapport: Rapport): Colonnes {
  const officielles: Record<string, string> = COLONNES[nom];
  const parCle = new Map<string, string>();
  for (const cle of Object.keys(officielles)) parCle.set(cleComparaison(cle), cle);
  const index = new Map<string, number>();
  const inconnues: string[] = [];
  const origine: Origine = { fichier, ligne: 1 };
  entetes.forEach((entete, i) => {
    const cle = parCle.get(cleComparaison(entete));
    if (cle === undefined) {
      if (entete.trim() !== '') inconnues.push(entete.trim());
    } else if (index.has(cle)) {
      rapport.avertissement(origine, 'COLONNE_EN_DOUBLE', `La colonne « ${officielles[cle]} » apparaît deux fois ; seule la première (colonne ${index.get(cle)! + 1}) est lue.`, { champ: officielles[cle] });
    } else {
      index.set(cle, i);
    }
  });
  const requises: readonly string[] = COLONNES_REQUISES[nom];
  const manquantes = requises.filter((cle) => !index.has(cle));
  if (manquantes.length) {
    const noms = manquantes.map((cle) => `« ${officielles[cle]} »`).join(', ');
    throw new ExportError(
      'COLONNE_MANQUANTE',
      `La feuille ${nom} (« ${fichier} ») n'a pas de colonne ${noms}. En-têtes lus : ${entetes.map((e) => `« ${e} »`).join(', ') || 'aucun'}.`,
      fichier,
    );
  }
  const absentes = Object.keys(officielles).filter((cle) => !index.has(cle) && !requises.includes(cle));
  if (absentes.length) {
    rapport.avertissement(origine, 'COLONNE_ABSENTE', `Colonnes absentes, lues comme vides : ${absentes.map((c) => `« ${officielles[c]} »`).join(', ')}.`);
  }
  if (inconnues.length) {
    rapport.avertissement(origine, 'COLONNE_INCONNUE', `Colonnes inconnues, ignorées : ${inconnues.map((e) => `« ${e} »`).join(', ')}.`);
  }
  return { index, cles: Object.keys(officielles) };
}

/** Where the rows of a sheet go when they are not kept in `Feuille.lignes`. */
export interface LecteurLignes {
  /** Called with each record as it is parsed; the row is not kept. */
  ligne(ligne: LigneBrute): void;
}

/**
 * Reads one sheet file: decode, detect the delimiter, parse with papaparse, map the header.
 * Line numbers are physical: papaparse's `meta.cursor` after each record is where the next one
 * starts, and the line breaks before that offset are counted once, as the cursor moves on.
 * With `lecteur`, each row goes to it as it is parsed and `lignes` stays empty: a sheet of any
 * size is then held one piece at a time.
 */
export function lireFeuille(
  nom: NomFeuille,
  fichier: string,
  octets: Uint8Array | OctetsFichier,
  rapport: Rapport,
  onProgress?: (feuille: string, fait: number, total: number) => void,
  tailleMorceau = MORCEAU_OCTETS,
  lecteur?: LecteurLignes,
): Feuille {
  const decode = decoderMorceaux(octets, fichier, tailleMorceau);
  if (decode.remplacements) {
    rapport.avertissement({ fichier, ligne: 0 }, 'OCTETS_INVALIDES', 'Le fichier annonce UTF-8 (BOM) mais contient des octets invalides, remplacés par « � ».');
  }
  let delimiteur: string | undefined;
  let entetes: string[] | undefined;
  let colonnes: Colonnes | undefined;
  const lignes: LigneBrute[] = [];
  let nombre = 0;
  let erreur: unknown;
  let ligne = 1; // physical line of `debut`
  let texte = '';
  let total = 0;
  let dejaLus = 0; // characters of the pieces before this one, for the progress bar

  for (let k = 0; k < decode.nombre; k++) {
    const morceau = decode.morceau(k);
    // One line break everywhere, also inside quoted cells: CRLF and lone CR become LF, so that
    // a line is a line whatever wrote the file, and long texts need no further CRLF repair.
    texte = !decode.sautsUnix && morceau.includes('\r') ? morceau.replace(/\r\n?/g, '\n') : morceau;
    if (delimiteur === undefined) {
      delimiteur = detectDelimiteur(texte);
      total = decode.nombre === 1 ? texte.length : octets instanceof Uint8Array ? octets.length : octets.longueur;
      onProgress?.(nom, 0, total);
    }
    let debut = 0; // offset where the current record starts
    let compte = 0; // offset up to which line breaks were counted

    const ligneDe = (offset: number) => {
      for (let i = texte.indexOf('\n', compte); i !== -1 && i < offset; i = texte.indexOf('\n', i + 1)) ligne++;
      compte = offset;
      return ligne;
    };

    Papa.parse<string[]>(texte, {
      delimiter: delimiteur,
      newline: '\n',
      quoteChar: '"',
      header: false,
      skipEmptyLines: false,
      step(resultat, parser) {
        try {
          const cellules = resultat.data;
          const numero = ligneDe(debut);
          const origine: Origine = { fichier, ligne: numero };
          debut = resultat.meta.cursor;
          for (const e of resultat.errors) {
            rapport.avertissement(
              origine,
              'CSV_GUILLEMETS',
              e.code === 'MissingQuotes'
                ? 'Guillemet jamais refermé : la suite du fichier est lue comme une seule cellule.'
                : `Guillemets mal placés (${e.message}) : la ligne est lue telle quelle.`,
            );
          }
          if (estVide(cellules)) return;
          if (!colonnes) {
            entetes = cellules.map(detacher);
            colonnes = lireEntetes(nom, fichier, entetes, rapport);
            return;
          }
          const valeurs: Record<string, string> = {};
          for (const cle of colonnes.cles) {
            const i = colonnes.index.get(cle);
            valeurs[cle] = i === undefined ? '' : (cellules[i] ?? '');
          }
          if (cellules.length !== entetes!.length) {
            const enTrop = cellules.slice(entetes!.length).filter((c) => c.trim() !== '');
            if (cellules.length < entetes!.length || enTrop.length) {
              rapport.avertissement(
                origine,
                'NOMBRE_DE_CELLULES',
                cellules.length < entetes!.length
                  ? `${cellules.length} cellules au lieu de ${entetes!.length} : les dernières colonnes sont lues comme vides.`
                  : `${cellules.length} cellules au lieu de ${entetes!.length} : cellules en trop ignorées (${enTrop.map((c) => `« ${c.slice(0, 40)} »`).join(', ')}).`,
              );
            }
          }
          nombre++;
          if (lecteur) lecteur.ligne({ ligne: numero, valeurs });
          else lignes.push({ ligne: numero, valeurs });
          if (onProgress && nombre % FREQUENCE_PROGRES === 0) onProgress(nom, Math.min(total, dejaLus + debut), total);
        } catch (e) {
          erreur = e;
          parser.abort();
        }
      },
    });
    if (erreur) throw erreur;
    // The next piece starts right after a line break: its first line is the one after this one's last.
    ligneDe(texte.length);
    dejaLus += texte.length;
  }
  if (!colonnes) throw new ExportError('FICHIER_ILLISIBLE', `« ${fichier} » est vide : la feuille ${nom} n'a même pas de ligne d'en-têtes.`, fichier);
  onProgress?.(nom, total, total);
  return { nom, fichier, encodage: decode.encodage, delimiteur: delimiteur!, entetes: entetes!, lignes };
}

// ---------------------------------------------------------------------------------------------
// The whole export

const nomAttendu = (nom: NomFeuille) => `${nom}.csv`;

/**
 * Finds each sheet's file in the source by its folded name (`Liaison Lieux.csv`,
 * `liaison_lieux.csv` and `LIAISON-LIEUX.CSV` all match), and reads them. A missing required
 * sheet (Actions, Services, Lieux, Liaison Lieux, Liaison Services) or column is an ExportError;
 * a missing optional sheet (Personnes, Liaison Personnes, Labels) is an avertissement.
 * A sheet with a `lecteurs` entry streams its rows to the reader made for its file (`lignes` empty).
 */
export async function readExport(
  source: Source,
  rapport: Rapport,
  onProgress?: (feuille: string, fait: number, total: number) => void,
  lecteurs: Partial<Record<NomFeuille, (fichier: string) => LecteurLignes>> = {},
): Promise<FeuillesExport> {
  let noms: string[];
  try {
    noms = await source.fichiers();
  } catch (e) {
    throw new ExportError('SOURCE_ILLISIBLE', `Impossible de lister les fichiers de « ${source.nom} » : ${(e as Error).message}`);
  }
  const trouves = new Map<NomFeuille, string[]>();
  for (const fichier of noms) {
    const feuille = feuilleDuFichier(fichier);
    if (feuille) trouves.set(feuille, [...(trouves.get(feuille) ?? []), fichier]);
  }
  const attendus = FEUILLES.map((f) => nomAttendu(f.nom)).join(', ');
  if (trouves.size === 0) {
    throw new ExportError(
      'EXPORT_VIDE',
      `Aucune feuille d'export dans « ${source.nom} » (${noms.length} fichier(s) : ${noms.slice(0, 10).join(', ') || 'aucun'}). Fichiers attendus : ${attendus}.`,
    );
  }
  for (const [feuille, fichiers] of trouves) {
    if (fichiers.length > 1) {
      throw new ExportError('FICHIER_AMBIGU', `Plusieurs fichiers pour la feuille ${feuille} dans « ${source.nom} » : ${fichiers.join(', ')}. Gardez-en un seul.`, fichiers[0]);
    }
  }
  const manquantes = FEUILLES.filter((f) => f.requise && !trouves.has(f.nom));
  if (manquantes.length) {
    throw new ExportError(
      'FEUILLE_MANQUANTE',
      `Feuille(s) requise(s) absente(s) de « ${source.nom} » : ${manquantes.map((f) => `« ${nomAttendu(f.nom)} »`).join(', ')}. ` +
        `Enregistrez chaque feuille du classeur en CSV sous son nom (la casse, les accents et « _ » au lieu d'espace sont acceptés).`,
      nomAttendu(manquantes[0].nom),
    );
  }
  const feuilles: FeuillesExport = {};
  for (const { nom } of FEUILLES) {
    const fichier = trouves.get(nom)?.[0];
    if (fichier === undefined) {
      rapport.avertissement({ fichier: nomAttendu(nom), ligne: 0 }, 'FEUILLE_ABSENTE', `Feuille facultative ${nom} absente : lue comme vide.`);
      continue;
    }
    let octets: Uint8Array | (OctetsFichier & { fermer(): void });
    try {
      const ouvert = await source.ouvrir?.(fichier);
      // A sheet that fits in one piece is read whole; a bigger one a piece at a time.
      if (ouvert && ouvert.longueur <= MORCEAU_OCTETS) ouvert.fermer();
      octets = ouvert && ouvert.longueur > MORCEAU_OCTETS ? ouvert : await source.lire(fichier);
    } catch (e) {
      throw new ExportError('FICHIER_ILLISIBLE', `Impossible de lire « ${fichier} » : ${(e as Error).message}`, fichier);
    }
    try {
      feuilles[nom] = lireFeuille(nom, fichier, octets, rapport, onProgress, MORCEAU_OCTETS, lecteurs[nom]?.(fichier));
    } finally {
      if (!(octets instanceof Uint8Array)) octets.fermer();
    }
  }
  return feuilles;
}
