/**
 * Cleaning of untrusted long text (Synthèse, Actions, Description, ...) into plain text that
 * the UI renders as text, never as HTML. Line breaks are kept as `\n`.
 */

const ENTITES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê',
  agrave: 'à', acirc: 'â', auml: 'ä', Agrave: 'À', Acirc: 'Â',
  icirc: 'î', iuml: 'ï', Icirc: 'Î', ocirc: 'ô', ouml: 'ö', Ocirc: 'Ô',
  ugrave: 'ù', ucirc: 'û', uuml: 'ü', Ucirc: 'Û', ccedil: 'ç', Ccedil: 'Ç', yuml: 'ÿ',
  oelig: 'œ', OElig: 'Œ', aelig: 'æ', AElig: 'Æ',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  hellip: '…', ndash: '–', mdash: '—', euro: '€', deg: '°', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', times: '×', shy: '',
};

const ENTITE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;

function caractere(code: number, brut: string): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return brut;
  return String.fromCodePoint(code);
}

/** Decodes the common named entities and all numeric ones; leaves unknown ones as written. */
export function decodeEntitesHtml(texte: string): string {
  if (!texte.includes('&')) return texte;
  return texte.replace(ENTITE, (brut, decimal: string | undefined, hexa: string | undefined, nom: string | undefined) => {
    if (decimal !== undefined) return caractere(Number.parseInt(decimal, 10), brut);
    if (hexa !== undefined) return caractere(Number.parseInt(hexa, 16), brut);
    return Object.hasOwn(ENTITES, nom!) ? ENTITES[nom!] : brut;
  });
}

const COMMENTAIRE = /<!--[\s\S]*?(?:-->|$)/g;
const SCRIPT_OU_STYLE = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const SAUT = /<br\s*\/?\s*>/gi;
const FIN_DE_BLOC = /<\/(?:p|div|li|h[1-6]|tr|blockquote|ul|ol|table)\s*>/gi;
const PUCE = /<li\b[^>]*>/gi;
const ANCRE = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const BALISE = /<\/?[a-zA-Z][^<>]*>|<!?[a-zA-Z][^<>]*>/g;
const CONTROLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

/** `<a href="http://x.fr">le site</a>` → `le site (http://x.fr)`: the address stays readable as text. */
function ancreEnTexte(_: string, attributs: string, contenu: string): string {
  const href = HREF.exec(attributs);
  const adresse = href ? decodeEntitesHtml((href[1] ?? href[2] ?? href[3]).trim()) : '';
  if (!/^https?:\/\//i.test(adresse) || contenu.includes(adresse)) return contenu;
  return contenu.trim() === '' ? adresse : `${contenu} (${adresse})`;
}

export interface TexteNettoye {
  texte: string;
  /** True when HTML tags or entities were removed or decoded (worth a report correction). */
  html: boolean;
}

/**
 * Cleans one untrusted long-text cell: CRLF → LF; `<br>`, `<br/>`, `</p>` (and other block ends)
 * → line breaks; links → their text and address; every other tag → its text; `<script>` and
 * `<style>` dropped with their content; entities decoded once, after the tags are gone (so
 * `&lt;b&gt;` ends as the text `<b>`); control characters removed; lines right-trimmed;
 * at most one blank line in a row; trimmed.
 */
export function cleanTexteLibre(brut: string): TexteNettoye {
  let texte = brut.includes('\r') ? brut.replace(/\r\n?/g, '\n') : brut;
  let html = false;
  if (texte.includes('<') || texte.includes('&')) {
    const avant = texte;
    if (texte.includes('<')) {
      // Each pass only when its tag can be there: most cells hold at most a few <br/>.
      if (texte.includes('<!--')) texte = texte.replace(COMMENTAIRE, '');
      if (/<(?:script|style)/i.test(texte)) texte = texte.replace(SCRIPT_OU_STYLE, '');
      if (/<br/i.test(texte)) texte = texte.replace(SAUT, '\n');
      if (texte.includes('</')) texte = texte.replace(FIN_DE_BLOC, '\n');
      if (/<li/i.test(texte)) texte = texte.replace(PUCE, '- ');
      if (/<a\b/i.test(texte)) texte = texte.replace(ANCRE, ancreEnTexte);
      texte = texte.replace(BALISE, '');
    }
    texte = decodeEntitesHtml(texte);
    html = texte !== avant;
  }
  texte = texte.replace(CONTROLE, '');
  if (texte.includes('\n')) texte = texte.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return { texte: texte.trim(), html };
}

/** Like cleanTexteLibre, for one-line fields (Titre, Nom, Ville): line breaks and runs of spaces become one space. */
export function cleanTexteCourt(brut: string): TexteNettoye {
  const { texte, html } = cleanTexteLibre(brut);
  return { texte: texte.replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' '), html };
}
