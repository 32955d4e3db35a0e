/**
 * CRLF and lone CR made LF over a piece's bytes, before it is decoded: the same text as
 * `texte.replace(/\r\n?/g, '\n')` after decoding (0x0D and 0x0A are never part of a
 * multi-byte character, in UTF-8 as in Windows-1252), without a second string of the piece.
 */
const CR = 0x0d;
const LF = 0x0a;

export class SautsUnix {
  private tampon: Buffer | undefined;

  /** The bytes with only LF line breaks: `octets` itself when it holds no CR, else a view of a reused buffer. */
  convertir(octets: Uint8Array): Uint8Array {
    const source = Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength);
    let cr = source.indexOf(CR);
    if (cr === -1) return octets;
    if (!this.tampon || this.tampon.length < source.length) this.tampon = Buffer.allocUnsafeSlow(source.length);
    const cible = this.tampon;
    let p = 0;
    let debut = 0;
    while (cr !== -1) {
      p += source.copy(cible, p, debut, cr);
      cible[p++] = LF;
      debut = source[cr + 1] === LF ? cr + 2 : cr + 1;
      cr = source.indexOf(CR, debut);
    }
    p += source.copy(cible, p, debut);
    return cible.subarray(0, p);
  }
}
