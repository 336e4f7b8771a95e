/** Where static files are served from, as Enhance apps link them. */
export declare const publicPrefix = "/_public/";
/** A request path under `/_public/`, checked: the file key to look up, or why it is refused. */
export type PublicPath = {
    readonly key: string;
} | {
    readonly status: 400 | 404;
    readonly reason: string;
};
/**
 * Turns the still-encoded request path after `/_public/` into a key of the static table
 * (`styles/app.css`). The request target was already checked for malformed or overlong UTF-8,
 * NUL and `.`/`..` segments (request/request-target.ts); this adds what only matters for files:
 *
 * - it decodes exactly once, and refuses anything that still looks encoded afterwards (`%252e`
 *   arrives as `%2e`), so no later layer can decode a second time into a different path;
 * - backslashes, raw or encoded, are refused: Windows and some proxies treat them as separators;
 * - control characters, empty segments (`a//b`) and a trailing `/` on anything but the root
 *   have no file behind them;
 * - names starting with `.` (`.env`, `.git/`) are never served, as a 404.
 *
 * Each check is a single pass over the path, so a megabyte of hostile characters costs linear time.
 */
export declare function toPublicKey(encodedRest: string): PublicPath;
/**
 * The keys to try for a path, in order, as Enhance does for `/_public/*`: the path itself, then for
 * a directory (a trailing `/`, or a last segment without a dot) its `index.html`.
 */
export declare function candidateKeys(key: string): readonly string[];
