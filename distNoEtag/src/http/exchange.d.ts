/**
 * The core's own request and response shapes. Adapters (node:http, fetch, Lambda) translate to and
 * from these and nothing else. They are deliberately lighter than WHATWG Request/Response: on
 * Node 20 building those per request costs a large share of a small JSON route's throughput
 * (measured in bench/, see docs/ARCHITECTURE.md).
 */
import type { Readable } from 'node:stream';
/** A request as the core sees it. Header names are lower-case. */
export interface CoreRequest {
    /** Upper-case method, e.g. `GET`. */
    readonly method: string;
    /** The request target in origin form: the raw (still percent-encoded) path plus `?query`. */
    readonly url: string;
    /** Request headers with lower-case names, as node:http gives them. */
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    /** The body as a stream of chunks, or null when the request has none. Read at most once. */
    readonly body: AsyncIterable<Uint8Array> | null;
    /** True when the connection to Uplift itself is TLS. */
    readonly secure?: boolean;
    /** The id the request is logged under; a 500 answers with it as its error id. */
    readonly id?: string | undefined;
    /** The HTTP version, e.g. `1.1`, for `requestContext.http.protocol`. */
    readonly httpVersion?: string;
    /** The connection the request came on; read only when a handler asks for `sourceIp`. */
    readonly socket?: {
        readonly remoteAddress?: string | undefined;
    };
}
/** A response as the core produces it. Header names are lower-case. */
export interface CoreResponse {
    status: number;
    headers: Record<string, string | string[]>;
    /** The complete body; null for none (204, 304, HEAD). */
    body: string | Uint8Array | null;
    /**
     * A body too large to hold, streamed with backpressure (a large static file); `body` is null
     * and `content-length` set when this is. The adapter reads it only if it sends a body.
     */
    stream?: Readable;
}
/** One header value from a CoreRequest, joining repeated values with `, ` (RFC 9110 §5.3). */
export declare function headerValue(headers: CoreRequest['headers'], name: string): string | undefined;
/** Adds a response header value: Set-Cookie as one more line, any other name comma-joined. */
export declare function appendHeader(headers: CoreResponse['headers'], name: string, value: string): void;
