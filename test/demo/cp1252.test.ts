import { describe, expect, it } from 'vitest';
import { decodeCp1252, encodeCp1252 } from '../../scripts/demo/cp1252.ts';

describe('encodeCp1252', () => {
  it.each([
    ['é', [0xe9]],
    ['’', [0x92]],
    ['œ', [0x9c]],
    ['Œ', [0x8c]],
    ['€', [0x80]],
    ['…', [0x85]],
    ['–', [0x96]],
    ['«\u00a0»', [0xab, 0xa0, 0xbb]],
    ['Ÿ', [0x9f]],
    ['a;b', [0x61, 0x3b, 0x62]],
  ])('encodes %j as its Windows-1252 byte(s)', (texte, octets) => {
    expect([...encodeCp1252(texte)]).toEqual(octets);
  });

  it('writes ? for a character Windows-1252 does not have, one per character', () => {
    expect(encodeCp1252('Ā😀').toString('latin1')).toBe('??');
  });

  it('round-trips every character it can encode', () => {
    const tout = Array.from({ length: 256 }, (_, i) => i)
      .filter((i) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(i))
      .map((i) => decodeCp1252(Uint8Array.of(i)))
      .join('');
    expect(decodeCp1252(encodeCp1252(tout))).toBe(tout);
  });

  it('decodes 0x92 as ’ (Node 20’s TextDecoder does not, nodejs/node#56542)', () => {
    expect(decodeCp1252(Uint8Array.of(0x92, 0x9c, 0x80))).toBe('’œ€');
  });
});
