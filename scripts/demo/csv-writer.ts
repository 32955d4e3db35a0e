import { open, rename, type FileHandle } from 'node:fs/promises';
import { encodeCp1252Into } from './cp1252.ts';

export type Delimiteur = ';' | ',' | '\t';
export type Encodage = 'utf-8' | 'windows-1252';

export interface FormatCsv {
  delimiter: Delimiteur; // ';' as French Excel and the platform write
  encoding: Encodage; // 'utf-8' by default
  bom: boolean; // UTF-8 byte order mark; false by default
}

export const FORMAT_PAR_DEFAUT: FormatCsv = { delimiter: ';', encoding: 'utf-8', bom: false };

/** Record separator written by the platform (Excel): CRLF. Line breaks inside cells stay as they are. */
export const FIN_DE_LIGNE = '\r\n';

/** How many cells needed quotes, and why (one cell can count under several reasons). */
export interface StatsGuillemets {
  cellules: number;
  avecDelimiteur: number;
  avecGuillemet: number;
  avecSautDeLigne: number;
}

const BESOIN: Record<Delimiteur, RegExp> = { ';': /[;"\r\n]/, ',': /[,"\r\n]/, '\t': /[\t"\r\n]/ };

/** Whether a cell must be quoted (it holds the delimiter, a double quote or a line break); counts why. */
function besoinGuillemets(cell: string, delimiter: Delimiteur, stats?: StatsGuillemets): boolean {
  if (!BESOIN[delimiter].test(cell)) return false;
  if (stats) {
    stats.cellules++;
    if (cell.includes(delimiter)) stats.avecDelimiteur++;
    if (cell.includes('"')) stats.avecGuillemet++;
    if (cell.includes('\n') || cell.includes('\r')) stats.avecSautDeLigne++;
  }
  return true;
}

const TAILLE_TAMPON = 1 << 20; // bytes per chunk: bounded memory at any size

/** Where generated rows go: a file, or a buffer handed over by a worker. */
export interface LignesCsv {
  row(cells: readonly string[]): void;
}

const GUILLEMET = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * CSV records encoded straight into 1 MB chunks, ended the platform's way (CRLF), with RFC 4180
 * quoting: a cell holding the delimiter, a double quote or a line break is wrapped in double
 * quotes and its inner quotes are doubled; line breaks inside cells stay as they are. Cells are
 * encoded one by one into the chunk: no row string, no join of a big string (2–3× faster).
 */
export class CsvMemoire implements LignesCsv {
  lignes = 0;
  private morceaux: Buffer[] = [];
  private tampon = Buffer.allocUnsafe(TAILLE_TAMPON);
  private pos = 0;
  private readonly sep: number;

  constructor(
    protected readonly format: FormatCsv,
    private readonly stats?: StatsGuillemets,
  ) {
    this.sep = format.delimiter.charCodeAt(0);
  }

  /** Makes room for n more bytes, starting a new chunk if needed. */
  private place(n: number): void {
    if (this.pos + n <= this.tampon.length) return;
    if (this.pos > 0) this.morceaux.push(this.tampon.subarray(0, this.pos));
    this.tampon = Buffer.allocUnsafe(Math.max(TAILLE_TAMPON, n));
    this.pos = 0;
  }

  private texte(s: string): void {
    if (this.format.encoding === 'windows-1252') {
      this.place(s.length);
      this.pos += encodeCp1252Into(s, this.tampon, this.pos);
    } else {
      this.place(3 * s.length); // at most 3 UTF-8 bytes per UTF-16 unit
      this.pos += this.tampon.write(s, this.pos, 'utf8');
    }
  }

  row(cells: readonly string[]): void {
    const delimiter = this.format.delimiter;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      this.place(3);
      if (i > 0) this.tampon[this.pos++] = this.sep;
      if (besoinGuillemets(cell, delimiter, this.stats)) {
        this.tampon[this.pos++] = GUILLEMET;
        this.texte(cell.includes('"') ? cell.replace(/"/g, '""') : cell);
        this.place(1);
        this.tampon[this.pos++] = GUILLEMET;
      } else if (cell.length > 0) this.texte(cell);
    }
    this.place(2);
    this.tampon[this.pos++] = CR;
    this.tampon[this.pos++] = LF;
    this.lignes++;
  }

  /** Appends raw text (e.g. blank trailing lines), unquoted. */
  raw(texte: string): void {
    this.texte(texte);
  }

  /** True when a chunk is complete: time to write it out. */
  get full(): boolean {
    return this.morceaux.length > 0;
  }

  /** The encoded chunks so far; the buffer is emptied (the row count is kept). */
  takeChunks(): Buffer[] {
    const out = this.morceaux;
    if (this.pos > 0) out.push(this.tampon.subarray(0, this.pos));
    this.morceaux = [];
    this.tampon = this.pos > 0 ? Buffer.allocUnsafe(TAILLE_TAMPON) : this.tampon;
    this.pos = 0;
    return out;
  }

  /** The encoded bytes so far, as one buffer. */
  take(): Buffer {
    const morceaux = this.takeChunks();
    return morceaux.length === 1 ? morceaux[0] : Buffer.concat(morceaux);
  }
}

/**
 * One CSV file written in chunks of 1 MB, so a million rows never become one giant string.
 * The file is written under a `.tmp` name and renamed on close, so an interrupted run never
 * leaves a half file behind.
 */
export class CsvFile extends CsvMemoire {
  readonly chemin: string;
  private fh: FileHandle | undefined;

  private constructor(chemin: string, format: FormatCsv, stats?: StatsGuillemets) {
    super(format, stats);
    this.chemin = chemin;
  }

  static async create(chemin: string, format: FormatCsv, entete: readonly string[], stats?: StatsGuillemets): Promise<CsvFile> {
    const f = new CsvFile(chemin, format, stats);
    f.fh = await open(chemin + '.tmp', 'w');
    if (format.bom && format.encoding === 'utf-8') f.raw('\ufeff');
    f.row(entete);
    f.lignes = 0;
    return f;
  }

  async flush(): Promise<void> {
    if (!this.fh) return;
    for (const morceau of this.takeChunks()) await this.fh.write(morceau);
  }

  /** Appends rows already quoted and encoded elsewhere (by a worker). */
  async writeEncoded(octets: Uint8Array, lignes: number): Promise<void> {
    await this.flush();
    await this.fh?.write(octets);
    this.lignes += lignes;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.fh?.close();
    this.fh = undefined;
    await rename(this.chemin + '.tmp', this.chemin);
  }
}
