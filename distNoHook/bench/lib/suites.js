/**
 * Every suite `npm run bench` knows, in the order a default run executes them. A new suite is a
 * module exporting a `Suite` (suite.ts) plus one line here.
 */
import { jsonSuite } from './json-suite.js';
import { pageSuites } from './page-suite.js';
import { ssrSuite } from './ssr-suite.js';
import { staticSuite } from './static-suite.js';
/** All suites, by `--suite` name order. */
export const allSuites = [jsonSuite, ssrSuite, ...pageSuites, staticSuite];
//# sourceMappingURL=suites.js.map