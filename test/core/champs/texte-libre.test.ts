import { describe, expect, it } from 'vitest';
import { cleanTexteCourt, cleanTexteLibre, decodeEntitesHtml } from '../../../src/core/champs/texte-libre.ts';

describe('cleanTexteLibre', () => {
  it.each([
    ['turns <br/> into a line break', 'a<br/>b', 'a\nb'],
    ['turns <br> and <BR /> into line breaks', 'a<br>b<BR />c', 'a\nb\nc'],
    ['turns </p> into a line break', '<p>un</p><p>deux</p>', 'un\ndeux'],
    ['strips a tag to its text', 'un <b>gras</b> mot', 'un gras mot'],
    ['strips tags with attributes', '<span style="color:red" onclick="x()">rouge</span>', 'rouge'],
    ['keeps the address of a link after its text', '<a href="http://x.fr">le site</a>', 'le site (http://x.fr)'],
    ['does not repeat an address that is the link text', '<a href="http://x.fr">http://x.fr</a>', 'http://x.fr'],
    ['drops the href of a javascript: link', '<a href="javascript:alert(1)">clic</a>', 'clic'],
    ['drops a script and its content', 'a<script>alert(1)</script>b', 'ab'],
    ['drops a style and its content', '<style>p{}</style>texte', 'texte'],
    ['drops an HTML comment', 'a<!-- note -->b', 'ab'],
    ['decodes named entities', 'R&amp;D &eacute;t&eacute; &laquo;&nbsp;ok&nbsp;&raquo;', 'R&D été «\u00a0ok\u00a0»'],
    ['decodes numeric entities', '&#233;&#xE9;&#8217;', 'éé’'],
    ['decodes entities once, after the tags are gone', '&lt;b&gt;gras&lt;/b&gt;', '<b>gras</b>'],
    ['turns list items into dashes', '<ul><li>un</li><li>deux</li></ul>', '- un\n- deux'],
  ])('%s', (_, brut, attendu) => {
    expect(cleanTexteLibre(brut)).toEqual({ texte: attendu, html: true });
  });

  it.each([
    ['normalises CRLF line breaks', 'a\r\nb\rc', 'a\nb\nc'],
    ['trims the text', '  texte \n ', 'texte'],
    ['right-trims each line', 'a  \nb', 'a\nb'],
    ['keeps at most one blank line', 'a\n\n\n\nb', 'a\n\nb'],
    ['removes control characters', 'a\u0007b\u0000c', 'abc'],
    ['leaves a lone ampersand alone', 'R&D', 'R&D'],
    ['leaves a comparison alone', 'a < b et c > d', 'a < b et c > d'],
    ['leaves an unknown entity alone', '&foo;', '&foo;'],
  ])('%s without calling it HTML', (_, brut, attendu) => {
    expect(cleanTexteLibre(brut)).toEqual({ texte: attendu, html: false });
  });
});

describe('cleanTexteCourt', () => {
  it('joins the lines of a one-line field', () => {
    expect(cleanTexteCourt('Un titre\nsur deux lignes')).toEqual({ texte: 'Un titre sur deux lignes', html: false });
  });

  it('turns <br/> in a title into a space', () => {
    expect(cleanTexteCourt('Un<br/>titre')).toEqual({ texte: 'Un titre', html: true });
  });
});

describe('decodeEntitesHtml', () => {
  it('leaves out-of-range numeric entities as written', () => {
    expect(decodeEntitesHtml('&#0;&#xD800;&#9999999;')).toBe('&#0;&#xD800;&#9999999;');
  });

  it('does not decode Object prototype names', () => {
    expect(decodeEntitesHtml('&constructor;&toString;')).toBe('&constructor;&toString;');
  });
});
