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

const maxSamples = 5;

/**
 * A tally with a zeroed row for every kind, so a kind that never ran shows as 0 rather than missing.
 *
 * @example
 * const tally = createTally(['json-status']);
 * tally.recordResponse('json-status', 200, null);
 */
export function createTally(kinds: readonly string[]): Tally {
  const counts = new Map<string, KindCount>(kinds.map((kind) => [kind, { requests: 0, errors: 0, outcomes: new Map(), samples: [] }]));
  const record = (kind: string, outcome: string, problem: string | null): void => {
    const count = counts.get(kind);
    if (count === undefined) throw new Error(`soak: "${kind}" is not a request kind; add it to the kind table in traffic.ts.`);
    count.requests += 1;
    count.outcomes.set(outcome, (count.outcomes.get(outcome) ?? 0) + 1);
    if (problem === null) return;
    count.errors += 1;
    if (count.samples.length < maxSamples && !count.samples.includes(problem)) count.samples.push(problem);
  };
  return {
    counts,
    recordResponse: (kind, status, problem) => record(kind, String(status), problem),
    recordFailure: (kind, message) => record(kind, 'network', `network: ${message}`),
  };
}
