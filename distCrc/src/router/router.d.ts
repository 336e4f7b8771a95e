import type { RouteEntry, Router } from '../routes/types.js';
/**
 * Builds a router for one route tree. The result is the first route, in precedence order
 * (enhance-compat §1.3, routes/sort.ts), whose segments match the path; the routes may come in any order.
 *
 * Fully static routes are found through a `Map` keyed by the folded path, so a static match costs
 * the same however many routes exist. The only routes that can outrank a static one on its own URL
 * are catch-alls directly under it (`a/$$.mjs` takes `/a/` before `a.mjs`, as in Enhance); those
 * are found once here. Other routes are tried in order with precompiled segment lists: no regular
 * expressions, no file-system access and no per-URL cache.
 *
 * @example
 * const router = createRouter(manifest.api);
 * router.match('/notes/42')?.params; // { id: '42' }
 */
export declare function createRouter(routes: readonly RouteEntry[]): Router;
