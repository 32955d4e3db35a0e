/**
 * Exact Windows-1252 encoder and decoder (what French Excel writes). Node's TextEncoder only
 * does UTF-8, Buffer's 'latin1' would turn ’ (U+2019) into 0x19 instead of 0x92, and Node's
 * own TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls since v20.18.3
 * (nodejs/node#56542, #60888): 0x92 comes back as U+0092, not ’. Hence the table.
 * Table: https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT
 * Characters with no Windows-1252 byte become `?`, as Excel does.
 */

/** The 0x80–0x9F block; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned. */
const SPECIAUX: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e,
  0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
  0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

export const INCONNU = 0x3f; // '?'

/** Encodes into `cible` from `debut`; returns the number of bytes written (one per character). */
export function encodeCp1252Into(texte: string, cible: Uint8Array, debut: number): number {
  let n = debut;
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) cible[n++] = c;
    else {
      // A surrogate pair is one character: one `?`, not two.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < texte.length) i++;
      cible[n++] = SPECIAUX[c] ?? INCONNU;
    }
  }
  return n - debut;
}

export function encodeCp1252(texte: string): Buffer {
  const out = Buffer.allocUnsafe(texte.length);
  return out.subarray(0, encodeCp1252Into(texte, out, 0));
}

const DECODAGE = new Map<number, number>(Object.entries(SPECIAUX).map(([u, b]) => [b, Number(u)]));

/** Bytes 0x80–0x9F through the table (unassigned ones stay as their C1 code point, as WHATWG says). */
export function decodeCp1252(octets: Uint8Array): string {
  let out = '';
  const morceau: number[] = [];
  for (let i = 0; i < octets.length; i++) {
    const o = octets[i];
    morceau.push(o >= 0x80 && o <= 0x9f ? (DECODAGE.get(o) ?? o) : o);
    if (morceau.length === 8192) {
      out += String.fromCharCode(...morceau);
      morceau.length = 0;
    }
  }
  return out + String.fromCharCode(...morceau);
}
