import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core from node_modules, run inside the page: nothing is fetched from another origin. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Rules held everywhere whatever axe's impact rating (heading-order is "moderate", but lost readers complained). */
const ALSO_HELD = ['heading-order'];

/** The serious and critical accessibility violations (and ALSO_HELD) axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) {
    // Evaluated through the debugging protocol, so the page's CSP (script-src 'self') does not apply.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate<AxeFinding[]>(`window.axe
    .run(document, { resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ') + ' :: ' + n.html.slice(0, 160)),
    })))`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_HELD.includes(v.id));
}
