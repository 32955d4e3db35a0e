/** Content-hashed names of the data files (scripts/build/write/empreinte.ts). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DossierAvecEmpreinte,
  ecrireAvecEmpreinte,
  ecrireFluxAvecEmpreinte,
  empreinte,
  estVersionDe,
  nomAvecEmpreinte,
} from '../../scripts/build/write/empreinte.ts';

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'atlaas-empreinte-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('content-hashed names', () => {
  it('put the empreinte before the extension', () => {
    expect(nomAvecEmpreinte('points.bin', 'abcdef0123')).toBe('points.abcdef0123.bin');
    expect(nomAvecEmpreinte('clusters.pmtiles', 'abcdef0123')).toBe('clusters.abcdef0123.pmtiles');
    expect(nomAvecEmpreinte('LISEZMOI', 'abcdef0123')).toBe('LISEZMOI.abcdef0123');
  });

  it('recognise the versions of a name, and only them', () => {
    expect(estVersionDe('points.abcdef0123.bin', 'points.bin')).toBe(true);
    expect(estVersionDe('points.bin', 'points.bin')).toBe(false);
    expect(estVersionDe('points.abcdef012.bin', 'points.bin')).toBe(false);
    expect(estVersionDe('pointsXabcdef0123.bin', 'points.bin')).toBe(false);
    expect(estVersionDe('communes.abcdef0123.json', 'points.bin')).toBe(false);
  });

  it('give the same content the same name and another content another name', () => {
    expect(empreinte('{"a":1}')).toBe(empreinte(new TextEncoder().encode('{"a":1}')));
    expect(empreinte('{"a":1}')).not.toBe(empreinte('{"a":2}'));
    expect(empreinte('x')).toMatch(/^[0-9a-f]{10}$/);
  });
});

describe('writing a hashed file', () => {
  it('writes the content under its hashed name and removes older versions and the plain name', async () => {
    writeFileSync(join(out, 'facettes.json'), 'ancien');
    writeFileSync(join(out, 'communes.json'), 'à garder');
    const premier = await ecrireAvecEmpreinte(out, 'facettes.json', '{"total":1}');
    const second = await ecrireAvecEmpreinte(out, 'facettes.json', '{"total":2}');
    expect(second).not.toBe(premier);
    expect(readdirSync(out).sort()).toEqual(['communes.json', second].sort());
    expect(readFileSync(join(out, second), 'utf8')).toBe('{"total":2}');
  });

  it('names a file written in parts by the empreinte of all its bytes', async () => {
    const parties = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    const nom = await ecrireFluxAvecEmpreinte(out, 'clusters.pmtiles', parties);
    expect(nom).toBe(nomAvecEmpreinte('clusters.pmtiles', empreinte(new Uint8Array([1, 2, 3, 4, 5]))));
    expect([...readFileSync(join(out, nom))]).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('a hashed folder', () => {
  async function dossier(fichiers: [string, string][]): Promise<string> {
    const d = new DossierAvecEmpreinte(out, 'tuiles');
    await d.ouvrir();
    for (const [chemin, data] of fichiers) await d.ecrire(chemin, data);
    return d.fermer();
  }

  it('is named after all its files, whatever the order they were written in', async () => {
    const a = await dossier([['8/1/2.json', 'un'], ['sans-lieu.json', 'deux']]);
    expect(a).toMatch(/^tuiles\/[0-9a-f]{10}$/);
    expect(readFileSync(join(out, a, '8/1/2.json'), 'utf8')).toBe('un');
    const b = await dossier([['sans-lieu.json', 'deux'], ['8/1/2.json', 'un']]);
    expect(b).toBe(a);
  });

  it('changes name when one file changes, and leaves no older version behind', async () => {
    const a = await dossier([['0.json', 'un'], ['1.json', 'deux']]);
    const b = await dossier([['0.json', 'un'], ['1.json', 'trois']]);
    expect(b).not.toBe(a);
    expect(existsSync(join(out, a))).toBe(false);
    expect(readdirSync(join(out, 'tuiles'))).toEqual([b.split('/')[1]]);
  });

  it('is named after the paths too, not only the contents', async () => {
    const a = await dossier([['0.json', 'un']]);
    const b = await dossier([['1.json', 'un']]);
    expect(b).not.toBe(a);
  });
});
