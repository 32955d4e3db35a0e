import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { COUCHES_FOND, POLICES, PREMIERE_COUCHE_NOMS, createBasemapStyle, resolveBaseUrl } from '../../src/map/style.ts';

const publicDir = resolve(import.meta.dirname, '../../public');
const style = createBasemapStyle({ baseUrl: 'http://127.0.0.1:4173/atlaas/' });

function urls(s: StyleSpecification): string[] {
  const sources = Object.values(s.sources).map((src) => (src as { data: string }).data);
  const fonts = Object.values(s['font-faces'] ?? {}).flatMap((f) =>
    (Array.isArray(f) ? f : [f]).map((x) => (typeof x === 'string' ? x : x.url)),
  );
  return [...sources, ...fonts];
}

describe('createBasemapStyle', () => {
  it('returns the remote style URL when one is given', () => {
    expect(createBasemapStyle({ baseUrl: '/', remoteStyleUrl: 'https://example.org/style.json' })).toBe(
      'https://example.org/style.json',
    );
  });

  it('ignores an empty remote style URL', () => {
    expect(typeof createBasemapStyle({ baseUrl: '/', remoteStyleUrl: '  ' })).toBe('object');
  });

  it('needs no glyph server: fonts come from font-faces', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('loads every file from under the base URL', () => {
    for (const url of urls(style)) expect(url.startsWith('http://127.0.0.1:4173/atlaas/')).toBe(true);
  });

  it('points only at files that exist in public/', () => {
    for (const url of urls(style)) {
      const path = resolve(publicDir, url.slice('http://127.0.0.1:4173/atlaas/'.length));
      expect(existsSync(path), path).toBe(true);
    }
  });

  it('declares a font file for every text-font it uses, and for the app fonts', () => {
    const declared = Object.keys(style['font-faces'] ?? {});
    const used = style.layers.flatMap((l) => (l.type === 'symbol' ? ((l.layout?.['text-font'] as string[]) ?? []) : []));
    expect(used.length).toBeGreaterThan(0);
    for (const font of [...used, ...Object.values(POLICES).flat()]) expect(declared).toContain(font);
  });

  it('names its layers as COUCHES_FOND says, labels last', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids)).toEqual(new Set(Object.values(COUCHES_FOND)));
    const premier = ids.indexOf(PREMIERE_COUCHE_NOMS);
    expect(style.layers.slice(premier).every((l) => l.type === 'symbol')).toBe(true);
    expect(style.layers.slice(0, premier).some((l) => l.type === 'symbol')).toBe(false);
  });
});

describe('resolveBaseUrl', () => {
  it.each([
    ['http://h/a', 'http://h/a/'],
    ['http://h/a/', 'http://h/a/'],
    ['/atlaas/', '/atlaas/'], // no location in Node: left relative
  ])('resolves %s to %s', (input, expected) => {
    expect(resolveBaseUrl(input)).toBe(expected);
  });
});
