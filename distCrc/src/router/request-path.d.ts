/** A request path split once, with each segment's comparable text computed on first use. */
export interface RequestPath {
    /** Raw segments after the leading slash: `/a/b/` gives `['a', 'b', '']`, `/` gives `['']`. */
    readonly raw: readonly string[];
    /**
     * How many segments a route without `$$` must have: one trailing empty segment is dropped
     * because one trailing slash is optional (enhance-compat §1.6). `/a/` is 1, `/a//` is 2 (never matches).
     */
    readonly depth: number;
    /** Segment `index` decoded and case-folded, or null when empty or not valid UTF-8. */
    text(index: number): string | null;
}
/**
 * Splits a raw (percent-encoded) request path. Segments are split before decoding, so `%2F` stays
 * inside its segment. Returns null for a path that does not start with `/`.
 *
 * @example splitRequestPath('/Notes/4%202/').raw // ['Notes', '4%202', '']
 */
export declare function splitRequestPath(path: string): RequestPath | null;
/**
 * The key of a fully static route in the router's `Map`: `/` plus the folded segments.
 * Returns null when a segment cannot equal a file name (empty, undecodable, or holding a decoded
 * `/`, which would otherwise let `/a%2Fb` reach `a/b.mjs`).
 *
 * @example staticKeyOf(splitRequestPath('/About/')!) // '/about'
 */
export declare function staticKeyOf(request: RequestPath): string | null;
/**
 * The value a `$param` with this literal suffix takes from a raw segment, still percent-encoded
 * (enhance-compat §1.5), or null. The suffix is compared decoded and case-folded, like static text, so the
 * raw tail it covers may be written with escapes: `$user-id` takes `bob` from `bob%2Did`.
 *
 * @example readParam('bob-ID', '-id') // 'bob'
 */
export declare function readParam(raw: string, suffix: string): string | null;
