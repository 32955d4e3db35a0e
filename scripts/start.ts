/**
 * `npm start`: generate the demo export if absent, build the atlas and the site, serve it.
 */
import { preview } from 'vite';
import { RACINE } from './build-atlas.ts';
import { buildSite } from './build-site.ts';

await buildSite();
const port = Number(process.env.PORT ?? 4173);
const serveur = await preview({ root: RACINE, preview: { port, host: '127.0.0.1', strictPort: false } });
const url = serveur.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nAtlaas est servi sur ${url}  (Ctrl+C pour arrêter)`);
