import { type CoreRequest, type CoreResponse } from './exchange.js';
/**
 * A weak ETag (RFC 9110 §8.8.3) for a successful GET of a rendered page or JSON, and 304 with no
 * body when the request's `If-None-Match` already holds it. Weak because the same content may go
 * out compressed or not. Left alone: other methods and statuses, bodies of other types, responses
 * with an ETag of their own, and responses whose handler chose `no-store` (a `cache-control` other
 * than `defaultCacheControl`, the one pages and JSON get when the handler sets none).
 */
export declare function withWeakEtag(request: CoreRequest, response: CoreResponse, defaultCacheControl: string): CoreResponse;
