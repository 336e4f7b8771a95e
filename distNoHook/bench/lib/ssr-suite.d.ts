import type { Row, Suite } from './suite.js';
/** What `bench/ssr.ts` is expected to export. */
export interface SsrBenchModule {
    runSsrBench(options: {
        seconds: number;
    }): Promise<unknown>;
}
/** The SSR suite. */
export declare const ssrSuite: Suite;
/**
 * Accept `Row[]`-like values (or `{ rows, notes }`) from runSsrBench. Items that are not rows are
 * kept as notes rather than dropped, so nothing the SSR bench measured disappears from RESULTS.md.
 */
export declare function toRows(value: unknown, note: (line: string) => void): Row[];
