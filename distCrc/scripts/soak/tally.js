const maxSamples = 5;
/**
 * A tally with a zeroed row for every kind, so a kind that never ran shows as 0 rather than missing.
 *
 * @example
 * const tally = createTally(['json-status']);
 * tally.recordResponse('json-status', 200, null);
 */
export function createTally(kinds) {
    const counts = new Map(kinds.map((kind) => [kind, { requests: 0, errors: 0, outcomes: new Map(), samples: [] }]));
    const record = (kind, outcome, problem) => {
        const count = counts.get(kind);
        if (count === undefined)
            throw new Error(`soak: "${kind}" is not a request kind; add it to the kind table in traffic.ts.`);
        count.requests += 1;
        count.outcomes.set(outcome, (count.outcomes.get(outcome) ?? 0) + 1);
        if (problem === null)
            return;
        count.errors += 1;
        if (count.samples.length < maxSamples && !count.samples.includes(problem))
            count.samples.push(problem);
    };
    return {
        counts,
        recordResponse: (kind, status, problem) => record(kind, String(status), problem),
        recordFailure: (kind, message) => record(kind, 'network', `network: ${message}`),
    };
}
//# sourceMappingURL=tally.js.map