import { sortRoutes } from '../routes/sort.js';
import type { RouteEntry, RouteMatch, Router } from '../routes/types.js';
import { canShadowStatic, matchSegments } from './match-segments.js';
import { splitRequestPath, staticKeyOf } from './request-path.js';

/** A fully static route in the `Map`, with the few routes that outrank it on the same URL. */
interface StaticSlot {
  /** The answer when none of `shadows` matches; built once, so a static hit allocates nothing. */
  readonly match: RouteMatch;
  /** Routes sorted before this one that can take one of its URLs, in order. */
  readonly shadows: readonly RouteEntry[];
}

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
export function createRouter(routes: readonly RouteEntry[]): Router {
  const statics = new Map<string, StaticSlot>();
  const dynamics: RouteEntry[] = [];
  let staticDepth = 0;

  for (const route of sortRoutes(routes)) {
    const values: string[] = [];
    for (const segment of route.segments) if (segment.kind === 'static') values.push(segment.value);
    if (values.length < route.segments.length) {
      dynamics.push(route);
      continue;
    }
    const key = `/${values.join('/')}`;
    // A duplicate key is a conflict that scanRoutes rejects; for other callers the first one wins.
    if (statics.has(key)) continue;
    // `dynamics` holds exactly the routes sorted before this one.
    const shadows = dynamics.filter((earlier) => canShadowStatic(earlier.segments, values));
    statics.set(key, { match: Object.freeze({ route, params: Object.freeze({}) }), shadows });
    staticDepth = Math.max(staticDepth, values.length);
  }

  // A tree without routes (an app with no pages, or no API) matches nothing: no key to compute.
  if (statics.size === 0 && dynamics.length === 0) return { match: () => null };
  return {
    match(path: string): RouteMatch | null {
      // Most requests name a static route in plain ASCII: answer those without splitting the path.
      const plainKey = plainStaticKey(path);
      const plainSlot = plainKey === null ? undefined : statics.get(plainKey);
      if (plainSlot !== undefined && plainSlot.shadows.length === 0) return plainSlot.match;
      if (plainSlot === undefined && plainKey !== null && dynamics.length === 0) return null;
      const request = splitRequestPath(path);
      if (request === null) return null;
      const key = request.depth <= staticDepth ? staticKeyOf(request) : null;
      const slot = key === null ? undefined : statics.get(key);
      const candidates = slot === undefined ? dynamics : slot.shadows;
      for (const route of candidates) {
        const params = matchSegments(route.segments, request);
        if (params !== null) return { route, params };
      }
      return slot === undefined ? null : slot.match;
    },
  };
}

// Printable ASCII without `%` or spaces: such a path needs no decoding or Unicode folding.
const plainPath = /^\/[!-$&-~]*$/;

/**
 * The static-route key of a path that needs no decoding: lower-cased, one trailing slash dropped.
 * Null when the path has escapes, non-ASCII text or an empty segment (the full matcher decides).
 */
function plainStaticKey(path: string): string | null {
  if (!plainPath.test(path) || path.includes('//')) return null;
  const key = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return key.toLowerCase();
}
