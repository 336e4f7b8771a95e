import { type Coding } from '../http/accept-encoding.js';
import { type CoreRequest, type CoreResponse } from '../http/exchange.js';
/** Smallest body worth compressing: below about 1 KB the framing costs more than it saves. */
export declare const dynamicCompressMin = 1024;
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
export declare function chooseCompression(request: CoreRequest, response: CoreResponse): Coding | null;
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
export declare function compressBody(response: CoreResponse, coding: Coding): Promise<CoreResponse>;
