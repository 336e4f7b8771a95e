/** One Accept entry. `q` is 0 to 1; `params` excludes `q`. */
export interface MediaRange {
    type: string;
    subtype: string;
    q: number;
    params: Record<string, string>;
}
/**
 * Parses an Accept header into media ranges with q-values, dropping malformed entries: a range that
 * is not `type/subtype` tokens, `*` with a concrete subtype, or a `q` outside 0–1. Only the first
 * 100 entries are read. Types are lower-cased; order is kept.
 *
 * @example
 * parseAccept('text/html, application/json;q=0.9');
 * // [{ type: 'text', subtype: 'html', q: 1, params: {} },
 * //  { type: 'application', subtype: 'json', q: 0.9, params: {} }]
 */
export declare function parseAccept(accept: string): MediaRange[];
/**
 * True when the client wants JSON rather than HTML. Rules, in order:
 * 1. Each side's q is that of the most specific Accept range matching it (`application/json` or
 *    `text/json` for JSON, `text/html` for HTML); parameters other than q are ignored.
 * 2. The higher q wins.
 * 3. Equal and above 0: the more specific range wins (`*\/*, application/json` → JSON), then the
 *    one listed first (`application/json, text/html` → JSON, as in Enhance).
 * 4. Equal at 0 with something matched (`application/json;q=0`): HTML.
 * 5. No preference — Accept absent or empty, nothing in it matching either side (`image/png`), or
 *    one range deciding both (`*\/*`, `text/*`): JSON exactly when the request's Content-Type is
 *    a JSON type (Enhance compat, enhance-compat §3), so `fetch()` posting JSON with its default `*\/*`
 *    Accept gets JSON.
 *
 * @example
 * prefersJson('application/json', undefined); // true
 * prefersJson('text/html, application/json;q=0.9', undefined); // false
 * prefersJson('*\/*', 'application/json'); // true
 */
export declare function prefersJson(accept: string | undefined, contentType: string | undefined): boolean;
