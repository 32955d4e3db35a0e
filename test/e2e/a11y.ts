/** Accessibility checks with axe-core, injected from node_modules (no CDN). */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface A11yViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending nodes, with axe's summary of what is wrong. */
  nodes: { target: string; summary: string }[];
}

export interface CheckA11yOptions {
  /** CSS selector to limit the check to, e.g. `main`. Default: the whole document. */
  include?: string;
  /** CSS selectors to leave out, e.g. the map canvas. */
  exclude?: string[];
  /** axe rule ids to skip. */
  disableRules?: string[];
}

/** Runs axe on the page and returns its serious and critical violations (an empty array when clean). */
export async function checkA11y(page: Page, options: CheckA11yOptions = {}): Promise<A11yViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (opts) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    const context =
      opts.include || opts.exclude?.length
        ? { include: opts.include ? [opts.include] : undefined, exclude: (opts.exclude ?? []).map((s) => [s]) }
        : document;
    const rules = Object.fromEntries((opts.disableRules ?? []).map((id) => [id, { enabled: false }]));
    const result = await axe.run(context, { resultTypes: ['violations'], rules });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
      }));
  }, options);
}

/** A readable message for an assertion: one line per violation and node. */
export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target}: ${n.summary.replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
}
