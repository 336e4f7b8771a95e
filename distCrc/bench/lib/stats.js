/** Small statistics helpers for the bench tables. */
/** The median of `values`, NaN for none. Robust to one noisy round on a shared machine. */
export function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
//# sourceMappingURL=stats.js.map