/** A content coding Uplift can send besides identity. */
export type Coding = 'br' | 'gzip';
/**
 * The coding to send, from `Accept-Encoding` (RFC 9110 §12.5.3): the highest q-value among
 * `available`, `*` standing for any coding not named, q=0 refusing one. Ties go to the order of
 * `available` (br before gzip: smaller for the same content). One pass over the header, split at
 * commas, so its cost is linear in its length.
 */
export declare function negotiateCoding(header: string | undefined, available: readonly Coding[]): Coding | null;
