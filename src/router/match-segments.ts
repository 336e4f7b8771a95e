import type { RouteSegment } from '../routes/types.js';
import { readParam, type RequestPath } from './request-path.js';

const noParams: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Matches one route's segments against a split request path and returns the named params (raw, as
 * in the path), or null.
 *
 * - Without `$$` the route needs exactly `request.depth` segments, none empty.
 * - With `$$` after k segments, the first k must match and a slash must follow them: the rest may
 *   be empty but must exist, so `one/$$` takes `/one/` and `/one/x/y`, not `/one` (enhance-compat §1.2,
 *   §13 item 7).
 *
 * @example matchSegments(route.segments, splitRequestPath('/notes/42')!) // { id: '42' }
 */
export function matchSegments(
  segments: readonly RouteSegment[],
  request: RequestPath,
): Readonly<Record<string, string>> | null {
  const catchAll = segments.at(-1)?.kind === 'catchall';
  const fixed = catchAll ? segments.length - 1 : segments.length;
  if (catchAll ? request.raw.length <= fixed : request.depth !== fixed) return null;
  let params: Record<string, string> | null = null;
  for (let i = 0; i < fixed; i++) {
    const segment = segments[i];
    if (segment?.kind === 'static') {
      if (request.text(i) !== segment.value) return null;
    } else if (segment?.kind === 'param') {
      const value = readParam(request.raw[i] ?? '', segment.suffix);
      if (value === null) return null;
      params ??= {};
      params[segment.name] = value;
    }
  }
  return params ?? noParams;
}

/**
 * Whether a route could match some URL that the fully static route `values` matches, judged from
 * the static text alone (params are assumed to fit). Used once at build time; a false "yes" only
 * costs one extra check per request, a false "no" would be a wrong match, so it errs towards yes.
 *
 * @example canShadowStatic(segmentsOf('docs/$$.mjs'), ['docs']) // true: both take `/docs/`
 */
export function canShadowStatic(
  segments: readonly RouteSegment[],
  values: readonly string[],
): boolean {
  const catchAll = segments.at(-1)?.kind === 'catchall';
  const fixed = catchAll ? segments.length - 1 : segments.length;
  if (catchAll ? fixed > values.length : fixed !== values.length) return false;
  for (let i = 0; i < fixed; i++) {
    const segment = segments[i];
    if (segment?.kind === 'static' && segment.value !== values[i]) return false;
  }
  return true;
}
