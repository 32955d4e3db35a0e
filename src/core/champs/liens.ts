import { decodeEntitesHtml } from './texte-libre.ts';

export interface LiensLus {
  /** http(s) addresses, in order, without duplicates. */
  liens: string[];
  /** Link-like pieces that were not kept: other schemes (`javascript:`, `data:`, `ftp:`), broken URLs. */
  refuses: string[];
  /** True when a kept address had to be repaired: taken from `<a href>`, `www.` completed, punctuation or entities removed. */
  corrige: boolean;
}

const ANCRE = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>[\s\S]*?(?:<\/a\s*>|$)/gi;
const BALISE = /<\/?[a-zA-Z][^<>]*>/g;
const SEPARATEURS = /[\s;]+/;
const HTTP = /^https?:\/\//i;
const HTTP_DANS = /https?:\/\//i;
const SCHEMA = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** Characters that a kept address may hold as written; anything else goes through the URL parser. */
const SUR = /^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$/;
const PONCTUATION_DEBUT = /^[("'«<\[]+/;
const PONCTUATION_FIN = /["'».,;:!?>\]]+$/;

const compte = (texte: string, c: string) => texte.split(c).length - 1;

/** `http://a.fr).` → `http://a.fr`; a closing parenthesis stays when it closes one of the address: `…/Lyon_(France)`. */
function sansPonctuationFinale(jeton: string): string {
  for (;;) {
    let court = jeton.replace(PONCTUATION_FIN, '');
    if (court.endsWith(')') && compte(court, '(') < compte(court, ')')) court = court.slice(0, -1);
    if (court === jeton) return jeton;
    jeton = court;
  }
}

/** A kept address, or undefined when it is not a valid http(s) URL. */
function adresse(candidat: string): string | undefined {
  let url: URL;
  try {
    url = new URL(candidat);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  return SUR.test(candidat) ? candidat : url.href;
}

/**
 * Reads a Liens, Videos or Photos cell: one or more addresses separated by line breaks, spaces
 * or `;`, sometimes as `<a href=...>`. Only http and https are kept: `javascript:`, `data:` and
 * every other scheme are refused (the UI would otherwise turn them into clickable links).
 * Words around the addresses (`Site :`) are not links and are dropped.
 */
export function parseLiens(brut: string): LiensLus {
  const liens: string[] = [];
  const refuses: string[] = [];
  let corrige = false;
  let texte = brut;
  if (texte.includes('<')) {
    const avant = texte;
    texte = texte.replace(ANCRE, (_, a?: string, b?: string, c?: string) => ` ${a ?? b ?? c ?? ''} `).replace(BALISE, ' ');
    corrige ||= texte !== avant;
  }
  if (texte.includes('&')) {
    const avant = texte;
    texte = decodeEntitesHtml(texte);
    corrige ||= texte !== avant;
  }
  for (const morceau of texte.split(SEPARATEURS)) {
    if (morceau === '') continue;
    let jeton = sansPonctuationFinale(morceau.replace(PONCTUATION_DEBUT, ''));
    const debut = jeton.search(HTTP_DANS);
    if (debut > 0) jeton = jeton.slice(debut); // "Site:http://…"
    let candidat = jeton;
    if (/^www\./i.test(jeton)) candidat = 'http://' + jeton;
    if (HTTP.test(candidat)) {
      const lien = adresse(candidat);
      if (lien === undefined) {
        refuses.push(morceau);
        continue;
      }
      if (lien !== morceau) corrige = true;
      if (!liens.includes(lien)) liens.push(lien);
    } else if (SCHEMA.test(jeton) || /[./\\:]/.test(jeton.replace(/[.:]$/, ''))) {
      // Another scheme (javascript:, data:, ftp:, mailto:) or a link-like piece that is no http(s) URL.
      refuses.push(morceau);
    }
  }
  return { liens, refuses, corrige };
}
