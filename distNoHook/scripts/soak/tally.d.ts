/** Counts for one kind of request. */
export interface KindCount {
    requests: number;
    errors: number;
    /** Status code (or `network`) → how many times it was seen. */
    readonly outcomes: Map<string, number>;
    /** The first few distinct error descriptions, so a report can say what went wrong. */
    readonly samples: string[];
}
/** Per-kind counters, filled by the clients and read by the report. */
export interface Tally {
    readonly counts: ReadonlyMap<string, KindCount>;
    /** One answered request; `problem` is null when it was what the kind expects. */
    recordResponse(kind: string, status: number, problem: string | null): void;
    /** One request that got no answer (refused, reset, timed out). */
    recordFailure(kind: string, message: string): void;
}
/**
 * A tally with a zeroed row for every kind, so a kind that never ran shows as 0 rather than missing.
 *
 * @example
 * const tally = createTally(['json-status']);
 * tally.recordResponse('json-status', 200, null);
 */
export declare function createTally(kinds: readonly string[]): Tally;
