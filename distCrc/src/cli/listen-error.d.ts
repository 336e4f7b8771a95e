/** A failed listen as one line that says what to do, instead of a stack. */
export declare function listenError(error: unknown, on: {
    port: number;
    host: string;
}): unknown;
