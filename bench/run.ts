/**
 * `npm run bench`: every benchmark, figures printed as a table and written to bench/results.json.
 * Benchmarks print numbers; they never fail on time.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { RACINE } from '../scripts/build-atlas.ts';
import { exportDemo, mesurerBuild, type MesureBuild } from './build.bench.ts';

const tailles = (process.env.BENCH_TAILLES ?? '11784').split(',').map(Number);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`Atlaas — benchmarks (${machine})\n`);

const builds: Record<string, MesureBuild> = {};
for (const n of tailles) {
  const input = await exportDemo(n);
  const m = mesurerBuild(input, n > 200_000 ? 1 : 3);
  builds[n] = m;
}
console.log('Build de l’atlas (médiane de 3 exécutions, 1 au-delà de 200 000 fiches)');
console.log('  fiches        secondes   pic mémoire (Mio)');
for (const [n, m] of Object.entries(builds)) {
  console.log(`  ${Number(n).toLocaleString('fr-FR').padStart(10)} ${m.secondes.toFixed(2).padStart(10)} ${m.picMio.toFixed(0).padStart(12)}`);
}
console.log('  étapes (ms) :', JSON.stringify(Object.values(builds)[0]?.etapes));

const resultats = {
  date: new Date().toISOString(),
  machine,
  build: Object.fromEntries(Object.entries(builds).map(([n, m]) => [n, { secondes: m.secondes, picMio: m.picMio, etapes: m.etapes }])),
};
writeFileSync(resolve(RACINE, 'bench/results.json'), JSON.stringify(resultats, null, 2) + '\n');
console.log('\nÉcrit : bench/results.json');
