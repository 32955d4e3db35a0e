/** Screenshots for review, saved to test-results/screenshots/<name>.png (git-ignored). */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOTS_DIR = resolve(process.cwd(), 'test-results', 'screenshots');

/** Saves a screenshot of the page (or of one element) and returns its path. */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const safe = name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${safe}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  else await target.screenshot({ path, animations: 'disabled' });
  return path;
}
