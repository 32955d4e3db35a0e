/**
 * Build time and peak memory of the atlas build on a demo export of a given size.
 * Each run is its own process so that peak memory (max RSS) is the build's alone; the child prints
 * each stage as it ends (on stderr), so a build that runs out of memory still says how far it got.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RACINE } from '../scripts/build-atlas.ts';

export interface MesureBuild {
  fiches: number;
  secondes: number;
  /** Peak resident memory of the build process, MiB. */
  picMio: number;
  /** V8 heap in use when the build ended, MiB. */
  tasFinMio?: number;
  /** Duration of each stage, ms (as far as the build got when it failed). */
  etapes: Record<string, number>;
  /** Set when the build failed (out of memory, timeout…). */
  echec?: string;
  /** `--max-old-space-size` given to the build process, MiB, if any. */
  tasMaxMio?: number;
}

export interface OptionsMesureBuild {
  /** Number of runs; the median (by duration) is kept. */
  runs: number;
  /** Folder the first run writes into and leaves behind (the browser bench serves it); others go to a temp folder. */
  garder?: string;
  /** `--max-old-space-size` for the build process (MiB). */
  tasMaxMio?: number;
  /** Kill the build after this many seconds. */
  delaiSecondes?: number;
}

const MARQUE = '.bench-genere';

/** The demo export of `count` fiches: data/demo for the real size, bench/out/demo-<count> otherwise. */
export async function exportDemo(count: number): Promise<string> {
  if (count === 11784) {
    const dossier = resolve(RACINE, 'data/demo');
    const { ensureDemo } = await import('../scripts/ensure-demo.ts');
    await ensureDemo(dossier);
    return dossier;
  }
  const dossier = resolve(RACINE, `bench/out/demo-${count}`);
  // The mark is written last: a generation cut short is started again.
  if (!existsSync(join(dossier, MARQUE))) {
    const { generateDemo } = await import('../scripts/demo/generate-demo.ts');
    const debut = performance.now();
    await generateDemo({ out: dossier, count, quiet: true });
    writeFileSync(join(dossier, MARQUE), `${count} fiches, ${((performance.now() - debut) / 1000).toFixed(1)} s\n`);
  }
  return dossier;
}

/** Stage lines printed by buildAtlas({ timings: true }): `  lecture      1234 ms`. */
function etapesDuJournal(stderr: string): Record<string, number> {
  const etapes: Record<string, number> = {};
  for (const m of stderr.matchAll(/^\s+(\S+)\s+(\d+) ms$/gm)) etapes[m[1]] = Number(m[2]);
  return etapes;
}

function unBuild(input: string, out: string, o: OptionsMesureBuild): MesureBuild {
  const args = [...(o.tasMaxMio ? [`--max-old-space-size=${o.tasMaxMio}`] : []), '--import', 'tsx', resolve(RACINE, 'bench/build-child.ts'), input, out];
  const debut = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: RACINE,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: (o.delaiSecondes ?? 1800) * 1000,
    killSignal: 'SIGKILL',
  });
  const derniere = r.stdout?.trim().split('\n').at(-1) ?? '';
  if (r.status === 0 && derniere.startsWith('{')) return { ...(JSON.parse(derniere) as MesureBuild), tasMaxMio: o.tasMaxMio };
  const cause = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `code ${r.status}`;
  const stderr = r.stderr ?? '';
  const oom = /heap out of memory|Allocation failed/i.test(stderr);
  // The error's own line (`Error: Cannot create a string longer…`, `code: 'ERR_…'`), not the stack's tail.
  const message = stderr.split('\n').find((l) => /^\w*Error\b|^\s*code: '/.test(l))?.trim();
  const code = /code: '([A-Z_]+)'/.exec(stderr)?.[1];
  const ou = /^\s+at (\S+) \(.*?([\w.-]+\.ts):(\d+)/m.exec(stderr);
  return {
    fiches: 0,
    secondes: (performance.now() - debut) / 1000,
    picMio: NaN,
    etapes: etapesDuJournal(r.stderr ?? ''),
    echec: oom
      ? `mémoire épuisée (${cause})`
      : `${cause} : ${message ?? stderr.trim().split('\n').slice(-3).join(' | ')}${code ? ` [${code}]` : ''}${ou ? ` dans ${ou[1]} (${ou[2]}:${ou[3]})` : ''}`,
    tasMaxMio: o.tasMaxMio,
  };
}

export function mesurerBuild(input: string, options: number | OptionsMesureBuild): MesureBuild {
  const o: OptionsMesureBuild = typeof options === 'number' ? { runs: options } : options;
  const mesures: MesureBuild[] = [];
  for (let k = 0; k < o.runs; k++) {
    const garder = k === 0 && o.garder;
    const out = garder ? o.garder! : mkdtempSync(join(tmpdir(), 'atlaas-bench-'));
    if (garder) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
    }
    try {
      const m = unBuild(input, out, o);
      mesures.push(m);
      if (m.echec) break; // a build that fails once will fail again
    } finally {
      if (!garder) rmSync(out, { recursive: true, force: true });
    }
  }
  const reussies = mesures.filter((m) => !m.echec).sort((a, b) => a.secondes - b.secondes);
  if (reussies.length === 0) return mesures[0];
  return reussies[Math.floor(reussies.length / 2)];
}
