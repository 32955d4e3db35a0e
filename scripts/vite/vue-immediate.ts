/**
 * The early view's script (src/vue-immediate.ts) written into index.html as a classic inline
 * script at the end of the body: it runs as soon as the page's stylesheets are in, with no request
 * of its own (the site build writes the first clusters into the page too: scripts/site). It is
 * bundled apart, as one self-contained IIFE; the dev server loads the module instead.
 *
 * The app proper (src/demarrage.tsx) is imported by the entry once the early view is done; the
 * plugin has index.html fetch it beforehand: a modulepreload link for each of its chunks and its
 * stylesheets, so that only its evaluation waits.
 */
import { resolve } from 'node:path';
import { build, type HtmlTagDescriptor, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

const SOURCE = '/src/vue-immediate.ts';
/** The module src/main.tsx imports once the early view is done. */
const APP = 'src/demarrage.tsx';

/** src/vue-immediate.ts and what it imports as one minified IIFE, for an inline script. */
export async function scriptVueImmediate(racine: string): Promise<string> {
  const sortie = (await build({
    configFile: false,
    root: racine,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(racine, SOURCE.slice(1)), formats: ['iife'], name: 'atlaasVueImmediate', fileName: () => 'vue-immediate.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(sortie) ? sortie[0] : sortie).output.find((f) => f.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vue-immediate : pas de script produit');
  // Nothing in it may close the inline element.
  return chunk.code.replace(/<\/script/gi, '<\\/script');
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
      async handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [{ tag: 'script', attrs: { type: 'module', async: true, src: SOURCE }, injectTo: 'body' }];
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        const balises: HtmlTagDescriptor[] = [{ tag: 'script', children: await scriptVueImmediate(config.root), injectTo: 'body' }];
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
