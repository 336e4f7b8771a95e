/**
 * Suite `page` (issue 4 §8, "Page over HTTP"): req/s for one rendered page served by Uplift, by a
 * hand-written node:http server building the same HTML with template strings (the ceiling), and by
 * the real Enhance runtime behind a node adapter in bench/peers/. Target: Uplift ≥ 0.5× the ceiling.
 *
 * Not built yet; the task that fills it adds one program per target to bench/servers/ (each prints
 * its `listening on` line, see listening-line.ts), loads them like json-suite.ts does with
 * startChildServer + runLoad, and returns rows with ratios to the template-string ceiling.
 */
import type { Row, Suite, SuiteOptions } from './suite.js';

/** The page suite (a placeholder that reports itself as not built). */
export const pageSuite: Suite = {
  name: 'page',
  description: 'one rendered page over HTTP: Uplift vs template-string node:http vs real Enhance (not built yet)',
  async run(options: SuiteOptions): Promise<Row[]> {
    options.note('skipped: the page suite is not built yet (issue 4 §8, bench/lib/page-suite.ts).');
    return [];
  },
};
