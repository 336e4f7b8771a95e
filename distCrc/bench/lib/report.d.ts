/**
 * Table output: the same rows as aligned text for the console and as markdown for RESULTS.md.
 */
import type { RunContext } from './machine.js';
import type { Row, TargetCheck } from './suite.js';
/** Everything one suite contributed to a run. */
export interface SuiteReport {
    readonly name: string;
    readonly rows: readonly Row[];
    readonly checks: readonly TargetCheck[];
    readonly notes: readonly string[];
    readonly elapsedSeconds: number;
}
/** Aligned plain-text table of one suite's rows, then full text of any note cut in the table. */
export declare function formatTable(rows: readonly Row[]): string;
/** One line per target check, e.g. `[met] Uplift ≥ 0.9× raw node:http — 0.95×`. */
export declare function formatChecks(checks: readonly TargetCheck[]): string;
/** The whole RESULTS.md: run context, then each suite's table, target checks and notes. */
export declare function renderMarkdown(context: RunContext, suites: readonly SuiteReport[]): string;
