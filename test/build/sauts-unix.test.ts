/** Line breaks made LF over bytes (scripts/build/sauts-unix.ts): the text of replace(/\r\n?/g, '\n') after decoding. */
import { describe, expect, it } from 'vitest';
import { SautsUnix } from '../../scripts/build/sauts-unix.ts';

const CAS: [string, string][] = [
  ['CRLF line ends', 'a;b\r\nc;d\r\n'],
  ['lone CRs', 'a\rb\r\rc'],
  ['a CR at the very end', 'fin\r'],
  ['a CR at the very start', '\r\ndébut'],
  ['CR CR LF', 'x\r\r\ny'],
  ['LF CR', 'x\n\ry'],
  ['CRLF inside a quoted cell, with non-ASCII around', '"l’œuvre\r\nété 😀"\r\n'],
];

describe('SautsUnix', () => {
  it.each(CAS)('makes %s LF as the string replace does', (_, texte) => {
    const octets = Buffer.from(texte);
    expect(Buffer.from(new SautsUnix().convertir(octets)).toString()).toBe(texte.replace(/\r\n?/g, '\n'));
    expect(octets.toString()).toBe(texte); // the bytes given are left as they were
  });

  it('gives back the bytes themselves when they hold no CR', () => {
    const octets = Buffer.from('a\nb\n');
    expect(new SautsUnix().convertir(octets)).toBe(octets);
  });

  it('reuses its buffer from one piece to the next, growing it when needed', () => {
    const sauts = new SautsUnix();
    expect(Buffer.from(sauts.convertir(Buffer.from('a\r\nb'))).toString()).toBe('a\nb');
    expect(Buffer.from(sauts.convertir(Buffer.from('plus long\r\nque le premier\r'))).toString()).toBe('plus long\nque le premier\n');
    expect(Buffer.from(sauts.convertir(Buffer.from('c\rd'))).toString()).toBe('c\nd');
  });

  it('reads a view into a bigger buffer from its own offset', () => {
    const tout = Buffer.from('xxxxa\r\nbyyyy');
    expect(Buffer.from(new SautsUnix().convertir(tout.subarray(4, 8))).toString()).toBe('a\nb');
  });
});
