import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/generate-demo.ts';

const dossiers: string[] = [];
afterAll(() => dossiers.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('fiches on worker threads', () => {
  it('writes the same bytes as the main thread alone', async () => {
    const [seul, avecWorkers] = [0, 2].map(() => {
      const d = mkdtempSync(join(tmpdir(), 'atlaas-demo-workers-'));
      dossiers.push(d);
      return d;
    });
    const count = 25_000; // three blocks, the last one partial
    const [r0, r2] = [await generateDemo({ out: seul, count, workers: 0 }), await generateDemo({ out: avecWorkers, count, workers: 2 })];
    expect(r2.anomalies).toEqual(r0.anomalies);
    expect(r2.guillemets).toEqual(r0.guillemets);
    for (const f of readdirSync(seul)) expect(readFileSync(join(avecWorkers, f)).equals(readFileSync(join(seul, f))), f).toBe(true);
  });
});
