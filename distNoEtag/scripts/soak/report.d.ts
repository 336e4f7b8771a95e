import type { ChildExit } from './child-app.js';
import type { KindCount } from './tally.js';
import type { SoakKind } from './traffic.js';
/** One RSS reading of the child; `kb` is null when it could not be read. */
export interface RssSample {
    readonly label: string;
    readonly kb: number | null;
}
/** Everything a soak run reports. */
export interface SoakSummary {
    readonly root: string;
    readonly seconds: number;
    readonly clients: number;
    readonly elapsedMs: number;
    readonly kinds: readonly SoakKind[];
    readonly counts: ReadonlyMap<string, KindCount>;
    readonly rss: readonly RssSample[];
    readonly exit: ChildExit;
    readonly stderrTail: string;
}
/** Total requests and errors over every kind. */
export declare function sumCounts(counts: ReadonlyMap<string, KindCount>): {
    requests: number;
    errors: number;
};
/** A run passes when no request erred and the child exited 0 on SIGTERM by itself. */
export declare function isSoakPassing(summary: SoakSummary): boolean;
/** RSS in MB with one decimal, or `n/a`. */
export declare function formatRss(kb: number | null): string;
/**
 * The report printed at the end: a markdown table of kinds (requests, errors, statuses seen), then
 * totals, requests/s, errors by kind with samples, RSS over time, the child's exit and PASS/FAIL.
 */
export declare function renderSoakReport(summary: SoakSummary): string;
