import { crc32 } from 'node:zlib';
import fresh from 'fresh';
import { headerValue, type CoreRequest, type CoreResponse } from './exchange.js';

/**
 * A weak ETag (RFC 9110 §8.8.3) for a successful GET of a rendered page or JSON, and 304 with no
 * body when the request's `If-None-Match` already holds it. Weak because the same content may go
 * out compressed or not. Left alone: other methods and statuses, bodies of other types, responses
 * with an ETag of their own, and responses whose handler chose `no-store` (a `cache-control` other
 * than `defaultCacheControl`, the one pages and JSON get when the handler sets none).
 *
 * The tag is the body's length and CRC-32: a validator for revalidating a cached copy, not a
 * security check, and a changed body keeps its tag only if both collide. CRC-32 costs a fifth of
 * a SHA-1 on a small JSON body, paid on every GET (docs/static.md).
 */
export function withWeakEtag(request: CoreRequest, response: CoreResponse, defaultCacheControl: string): CoreResponse {
  const { body, headers } = response;
  if (body === null || response.status !== 200 || (request.method !== 'GET' && request.method !== 'HEAD')) return response;
  if (headers.etag !== undefined || !isPageOrJson(headers['content-type'])) return response;
  const cacheControl = headers['cache-control'];
  if (typeof cacheControl === 'string' && cacheControl !== defaultCacheControl && cacheControl.includes('no-store')) return response;
  // Decimal: Number#toString(36) took ~550 ns for the two numbers where decimal takes ~90 ns.
  const etag = `W/"${body.length}-${crc32(body)}"`;
  headers.etag = etag;
  const ifNoneMatch = headerValue(request.headers, 'if-none-match');
  if (ifNoneMatch === undefined || !fresh({ 'if-none-match': ifNoneMatch, 'cache-control': headerValue(request.headers, 'cache-control') }, { etag })) {
    return response;
  }
  const notModified: Record<string, string | string[]> = {};
  for (const name of ['etag', 'cache-control', 'vary', 'set-cookie', 'server-timing']) {
    const value = headers[name];
    if (value !== undefined) notModified[name] = value;
  }
  return { status: 304, headers: notModified, body: null };
}

function isPageOrJson(type: string | string[] | undefined): boolean {
  return typeof type === 'string' && (type.startsWith('text/html') || type.startsWith('application/json'));
}
