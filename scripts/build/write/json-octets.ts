/**
 * JSON written straight as UTF-8 bytes into one reused buffer: the same bytes as
 * `Buffer.from(JSON.stringify(value))`, without the per-fiche objects, the JSON string, and its
 * encoding into a second copy (a million fiches went through the heap three times that way).
 * Long texts kept as UTF-8 (MagasinUtf8) are copied byte for byte, escaped on the way.
 *
 * Strings follow JSON.stringify (ECMA-262 QuoteJSONString): `"` `\` and the controls below
 * U+0020 are escaped (\b \t \n \f \r, else \u00xx), a lone surrogate becomes \udxxx, anything
 * else is written as is.
 */

const GUILLEMET = 0x22;
const BARRE = 0x5c;
/** The short escapes of JSON.stringify, by control character; the others are \u00xx. */
const ECHAPPEMENTS: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const HEX = '0123456789abcdef';

export class OctetsJson {
  private octets: Buffer;
  /** Bytes written so far. */
  longueur = 0;

  constructor(capacite = 1 << 20) {
    this.octets = Buffer.allocUnsafeSlow(capacite);
  }

  /** The bytes written since the last `vider()`: a view, overwritten by the next writes. */
  vue(): Buffer {
    return this.octets.subarray(0, this.longueur);
  }

  vider(): void {
    this.longueur = 0;
  }

  private reserver(n: number): void {
    if (this.longueur + n <= this.octets.length) return;
    const plus = Buffer.allocUnsafeSlow(Math.max(this.octets.length * 2, this.longueur + n));
    this.octets.copy(plus, 0, 0, this.longueur);
    this.octets = plus;
  }

  /** ASCII written as is: punctuation, keys already quoted, numbers. */
  brut(ascii: string): this {
    this.reserver(ascii.length);
    const o = this.octets;
    let p = this.longueur;
    for (let k = 0; k < ascii.length; k++) o[p++] = ascii.charCodeAt(k);
    this.longueur = p;
    return this;
  }

  private echapper(c: number, p: number): number {
    const o = this.octets;
    o[p++] = BARRE;
    const court = ECHAPPEMENTS[c];
    if (court !== undefined) o[p++] = court;
    else if (c === GUILLEMET || c === BARRE) o[p++] = c;
    else {
      o[p++] = 0x75; // u
      for (let d = 12; d >= 0; d -= 4) o[p++] = HEX.charCodeAt((c >> d) & 0xf);
    }
    return p;
  }

  /** A string, as JSON.stringify writes it. */
  chaine(s: string): this {
    // A UTF-16 unit takes at most 3 bytes, or 6 escaped; plus the quotes.
    this.reserver(6 * s.length + 2);
    const o = this.octets;
    let p = this.longueur;
    o[p++] = GUILLEMET;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) {
        if (c < 0x20 || c === GUILLEMET || c === BARRE) p = this.echapper(c, p);
        else o[p++] = c;
      } else if (c < 0x800) {
        o[p++] = 0xc0 | (c >> 6);
        o[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const suivant = k + 1 < s.length ? s.charCodeAt(k + 1) : 0;
        if (c <= 0xdbff && suivant >= 0xdc00 && suivant <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (suivant - 0xdc00);
          o[p++] = 0xf0 | (point >> 18);
          o[p++] = 0x80 | ((point >> 12) & 0x3f);
          o[p++] = 0x80 | ((point >> 6) & 0x3f);
          o[p++] = 0x80 | (point & 0x3f);
          k++;
        } else p = this.echapper(c, p); // a lone surrogate
      } else {
        o[p++] = 0xe0 | (c >> 12);
        o[p++] = 0x80 | ((c >> 6) & 0x3f);
        o[p++] = 0x80 | (c & 0x3f);
      }
    }
    o[p++] = GUILLEMET;
    this.longueur = p;
    return this;
  }

  /**
   * A string given as well-formed UTF-8 bytes (what Buffer#write makes of any string, a lone
   * surrogate being U+FFFD there already): the bytes of JSON.stringify of its decoding. Only
   * ASCII bytes are ever escaped, and no byte of a multi-byte character is ASCII.
   */
  utf8(source: Uint8Array, debut: number, fin: number): this {
    this.reserver(6 * (fin - debut) + 2);
    const o = this.octets;
    let p = this.longueur;
    o[p++] = GUILLEMET;
    // One loop copying byte by byte: a subarray per run to escape cost more than the copy.
    for (let k = debut; k < fin; k++) {
      const c = source[k];
      if (c < 0x20 || c === GUILLEMET || c === BARRE) p = this.echapper(c, p);
      else o[p++] = c;
    }
    o[p++] = GUILLEMET;
    this.longueur = p;
    return this;
  }

  /** Bytes already written as JSON (a fragment made once, written many times). */
  fragment(fragment: Uint8Array): this {
    this.reserver(fragment.length);
    this.octets.set(fragment, this.longueur);
    this.longueur += fragment.length;
    return this;
  }

  /** A number as JSON.stringify writes it (null when not finite). */
  nombre(n: number): this {
    return this.brut(Number.isFinite(n) ? String(n) : 'null');
  }

  chaineOuNull(s: string | null): this {
    return s === null ? this.brut('null') : this.chaine(s);
  }

  nombreOuNull(n: number | null): this {
    return n === null ? this.brut('null') : this.nombre(n);
  }

  /** An array of strings. */
  chaines(liste: readonly string[]): this {
    this.brut('[');
    for (let k = 0; k < liste.length; k++) {
      if (k) this.brut(',');
      this.chaine(liste[k]);
    }
    return this.brut(']');
  }
}
