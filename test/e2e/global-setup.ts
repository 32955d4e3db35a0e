/**
 * Builds the site once before the browser tests: `npm run build` (atlas data into public/data, then
 * `vite build` into dist/).
 *
 *   E2E_SKIP_BUILD=1      reuse dist/ when dist/index.html exists (builds otherwise)
 *   E2E_SKIP_BUILD=force  never build (for tests that need no site, such as basemap.e2e.ts)
 *   ATLAAS_DIST=<dir>     build and test the site in <dir> instead of dist/
 *
 * Tests read where the site is with `inject('distDir')` and whether it is there with `inject('siteBuilt')`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site. */
    distDir: string;
    /** Whether distDir/index.html exists after the setup. */
    siteBuilt: boolean;
  }
}

export default function setup(project: TestProject): void {
  const root = process.cwd();
  const distDir = resolve(root, process.env.ATLAAS_DIST ?? 'dist');
  const index = resolve(distDir, 'index.html');
  const skip = process.env.E2E_SKIP_BUILD;

  if (skip === 'force') {
    console.log('[e2e] E2E_SKIP_BUILD=force: not building the site');
  } else if (skip === '1' && existsSync(index)) {
    console.log('[e2e] E2E_SKIP_BUILD=1: reusing dist/');
  } else {
    if (skip === '1') console.log('[e2e] E2E_SKIP_BUILD=1 but dist/index.html is missing: building');
    const started = Date.now();
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
    if (run.status !== 0) {
      throw new Error(`[e2e] npm run build failed (exit ${run.status ?? run.signal}); set E2E_SKIP_BUILD=force to run only the tests that need no site`);
    }
    console.log(`[e2e] site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  project.provide('distDir', distDir);
  project.provide('siteBuilt', existsSync(index));
}
