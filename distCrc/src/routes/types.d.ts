/**
 * The route manifest: plain data produced once from `app/api` and `app/pages` at start-up
 * (routes/scan.ts) and consumed by the router (router/router.ts). Nothing here touches the file
 * system after start-up.
 */
/** Which tree a route file came from. */
export type RouteKind = 'api' | 'page';
/**
 * One path segment of a route file.
 * - `static`: literal text, compared case-insensitively (value is lower-cased and decoded).
 * - `param`: `$name`, matches one non-empty segment; `name` is the param name. Enhance allows a
 *   literal suffix after the name (`$user-id` is param `user` then `-id`): kept in `suffix`.
 * - `catchall`: a file named `$$`; matches the rest of the path, possibly empty.
 */
export type RouteSegment = {
    readonly kind: 'static';
    readonly value: string;
} | {
    readonly kind: 'param';
    readonly name: string;
    readonly suffix: string;
} | {
    readonly kind: 'catchall';
};
/** One routable file. */
export interface RouteEntry {
    readonly kind: RouteKind;
    /** Absolute path of the module or page file. */
    readonly file: string;
    /** Path relative to `app/api` or `app/pages`, with `/` separators, e.g. `notes/$id.mjs`. */
    readonly relPath: string;
    /** The URL pattern for people: `/notes/:id`, `/docs/*`, `/`. */
    readonly pattern: string;
    /** Segments after removing the extension and a final `index`. Empty for the root index. */
    readonly segments: readonly RouteSegment[];
    /**
     * Enhance's precedence weight (enhance-compat §1.3): one letter per segment of `relPath`, D = index file,
     * C = static, B = `$param`, A = `$$`. Compared as strings, the greater is more specific.
     */
    readonly weight: string;
}
/** Both route trees, each sorted most specific first. */
export interface RouteManifest {
    readonly api: readonly RouteEntry[];
    readonly pages: readonly RouteEntry[];
    /**
     * Files in `app/api` and `app/pages` skipped for their extension (`notes.json`, `about.md`),
     * shown relative to the project (`app/api/notes.json`), so start-up can warn about them.
     * Dotfiles and `.d.ts` declarations are skipped without a mention.
     */
    readonly ignored: readonly string[];
}
/** A successful match. */
export interface RouteMatch {
    readonly route: RouteEntry;
    /** Named `$param` values exactly as they appear in the request path (not decoded). */
    readonly params: Readonly<Record<string, string>>;
}
/** Matches request paths against one route tree. */
export interface Router {
    /**
     * @param path the raw request path (percent-encoded, no query), already validated by the core:
     *   it starts with `/`, has valid percent-encoding, no NUL and no `.`/`..` segments.
     */
    match(path: string): RouteMatch | null;
}
