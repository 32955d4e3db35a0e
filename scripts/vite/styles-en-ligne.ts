/**
 * The page's own stylesheets written into index.html as <style> elements. They block the first
 * paint, and the early view's inline script (scripts/vite/vue-immediate.ts) waits for them: linked,
 * they were two requests before the first clusters (~30–50 ms on this machine). The files stay in
 * the build (the service worker precaches them; a lazy chunk that imports one still finds it).
 */
import type { Plugin, Rollup } from 'vite';

/** `html` with each stylesheet link to one of `feuilles` (file name → CSS) replaced by its CSS. */
export function stylesEnLigne(html: string, feuilles: ReadonlyMap<string, string>): string {
  return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (lien) => {
    const href = /\bhref="([^"]+)"/.exec(lien)?.[1];
    if (!href) return lien;
    const nom = [...feuilles.keys()].find((f) => href === f || href.endsWith(`/${f}`));
    if (nom === undefined) return lien;
    // Nothing in it may close the element.
    return `<style data-feuille="${nom}">${(feuilles.get(nom) ?? '').replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

export function stylesEnLigneIndex(): Plugin {
  return {
    name: 'atlaas:styles-en-ligne',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const feuilles = new Map<string, string>();
        for (const f of Object.values(ctx.bundle) as (Rollup.OutputAsset | Rollup.OutputChunk)[])
          if (f.type === 'asset' && f.fileName.endsWith('.css')) feuilles.set(f.fileName, typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source));
        return stylesEnLigne(html, feuilles);
      },
    },
  };
}
