/**
 * `npm run build`: the complete static site in dist/, atlas data included.
 * Builds from the demo export by default, or from ATLAS_EXPORT=<export dir>.
 * ATLAAS_DIST=<dir> writes the site elsewhere than dist/ (the atlas data then goes straight into
 * <dir>/data, so that two builds never share a data folder).
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildAtlas, OPTIONS_PAR_DEFAUT, RACINE } from './build-atlas.ts';
import { ExportError } from './build/read.ts';
import { ensureDemo } from './ensure-demo.ts';
import { ecrirePremiersClusters } from './site/premiers-clusters-html.ts';

export async function buildSite(): Promise<void> {
  // The site is always a production build, even when started from the test runner (NODE_ENV=test
  // would give Preact's dev JSX runtime and import.meta.env.PROD false, so no service worker).
  process.env.NODE_ENV = 'production';
  const exportReel = process.env.ATLAS_EXPORT;
  const input = exportReel ? resolve(exportReel) : OPTIONS_PAR_DEFAUT.input;
  if (!exportReel) await ensureDemo(input);
  const publishContacts = process.env.ATLAS_PUBLISH_CONTACTS === '1';
  const distAilleurs = process.env.ATLAAS_DIST;
  if (distAilleurs) {
    const dist = resolve(distAilleurs);
    await build({ root: RACINE, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    const data = join(dist, 'data');
    await rm(data, { recursive: true, force: true }); // a copy of public/data, possibly stale
    const { resume } = await buildAtlas({ input, out: data, publishContacts });
    ecrirePremiersClusters(dist);
    console.log(resume);
    console.log(`\nSite statique écrit dans ${dist}`);
    return;
  }
  const { resume } = await buildAtlas({ input, publishContacts });
  console.log(resume);
  await build({ root: RACINE, logLevel: 'warn' });
  ecrirePremiersClusters(resolve(RACINE, 'dist'));
  console.log(`\nSite statique écrit dans ${resolve(RACINE, 'dist')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildSite();
  } catch (e) {
    if (e instanceof ExportError) {
      console.error(`Échec de la construction de l'atlas [${e.code}] : ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
