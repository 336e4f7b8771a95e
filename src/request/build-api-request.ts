import type { ApiRequest } from '../types.js';
import type { CoreRequest } from '../http/exchange.js';
import { parseQuery } from './parse-query.js';
import type { RequestTarget } from './request-target.js';

/**
 * The request object handlers, middleware, preflight and head receive: exactly the keys of the
 * seed document (body, headers, method, params, path, query, session).
 */
export function buildApiRequest(
  request: CoreRequest,
  target: RequestTarget,
  params: Readonly<Record<string, string>>,
  body: unknown,
  session: Record<string, unknown>,
): ApiRequest {
  return {
    body: body as ApiRequest['body'],
    headers: flattenHeaders(request.headers),
    method: request.method,
    // Spec §1.5: `proxy` (the decoded path without its leading slash) is present on every request.
    params: { ...params, proxy: target.decodedPath.slice(1) },
    path: target.path,
    query: parseQuery(target.search),
    session,
  };
}

/** Node already joins repeated request headers; only an adapter's array values need joining here. */
function flattenHeaders(headers: CoreRequest['headers']): Record<string, string> {
  for (const name in headers) {
    if (typeof headers[name] !== 'string') return copyFlattened(headers);
  }
  return headers as Record<string, string>;
}

function copyFlattened(headers: CoreRequest['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
