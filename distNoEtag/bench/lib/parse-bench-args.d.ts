/**
 * Command-line arguments for `npm run bench -- [--suite json,ssr,page] [--seconds N]`.
 */
/** What the runner was asked to do. */
export interface BenchArgs {
    /** Suite names in the order given, without duplicates. */
    readonly suites: readonly string[];
    /** Measured window per target, seconds. */
    readonly seconds: number;
    readonly help: boolean;
}
/** Shortest and longest windows accepted: below 1 s autocannon's per-second samples are noise, above 120 s the run stops being a quick check. */
export declare const secondsRange: {
    readonly min: number;
    readonly max: number;
};
/**
 * Parse argv (without `node` and the script). Throws an Error whose message names the bad argument
 * and the fix. `knownSuites` is both the default selection and the allow-list.
 */
export declare function parseBenchArgs(argv: readonly string[], knownSuites: readonly string[]): BenchArgs;
