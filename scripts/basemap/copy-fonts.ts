/**
 * Copies the map's font files into public/fonts/noto-sans/, where the offline style's `font-faces`
 * points (see src/map/style.ts). Only the Latin subset is kept: it covers French, accents and
 * ligatures included (U+0000-00FF, Œ/œ U+0152-0153, typographic quotes and dashes U+2000-206F).
 *
 *   npm install --no-save @fontsource/noto-sans@5.3.0
 *   npx tsx scripts/basemap/copy-fonts.ts
 *
 * The copied files are committed; the package is needed only to run this.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPTIONS = {
  paquet: '@fontsource/noto-sans', // npm package holding the WOFF2 files
  sousEnsemble: 'latin', // fontsource subset
  graisses: { 400: 'Regular', 600: 'SemiBold', 700: 'Bold' } as Record<number, string>, // weight → style name
  outDir: 'public/fonts/noto-sans', // destination, served as <base>fonts/noto-sans/
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));

let pkgDir: string;
try {
  pkgDir = dirname(require.resolve(`${OPTIONS.paquet}/package.json`));
} catch {
  throw new Error(`${OPTIONS.paquet} is missing: run npm install --no-save ${OPTIONS.paquet}@5.3.0`);
}
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version as string;
const outDir = resolve(root, OPTIONS.outDir);
mkdirSync(outDir, { recursive: true });

// The subset's unicode-range, read from the package's CSS so that it is never retyped by hand.
const css = readFileSync(join(pkgDir, '400.css'), 'utf8');
const bloc = css.split('@font-face').find((b) => b.includes(`noto-sans-${OPTIONS.sousEnsemble}-400-normal.woff2`));
const unicodeRange = /unicode-range:\s*([^;]+);/.exec(bloc ?? '')?.[1].trim();
if (!unicodeRange) throw new Error('unicode-range of the Latin subset not found');

const lignes: string[] = [];
for (const [poids, style] of Object.entries(OPTIONS.graisses)) {
  const source = join(pkgDir, 'files', `noto-sans-${OPTIONS.sousEnsemble}-${poids}-normal.woff2`);
  const cible = join(outDir, `NotoSans-${style}.woff2`);
  copyFileSync(source, cible);
  lignes.push(`| \`NotoSans-${style}.woff2\` | ${poids} | \`Noto Sans ${style}\` | ${(statSync(cible).size / 1024).toFixed(1)} KB |`);
}
copyFileSync(join(pkgDir, 'LICENSE'), join(outDir, 'OFL.txt'));

writeFileSync(
  join(outDir, 'PROVENANCE.md'),
  `# Noto Sans (Latin subset), for the map's labels

| file | weight | font name in the style (\`text-font\`) | size |
| --- | --- | --- | --- |
${lignes.join('\n')}

- Font: Noto Sans, © The Noto Project Authors, under the **SIL Open Font License 1.1** (\`OFL.txt\`).
- Files: the WOFF2 files of the \`${OPTIONS.sousEnsemble}\` subset of the npm package \`${OPTIONS.paquet}\` ${version}, unchanged
  (renamed only). The subset covers \`${unicodeRange}\`: all of French.
- Made with:

  \`\`\`sh
  npm install --no-save ${OPTIONS.paquet}@${version}
  npx tsx scripts/basemap/copy-fonts.ts
  \`\`\`

MapLibre GL JS (6.x) loads them through the style's \`font-faces\` property and draws the glyphs itself
(TinySDF), so no glyph PBF server and no network are needed. Characters outside the subset fall back
to the browser's local fonts.
`,
);
console.log(`copied ${Object.keys(OPTIONS.graisses).length} fonts to ${OPTIONS.outDir} (${OPTIONS.paquet} ${version})`);
console.log(`unicode-range: ${unicodeRange}`);
