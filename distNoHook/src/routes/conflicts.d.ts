import type { RouteEntry } from './types.js';
/**
 * Groups of two or more routes of one tree that match exactly the same URLs: their segment lists
 * are equal once param names are ignored (`a.mjs`/`a/index.mjs`, `a.mjs`/`a.js`,
 * `About.mjs`/`about.mjs`, `$a.mjs`/`$b.mjs`, `$a/index.mjs`/`$b.mjs`). Enhance would pick one of
 * them by file-system order; Uplift refuses to guess.
 *
 * @example findRouteConflicts(manifest.api).map((group) => group.map((r) => r.relPath))
 * // [['a.mjs', 'a/index.mjs']]
 */
export declare function findRouteConflicts(routes: readonly RouteEntry[]): RouteEntry[][];
/**
 * One sentence per conflict, naming every file through `showFile` and the fix.
 *
 * @example
 * describeRouteConflicts(routes, (file) => path.relative(root, file))
 * // ['app/api/a.mjs and app/api/a/index.mjs both match /a. Remove or rename one of them.']
 */
export declare function describeRouteConflicts(routes: readonly RouteEntry[], showFile: (file: string) => string): string[];
