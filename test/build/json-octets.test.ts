/**
 * The byte JSON writer (scripts/build/write/json-octets.ts): exactly the bytes of
 * Buffer.from(JSON.stringify(…)), strings given as JS strings or as UTF-8 bytes.
 */
import { describe, expect, it } from 'vitest';
import { OctetsJson } from '../../scripts/build/write/json-octets.ts';

const CONTROLES = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).join('');

const DIFFICILES: [string, string][] = [
  ['an empty string', ''],
  ['plain ASCII', 'Atlas des initiatives'],
  ['quotes and backslashes', 'il a dit "oui" \\ puis \\"non\\"'],
  ['every control character', CONTROLES],
  ['DEL and C1 controls, not escaped', '\x7f\x80\x9f'],
  ['non-ASCII of two and three bytes', 'Synthèse d’été : l’œuvre « ok » € …'],
  ['U+2028 and U+2029, not escaped', 'a\u2028b\u2029c'],
  ['emoji (surrogate pairs)', '😀 👩‍💻 🇫🇷'],
  ['a lone high surrogate', 'a\ud800b'],
  ['a lone low surrogate', 'a\udc00b'],
  ['a lone surrogate at the end', 'fin\udbff'],
  ['two high surrogates then a low one', '\ud83d\ud83d\ude00'],
  ['a low then a high surrogate', '\ude00\ud83d'],
  ['a BOM and a zero-width space', '\ufeff\u200b'],
];

const octets = (ecrire: (w: OctetsJson) => void, capacite?: number) => {
  const w = new OctetsJson(capacite);
  ecrire(w);
  return Buffer.from(w.vue());
};

describe('OctetsJson', () => {
  it.each(DIFFICILES)('writes %s as JSON.stringify does', (_, s) => {
    expect(octets((w) => w.chaine(s))).toEqual(Buffer.from(JSON.stringify(s)));
  });

  it.each(DIFFICILES.filter(([, s]) => Buffer.from(s).toString() === s))(
    'writes %s from its UTF-8 bytes as JSON.stringify writes the string',
    (_, s) => {
      const utf8 = Buffer.from(`xx${s}yy`);
      expect(octets((w) => w.utf8(utf8, 2, utf8.length - 2))).toEqual(Buffer.from(JSON.stringify(s)));
    },
  );

  it('writes the UTF-8 of a lone surrogate (U+FFFD there) as JSON.stringify writes its decoding', () => {
    const utf8 = Buffer.from('a\ud800b');
    expect(octets((w) => w.utf8(utf8, 0, utf8.length))).toEqual(Buffer.from(JSON.stringify(utf8.toString('utf8'))));
  });

  it.each([0, -0, 1, -1.5, 0.1 + 0.2, 1e21, 1e-7, 2.5e-5, 48.85341, -4.48, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity])(
    'writes the number %s as JSON.stringify does',
    (n) => {
      expect(octets((w) => w.nombre(n)).toString()).toBe(JSON.stringify(n));
    },
  );

  it('writes null, arrays of strings and raw ASCII', () => {
    const texte = octets((w) => w.brut('{"a":').chaineOuNull(null).brut(',"b":').nombreOuNull(null).brut(',"c":').chaines(['x', '"', '']).brut(',"d":').chaines([]).brut('}'));
    expect(texte.toString()).toBe(JSON.stringify({ a: null, b: null, c: ['x', '"', ''], d: [] }));
  });

  it('grows past its first capacity, keeping what was written', () => {
    const s = 'é’"\n'.repeat(1000);
    expect(octets((w) => w.chaine(s).chaine(s), 16)).toEqual(Buffer.from(JSON.stringify(s) + JSON.stringify(s)));
  });

  it('starts again from nothing after vider()', () => {
    const w = new OctetsJson();
    w.chaine('premier');
    w.vider();
    w.chaine('second');
    expect(w.vue().toString()).toBe('"second"');
  });
});
