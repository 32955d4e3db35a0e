/**
 * Links from fiches are untrusted: only http(s) URLs become links (re-checked here even though
 * the build already filters them). Anything else (javascript:, data:, vbscript:, relative…) is
 * refused and shown, if at all, as plain text.
 */

/** The normalised href of an http(s) URL, or null. `www.exemple.fr` gets `https://`. */
export function lienSur(brut: string | null | undefined): string | null {
  if (typeof brut !== 'string') return null;
  // Control characters and whitespace inside a scheme are a classic bypass (`java\tscript:`).
  let s = brut.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  if (s === '' || /\s/.test(s)) return null;
  if (/^www\./i.test(s)) s = 'https://' + s;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

/** Short readable text of a safe link: host + path, without `www.`, cut to `max` characters. */
export function texteLien(href: string, max = 60): string {
  const url = new URL(href);
  let t = url.hostname.replace(/^www\./, '') + (url.pathname === '/' ? '' : url.pathname) + url.search;
  t = decodeURIComponentSur(t);
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function decodeURIComponentSur(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
