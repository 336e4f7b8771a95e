/**
 * Collects a request body into one Buffer, refusing with 413 as soon as more than `limit` bytes
 * have arrived, and before reading anything when `declaredLength` (the content-length) is already
 * over it. So a 100 MB upload costs at most about one chunk past the limit, never 100 MB.
 *
 * On 413 the loop stops pulling and returns the iterator (for-await semantics), which releases the
 * stream. A stream that fails (an aborted upload), or that ends at a different length than it
 * declared, becomes a 400 with the original error as `cause`.
 *
 * @example
 * const bytes = await readBody(request.body, 1_048_576, 42);
 */
export declare function readBody(body: AsyncIterable<Uint8Array>, limit: number, declaredLength?: number): Promise<Buffer>;
