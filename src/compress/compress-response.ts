import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiateCoding, type Coding } from '../http/accept-encoding.js';
import { appendHeader, headerValue, type CoreRequest, type CoreResponse } from '../http/exchange.js';
import { isCompressible } from '../http/compressible.js';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smallest body worth compressing: below about 1 KB the framing costs more than it saves. */
export const dynamicCompressMin = 1024;

/**
 * Compresses a rendered page or JSON body for a client that accepts br or gzip. zlib runs on
 * libuv's thread pool, so other requests keep being served meanwhile (Enhance compresses
 * synchronously on the event loop). Levels are fast ones, chosen for time per request, not size:
 * brotli quality 4 and gzip level 1 (docs/static.md has the measurements).
 *
 * The body is only read, never changed, by the compressor, and a page's bytes may be a slice of a
 * shared slab (ssr/slab-bytes.ts) whose slices are never handed out twice, so no copy is needed.
 *
 * Left alone: HEAD, bodies below `dynamicCompressMin`, types that do not compress, responses
 * already encoded, with `cache-control: no-transform`, or with a strong ETag (set by a handler, or
 * a static file's: compressing would make the bytes differ from what that validator names).
 */
export function compressResponse(request: CoreRequest, response: CoreResponse): CoreResponse | Promise<CoreResponse> {
  const { body, headers } = response;
  if (body === null || request.method === 'HEAD' || response.status === 206) return response;
  if (body.length < dynamicCompressMin || headers['content-encoding'] !== undefined) return response;
  const etag = headers.etag;
  if (typeof etag === 'string' && !etag.startsWith('W/')) return response;
  const type = headers['content-type'];
  if (typeof type !== 'string' || !isCompressible(type)) return response;
  const cacheControl = headers['cache-control'];
  if (typeof cacheControl === 'string' && cacheControl.includes('no-transform')) return response;
  appendHeader(headers, 'vary', 'accept-encoding');
  const coding = negotiateCoding(headerValue(request.headers, 'accept-encoding'), ['br', 'gzip']);
  if (coding === null) return response;
  return encode(body, coding).then((encoded) => {
    headers['content-encoding'] = coding;
    headers['content-length'] = String(encoded.byteLength);
    return { ...response, body: encoded };
  });
}

function encode(body: string | Uint8Array, coding: Coding): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: 1 });
  return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength } });
}
