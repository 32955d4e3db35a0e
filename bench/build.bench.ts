/**
 * Build time and peak memory of the atlas build on a demo export of a given size.
 * Each run is its own process so that peak memory (max RSS) is the build's alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RACINE } from '../scripts/build-atlas.ts';

export interface MesureBuild {
  fiches: number;
  secondes: number;
  picMio: number;
  etapes: Record<string, number>;
}

export async function exportDemo(count: number): Promise<string> {
  const dossier = count === 11784 ? resolve(RACINE, 'data/demo') : resolve(RACINE, `bench/out/demo-${count}`);
  if (!existsSync(join(dossier, 'Actions.csv'))) {
    const { generateDemo } = await import('../scripts/demo/generate-demo.ts');
    await generateDemo({ out: dossier, count });
  }
  return dossier;
}

export function mesurerBuild(input: string, runs: number): MesureBuild {
  const mesures: MesureBuild[] = [];
  for (let k = 0; k < runs; k++) {
    const out = mkdtempSync(join(tmpdir(), 'atlaas-bench-'));
    try {
      const sortie = execFileSync(process.execPath, ['--import', 'tsx', resolve(RACINE, 'bench/build-child.ts'), input, out], {
        cwd: RACINE,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      mesures.push(JSON.parse(sortie.trim().split('\n').at(-1) as string));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  mesures.sort((a, b) => a.secondes - b.secondes);
  return mesures[Math.floor(mesures.length / 2)];
}
