import { describe, expect, it } from 'vitest';
import { lienSur, texteLien } from '../../src/ui/lien-sur.ts';

describe('lienSur', () => {
  it.each([
    ['https://www.exemple.fr/projet', 'https://www.exemple.fr/projet'],
    ['http://exemple.fr', 'http://exemple.fr/'],
    ['  https://exemple.fr/a b  ', null],
    ['www.exemple.fr/page', 'https://www.exemple.fr/page'],
    ['HTTPS://EXEMPLE.FR', 'https://exemple.fr/'],
  ])('keeps an http(s) link: %s', (brut, attendu) => {
    expect(lienSur(brut)).toBe(attendu);
  });

  it.each([
    'javascript:window.__xss=1',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//exemple.fr',
    '/relatif',
    'mailto:a@b.fr',
    'https://user:pass@exemple.fr',
    '',
    'not a url',
  ])('refuses %s', (brut) => {
    expect(lienSur(brut)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(lienSur(null)).toBeNull();
    expect(lienSur(undefined)).toBeNull();
    expect(lienSur(42 as unknown as string)).toBeNull();
  });

  it('shows a short readable text', () => {
    expect(texteLien('https://www.exemple.fr/')).toBe('exemple.fr');
    expect(texteLien('https://exemple.fr/ma%20page?x=1')).toBe('exemple.fr/ma page?x=1');
    expect(texteLien('https://exemple.fr/' + 'a'.repeat(100), 20)).toHaveLength(20);
  });
});
