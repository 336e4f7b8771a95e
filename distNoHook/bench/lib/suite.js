/**
 * The contract between `bench/run.ts` and each benchmark suite. A suite is a module exporting a
 * `Suite`; the runner calls `run`, then `checkTargets`, and prints and records what they return.
 */
/** A row for a target that could not be measured: it stays in the table with the reason. */
export function createFailedRow(suite, target, unit, reason) {
    return { suite, target, unit, rate: Number.NaN, p99Ms: null, ratio: null, baseline: null, note: reason };
}
/** Fill in every row's ratio against the row whose target is `baseline`, when that row was measured. */
export function addRatios(rows, baseline) {
    const base = rows.find((row) => row.target === baseline);
    if (base === undefined || !(base.rate > 0))
        return [...rows];
    return rows.map((row) => ({
        ...row,
        ratio: Number.isFinite(row.rate) ? row.rate / base.rate : null,
        baseline,
    }));
}
//# sourceMappingURL=suite.js.map