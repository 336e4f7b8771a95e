/** A validated request target. */
export interface RequestTarget {
    /** The path as sent: still percent-encoded, never empty. */
    readonly path: string;
    /** The path percent-decoded, for `params.proxy` (enhance-compat §1.5). */
    readonly decodedPath: string;
    /** The query string without its `?`, possibly empty. */
    readonly search: string;
}
/**
 * Splits and checks a request target before anything routes on it. Everything refused here is a
 * client mistake or an attack, so it gets a 4xx with a message rather than reaching user code:
 * a target that is not a path, an over-long URL (414), a raw backslash, invalid percent-encoding
 * or UTF-8, a NUL byte, or a `.`/`..` segment (traversal; no legitimate route contains one).
 */
export declare function parseRequestTarget(url: string, maxLength: number): RequestTarget;
