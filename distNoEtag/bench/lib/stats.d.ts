/** Small statistics helpers for the bench tables. */
/** The median of `values`, NaN for none. Robust to one noisy round on a shared machine. */
export declare function median(values: readonly number[]): number;
