/**
 * The contract between `bench/run.ts` and each benchmark suite. A suite is a module exporting a
 * `Suite`; the runner calls `run`, then `checkTargets`, and prints and records what they return.
 */
/** One measured line of a results table. Higher `rate` is better. */
export interface Row {
    /** The suite that produced the row, e.g. `json`. */
    readonly suite: string;
    /** What was measured, e.g. `uplift` or `uplift, 20 items`. */
    readonly target: string;
    /** The unit of `rate`, e.g. `req/s` or `renders/s`. */
    readonly unit: string;
    /** Throughput; NaN when the target could not be measured (the note says why). */
    readonly rate: number;
    /** 99th percentile latency in milliseconds, or null where latency does not apply. */
    readonly p99Ms: number | null;
    /** `rate` divided by the baseline's rate, measured in the same run; null when there is none. */
    readonly ratio: number | null;
    /** The target `ratio` compares against, e.g. `raw node:http`. */
    readonly baseline: string | null;
    /** Errors or warnings for this row; empty when the measurement is clean. */
    readonly note: string;
    /** The rate of each round when the target was measured in several interleaved rounds. */
    readonly samples?: readonly number[];
    /** CPU time the server process spent per request, in microseconds, where it could be read. */
    readonly cpuUsPerRequest?: number | null;
}
/** One goal a suite sets itself (from the issue), and whether this run met it. */
export interface TargetCheck {
    readonly goal: string;
    /** null when the run could not tell (a target was not measured). */
    readonly met: boolean | null;
    readonly detail: string;
}
/** What the runner hands every suite. */
export interface SuiteOptions {
    /** Length of each measured window, in seconds. */
    readonly seconds: number;
    /** Progress output for the console only. */
    readonly log: (line: string) => void;
    /** A remark that belongs in RESULTS.md next to the suite's table (e.g. "skipped: …"). */
    readonly note: (line: string) => void;
}
/** A pluggable benchmark suite, selected with `--suite <name>`. */
export interface Suite {
    readonly name: string;
    /** One line for `--help`. */
    readonly description: string;
    run(options: SuiteOptions): Promise<Row[]>;
    /** Judge the targets from this suite's rows, when it has any. */
    checkTargets?(rows: readonly Row[]): TargetCheck[];
}
/** A row for a target that could not be measured: it stays in the table with the reason. */
export declare function createFailedRow(suite: string, target: string, unit: string, reason: string): Row;
/** Fill in every row's ratio against the row whose target is `baseline`, when that row was measured. */
export declare function addRatios(rows: readonly Row[], baseline: string): Row[];
