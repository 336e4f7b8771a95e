/** One line of the suite's table (the fields bench/lib/suite.ts reads). */
export interface SsrBenchRow {
    readonly target: string;
    readonly unit: 'renders/s';
    readonly rate: number;
    readonly ratio: number;
    readonly baseline: string;
    readonly note: string;
}
/** What `runSsrBench` answers: table rows, and notes for RESULTS.md (the heap series). */
export interface SsrBenchResult {
    readonly rows: SsrBenchRow[];
    readonly notes: string[];
}
/** Runs the SSR benchmark; `seconds` bounds each throughput measurement. */
export declare function runSsrBench(options: {
    seconds: number;
}): Promise<SsrBenchResult>;
/** Prints the result as a small table with the notes under it. */
export declare function formatSsrBench(result: SsrBenchResult): string;
