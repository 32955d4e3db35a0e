/**
 * The early view's script (src/vue-immediate.ts) as an entry of its own, loaded by an `async`
 * module script that this plugin adds to index.html: Vite would merge a second module script of
 * the page into the app's entry (and run it deferred, after the app's), which is what it must not wait for.
 *
 * The app proper (src/demarrage.tsx) is imported by the entry once the early view is done; the
 * plugin has index.html fetch it beforehand: a modulepreload link for each of its chunks and its
 * stylesheets, so that only its evaluation waits.
 */
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';

export const ENTREE_VUE_IMMEDIATE = 'vue-immediate';
const SOURCE = '/src/vue-immediate.ts';
/** The module src/main.tsx imports once the early view is done. */
const APP = 'src/demarrage.tsx';

export function entreeVueImmediate(racine: string): Record<string, string> {
  return { [ENTREE_VUE_IMMEDIATE]: resolve(racine, SOURCE.slice(1)) };
}

export function vueImmediate(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlaas:vue-immediate',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const script = (src: string): HtmlTagDescriptor => ({ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'body' });
        const bundle = ctx.bundle;
        if (!bundle) return [script(SOURCE)];
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        const entree = chunks.find((f) => f.isEntry && f.name === ENTREE_VUE_IMMEDIATE);
        if (!entree) return [];
        const balises: HtmlTagDescriptor[] = [script(config.base + entree.fileName)];
        const app = chunks.find((f) => f.facadeModuleId?.split('\\').join('/').endsWith(APP));
        if (app) {
          const vus = new Set<string>();
          const css = new Set<string>();
          const visiter = (nom: string) => {
            const c = bundle[nom];
            if (!c || c.type !== 'chunk' || vus.has(nom)) return;
            vus.add(nom);
            for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
            c.imports.forEach(visiter);
          };
          visiter(app.fileName);
          // Those the page already links (the entry's own) are not linked twice.
          const nouveaux = (fichiers: Set<string>) => [...fichiers].filter((f) => !html.includes(f));
          for (const f of nouveaux(css)) balises.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: config.base + f }, injectTo: 'head' });
          for (const f of nouveaux(vus)) balises.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: config.base + f }, injectTo: 'head' });
        }
        return balises;
      },
    },
  };
}
