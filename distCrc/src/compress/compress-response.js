import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiateCoding } from '../http/accept-encoding.js';
import { appendHeader, headerValue } from '../http/exchange.js';
import { isCompressible } from '../http/compressible.js';
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Smallest body worth compressing: below about 1 KB the framing costs more than it saves. */
export const dynamicCompressMin = 1024;
/**
 * Whether a finished response is one to compress, and in which coding for this client: null to
 * send it as it is. A candidate gets `vary: accept-encoding` whatever the client accepts, since
 * another client may get it compressed (called before the ETag step, so a 304 carries it too).
 *
 * Not candidates: HEAD, 206, bodies below `dynamicCompressMin`, types that do not compress,
 * responses already encoded, with `cache-control: no-transform`, or with a strong ETag (set by a
 * handler, or a static file's: compressing would make the bytes differ from what that validator
 * names).
 */
export function chooseCompression(request, response) {
    const { body, headers } = response;
    if (body === null || request.method === 'HEAD' || response.status === 206)
        return null;
    if (body.length < dynamicCompressMin || headers['content-encoding'] !== undefined)
        return null;
    const etag = headers.etag;
    if (typeof etag === 'string' && !etag.startsWith('W/'))
        return null;
    const type = headers['content-type'];
    if (typeof type !== 'string' || !isCompressible(type))
        return null;
    const cacheControl = headers['cache-control'];
    if (typeof cacheControl === 'string' && cacheControl.includes('no-transform'))
        return null;
    appendHeader(headers, 'vary', 'accept-encoding');
    return negotiateCoding(headerValue(request.headers, 'accept-encoding'), both);
}
const both = ['br', 'gzip'];
/**
 * The response with its body compressed. zlib runs on libuv's thread pool, so other requests keep
 * being served meanwhile (Enhance compresses synchronously on the event loop). Levels are fast
 * ones, chosen for time per request, not size: brotli quality 4 and gzip level 1 (docs/static.md
 * has the measurements).
 *
 * The body is only read, never changed, by the compressor, and a page's bytes may be a slice of a
 * shared buffer (ssr/output/page-buffer-pool.ts) whose slices are never handed out twice, so no
 * copy is needed.
 */
export async function compressBody(response, coding) {
    const body = response.body;
    const encoded = coding === 'gzip'
        ? await gzipAsync(body, { level: 1 })
        : await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength } });
    response.headers['content-encoding'] = coding;
    response.headers['content-length'] = String(encoded.byteLength);
    return { ...response, body: encoded };
}
//# sourceMappingURL=compress-response.js.map