/**
 * Browser tests (headless Chromium against the built site), apart from the unit tests:
 *   npm run test:e2e
 * One file at a time, in one worker: the machine has 2 cores and Chromium + SwiftShader use both.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    retry: 0,
    reporters: ['default'],
  },
});
