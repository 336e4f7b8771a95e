import type { RouteEntry } from './types.js';
/**
 * Orders two routes of one tree, most specific first, so that "the first route that matches wins"
 * gives Enhance's precedence (enhance-compat §1.3).
 *
 * The weight has one letter per segment of the file path: D index file, C static, B `$param`,
 * A `$$`. Comparing weights as strings, the greater sorts first, so earlier segments dominate and,
 * on an equal prefix, the longer (deeper) path wins. Worked example for one folder:
 *
 *   docs/index.mjs  CD   first: `/docs` (D beats the C of docs.mjs at position 2)
 *   docs/intro.mjs  CC   `/docs/intro`
 *   docs/$$.mjs     CA   `/docs/`, `/docs/a/b`
 *   $a/$b.mjs       BB   `/x/y`, but `/docs/x` went to docs/$$.mjs: C beats B at position 1
 *   $$.mjs          A    everything else
 *
 * Equal weights can only both match a path when params carry literal suffixes (`$id.mjs` and
 * `$id-edit.mjs` are both `B`), so the longer suffix goes first: `/7-edit` reaches `$id-edit.mjs`.
 * Remaining ties are broken by `relPath` so the order never depends on the file system.
 */
export declare function compareRoutes(a: RouteEntry, b: RouteEntry): number;
/** A new array of the routes, most specific first (see {@link compareRoutes}). */
export declare function sortRoutes(routes: readonly RouteEntry[]): RouteEntry[];
