import type { RouteSegment } from '../routes/types.js';
import { type RequestPath } from './request-path.js';
/**
 * Matches one route's segments against a split request path and returns the named params (raw, as
 * in the path), or null.
 *
 * - Without `$$` the route needs exactly `request.depth` segments, none empty.
 * - With `$$` after k segments, the first k must match and a slash must follow them: the rest may
 *   be empty but must exist, so `one/$$` takes `/one/` and `/one/x/y`, not `/one` (enhance-compat §1.2,
 *   §13.7).
 *
 * @example matchSegments(route.segments, splitRequestPath('/notes/42')!) // { id: '42' }
 */
export declare function matchSegments(segments: readonly RouteSegment[], request: RequestPath): Readonly<Record<string, string>> | null;
/**
 * Whether a route could match some URL that the fully static route `values` matches, judged from
 * the static text alone (params are assumed to fit). Used once at build time; a false "yes" only
 * costs one extra check per request, a false "no" would be a wrong match, so it errs towards yes.
 *
 * @example canShadowStatic(segmentsOf('docs/$$.mjs'), ['docs']) // true: both take `/docs/`
 */
export declare function canShadowStatic(segments: readonly RouteSegment[], values: readonly string[]): boolean;
