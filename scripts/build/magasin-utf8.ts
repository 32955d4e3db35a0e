/**
 * Strings kept as UTF-8 bytes in shared memory, a fixed number of parts per entry, out of the JS
 * heap: the garbage collector never walks them, and a worker thread reads them without a copy
 * (`partager()` → postMessage → `MagasinUtf8.depuis()`).
 */

/** Bytes per block: the texts of tens of thousands of fiches, few allocations. */
const TAILLE_BLOC = 32 * 2 ** 20;
const SAUT = 0x0a;

/** What a worker needs to read a store: its blocks are shared, not copied. */
export interface MagasinPartage {
  parties: number;
  blocs: SharedArrayBuffer[];
  positions: Int32Array;
  nombre: number;
}

export class MagasinUtf8 {
  private readonly blocs: Buffer[] = [];
  private readonly partages: SharedArrayBuffer[] = [];
  private rempli = 0;
  /** Per entry: block, first byte, end byte, and the end byte of every part but the last. */
  private readonly cases: number;
  private positions: Int32Array;
  /** Number of entries stored: their numbers run from 0. */
  nombre = 0;

  constructor(readonly parties: number) {
    this.cases = parties + 2;
    this.positions = new Int32Array(this.cases * 1024);
  }

  static depuis(p: MagasinPartage): MagasinUtf8 {
    const m = new MagasinUtf8(p.parties);
    for (const sab of p.blocs) {
      m.partages.push(sab);
      m.blocs.push(Buffer.from(sab));
    }
    m.positions = p.positions;
    m.nombre = p.nombre;
    return m;
  }

  /** The blocks (shared) and a copy of the positions, for a worker. */
  partager(): MagasinPartage {
    return { parties: this.parties, blocs: [...this.partages], positions: this.positions.slice(0, this.cases * this.nombre), nombre: this.nombre };
  }

  /** Bytes held, for measures. */
  get octets(): number {
    return this.blocs.reduce((n, b) => n + b.length, 0);
  }

  private bloc(maximum: number): Buffer {
    const dernier = this.blocs.at(-1);
    if (dernier && this.rempli + maximum <= dernier.length) return dernier;
    const sab = new SharedArrayBuffer(Math.max(TAILLE_BLOC, maximum));
    this.partages.push(sab);
    this.blocs.push(Buffer.from(sab));
    this.rempli = 0;
    return this.blocs.at(-1)!;
  }

  /** Stores the parts (as many as the store has); returns their number (0, 1, 2… in the order stored). */
  ranger(parties: readonly string[]): number {
    if (parties.length !== this.parties) throw new Error(`MagasinUtf8 : ${parties.length} parties au lieu de ${this.parties}`);
    let unites = 0;
    for (const p of parties) unites += p.length;
    // A UTF-16 unit never takes more than 3 bytes of UTF-8.
    const bloc = this.bloc(3 * unites + this.parties - 1);
    const debut = this.rempli;
    let fin = debut;
    const k = this.nombre++;
    if (this.positions.length < this.cases * this.nombre) {
      const plus = new Int32Array(this.positions.length * 2);
      plus.set(this.positions);
      this.positions = plus;
    }
    const p = this.cases * k;
    for (let j = 0; j < parties.length; j++) {
      if (j > 0) bloc[fin++] = SAUT;
      fin += bloc.write(parties[j], fin);
      if (j < parties.length - 1) this.positions[p + 3 + j] = fin;
    }
    this.rempli = fin;
    this.positions[p] = this.blocs.length - 1;
    this.positions[p + 1] = debut;
    this.positions[p + 2] = fin;
    return k;
  }

  /** The parts of entry `k` joined by line breaks, in one decoding. */
  joint(k: number): string {
    const p = this.cases * k;
    return this.blocs[this.positions[p]].toString('utf8', this.positions[p + 1], this.positions[p + 2]);
  }

  lire(k: number): string[] {
    const resultat: string[] = [];
    for (let j = 0; j < this.parties; j++) resultat.push(this.partie(k, j).toString('utf8'));
    return resultat;
  }

  /** The UTF-8 bytes of part `j` of entry `k`: a view into the store, not a copy. */
  partie(k: number, j: number): Buffer {
    const p = this.cases * k;
    const debut = j === 0 ? this.positions[p + 1] : this.positions[p + 3 + j - 1] + 1;
    const fin = j === this.parties - 1 ? this.positions[p + 2] : this.positions[p + 3 + j];
    return this.blocs[this.positions[p]].subarray(debut, fin);
  }
}
