import { describe, expect, it } from 'vitest';
import { parseLiens } from '../../../src/core/champs/liens.ts';

describe('parseLiens', () => {
  it.each([
    ['reads one address', 'http://www.ville.fr', ['http://www.ville.fr']],
    ['splits on line breaks', 'http://a.fr\nhttps://b.fr', ['http://a.fr', 'https://b.fr']],
    ['splits on CRLF line breaks', 'http://a.fr\r\nhttps://b.fr', ['http://a.fr', 'https://b.fr']],
    ['splits on spaces', 'http://a.fr https://b.fr', ['http://a.fr', 'https://b.fr']],
    ['splits on semicolons', 'http://a.fr;https://b.fr', ['http://a.fr', 'https://b.fr']],
    ['keeps query strings and fragments', 'https://a.fr/p?x=1&y=2#z', ['https://a.fr/p?x=1&y=2#z']],
    ['drops duplicate addresses', 'http://a.fr http://a.fr', ['http://a.fr']],
    ['ignores the words around addresses', 'Site officiel : http://a.fr', ['http://a.fr']],
  ])('%s', (_, brut, liens) => {
    expect(parseLiens(brut)).toEqual({ liens, refuses: [], corrige: false });
  });

  it.each([
    ['takes the address out of <a href>', '<a href="http://a.fr/page">la page</a>', ['http://a.fr/page']],
    ['takes the address out of a single-quoted href', "<a href='http://a.fr'>x</a>", ['http://a.fr']],
    ['takes the address out of an unquoted href', '<a href=http://a.fr>x</a>', ['http://a.fr']],
    ['decodes &amp; in an href', '<a href="http://a.fr/?x=1&amp;y=2">x</a>', ['http://a.fr/?x=1&y=2']],
    ['completes an address that starts with www.', 'www.ville.fr', ['http://www.ville.fr']],
    ['removes the punctuation that ends a sentence', 'voir http://a.fr.', ['http://a.fr']],
    ['removes the brackets around an address', '(http://a.fr)', ['http://a.fr']],
    ['keeps the parenthesis that belongs to the address', 'http://fr.wikipedia.org/wiki/Lyon_(France).', ['http://fr.wikipedia.org/wiki/Lyon_(France)']],
    ['cuts a label glued to the address', 'Site:http://a.fr', ['http://a.fr']],
    ['encodes characters that are not URL-safe', 'http://a.fr/"onmouseover=x', ['http://a.fr/%22onmouseover=x']],
  ])('%s', (_, brut, liens) => {
    expect(parseLiens(brut)).toEqual({ liens, refuses: [], corrige: true });
  });

  it.each([
    ['refuses javascript:', 'javascript:alert(1)'],
    ['refuses JavaScript: in any case', 'JavaScript:alert(1)'],
    ['refuses data:', 'data:text/html,<b>x</b>'],
    ['refuses ftp:', 'ftp://a.fr/fichier'],
    ['refuses mailto:', 'mailto:maire@ville.fr'],
    ['refuses an address without scheme that is not www.', 'ville.fr/page'],
    ['refuses an http address without host', 'http://'],
  ])('%s', (_, brut) => {
    const { liens, refuses } = parseLiens(brut);
    expect(liens).toEqual([]);
    expect(refuses.length).toBeGreaterThan(0);
  });

  it('refuses a javascript: href but keeps the http links beside it', () => {
    expect(parseLiens('<a href="javascript:void(0)">x</a> http://a.fr')).toMatchObject({ liens: ['http://a.fr'], refuses: ['javascript:void(0)'] });
  });

  it('reads an empty cell as no link', () => {
    expect(parseLiens('  ')).toEqual({ liens: [], refuses: [], corrige: false });
  });
});
