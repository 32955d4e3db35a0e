/**
 * Vite plugin: builds src/sw/service-worker.ts as `sw.js` at the site's root and writes into it the
 * app shell of this build (every emitted file but source maps, plus public/basemap, public/fonts and the favicon)
 * and a version, the hash of all their contents: a new build that changes any of them gives a new
 * sw.js, which the browser then installs as an update.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const ENTREE_SW = 'sw';
export const FICHIER_SW = 'sw.js';
const JETON = '__ATLAAS_MANIFESTE__';
/** Folders of public/ that belong to the shell (public/data is the atlas data, handled through atlas.json). */
const DOSSIERS_PUBLICS = ['basemap', 'fonts'];
/** Files at the top of public/ that belong to the shell. */
const FICHIERS_PUBLICS = ['favicon.png'];

function fichiersDe(dossier: string): string[] {
  if (!existsSync(dossier)) return [];
  return readdirSync(dossier).flatMap((f) => {
    const p = join(dossier, f);
    return statSync(p).isDirectory() ? fichiersDe(p) : [p];
  });
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlaas:service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle(_options, bundle) {
      const sw = bundle[FICHIER_SW];
      if (!sw || sw.type !== 'chunk') return;
      const entrees: [string, string | Uint8Array][] = [];
      for (const [nom, f] of Object.entries(bundle)) {
        if (nom === FICHIER_SW || nom.endsWith('.map')) continue;
        entrees.push([nom, f.type === 'chunk' ? f.code : f.source]);
      }
      if (config.publicDir) {
        for (const d of DOSSIERS_PUBLICS)
          for (const p of fichiersDe(join(config.publicDir, d))) {
            const nom = relative(config.publicDir, p).split('\\').join('/');
            if (!/(^|\/)[A-Z]+\.md$/.test(nom)) entrees.push([nom, readFileSync(p)]);
          }
        for (const f of FICHIERS_PUBLICS) if (existsSync(join(config.publicDir, f))) entrees.push([f, readFileSync(join(config.publicDir, f))]);
      }
      // index.html may not be in the bundle yet at this point: its source goes into the version anyway.
      const page = resolve(config.root, 'index.html');
      if (!bundle['index.html'] && existsSync(page)) entrees.push(['index.html', readFileSync(page)]);
      entrees.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const h = createHash('sha256');
      for (const [nom, contenu] of entrees) h.update(nom).update('\0').update(contenu).update('\0');
      // The page itself is '' (the site's root), not 'index.html': that is the URL a visit asks for.
      const coquille = ['', ...entrees.map(([nom]) => nom).filter((n) => n !== 'index.html')];
      const manifeste = JSON.stringify({ version: h.digest('hex').slice(0, 16), coquille });
      if (!sw.code.includes(JETON)) this.error(`${FICHIER_SW} : jeton ${JETON} introuvable`);
      sw.code = sw.code.replace(JETON, JSON.stringify(manifeste).slice(1, -1));
    },
  };
}

/** Rollup inputs: the page and the service worker. */
export function entreesAvecServiceWorker(racine: string): Record<string, string> {
  return { index: resolve(racine, 'index.html'), [ENTREE_SW]: resolve(racine, 'src/sw/service-worker.ts') };
}
