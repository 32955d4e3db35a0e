/**
 * The UTF-8 store in shared memory (scripts/build/magasin-utf8.ts): what it gives back, and the
 * same entries read through a copy made by `depuis(partager())`, as a worker thread reads them.
 */
import { describe, expect, it } from 'vitest';
import { MagasinUtf8 } from '../../scripts/build/magasin-utf8.ts';

describe('MagasinUtf8', () => {
  it('gives back each entry’s parts, whatever their characters and line breaks, and joined', () => {
    const m = new MagasinUtf8(3);
    const entrees = [
      ['Une synthèse d’été', 'l’œuvre\n2) suite', '€ 😀 «ok»'],
      ['', '', ''],
      ['a\n\nb', '\n', 'fin\n'],
    ];
    expect(entrees.map((e) => m.ranger(e))).toEqual([0, 1, 2]);
    entrees.forEach((e, k) => {
      expect(m.lire(k)).toEqual(e);
      expect(m.joint(k)).toBe(e.join('\n'));
    });
  });

  it('keeps a one-part entry whole', () => {
    const m = new MagasinUtf8(1);
    m.ranger(['x\ny']);
    expect(m.lire(0)).toEqual(['x\ny']);
  });

  it('refuses an entry with another number of parts', () => {
    expect(() => new MagasinUtf8(2).ranger(['seul'])).toThrow(/1 parties au lieu de 2/);
  });

  it('is read the same from its shared blocks, over several blocks, without copying them', () => {
    const m = new MagasinUtf8(2);
    const grand = 'é’'.repeat(9 * 2 ** 20); // 45 MB of UTF-8: more than a block
    const petits = Array.from({ length: 3000 }, (_, k) => [`n°${k} `.repeat(k % 50), String(k)]);
    m.ranger(petits[0]);
    m.ranger([grand, 'ça']);
    for (const p of petits.slice(1)) m.ranger(p);
    const partage = m.partager();
    expect(partage.blocs.length).toBeGreaterThan(1);
    expect(partage.blocs.every((b) => b instanceof SharedArrayBuffer)).toBe(true);
    const copie = MagasinUtf8.depuis(structuredClone(partage));
    expect(copie.nombre).toBe(3001);
    expect(copie.lire(1)).toEqual([grand, 'ça']);
    expect(copie.lire(0)).toEqual(petits[0]);
    expect(copie.lire(3000)).toEqual(petits[2999]);
    // Shared, not copied: a byte changed on one side is seen on the other (entry 0 is '' + '\n' + '0').
    Buffer.from(partage.blocs[0])[0] = 'N'.charCodeAt(0);
    expect(m.joint(0)).toBe('N0');
    expect(copie.joint(0)).toBe('N0');
  });
});
