import type { Suite } from './suite.js';
/** All suites, by `--suite` name order. */
export declare const allSuites: readonly Suite[];
