import type { CoreRequest } from '../http/exchange.js';
/** Limits for reading and parsing a request body. */
export interface BodyOptions {
    /** Maximum body size in bytes, enforced while streaming. Default 1 MiB (1_048_576). */
    limit?: number;
    /** Maximum files in a multipart body (default 10); more is a 413. */
    maxFiles?: number;
    /** Maximum fields in a urlencoded (400) or multipart (413) body; default 1000. */
    maxFields?: number;
    /** Maximum parts (fields and files together) in a multipart body (default 1000); more: 413. */
    maxParts?: number;
}
/** A request body: parsed, and the bytes as received (undefined when there were none). */
export interface ReceivedBody {
    readonly value: unknown;
    readonly raw: Buffer | undefined;
}
/**
 * Reads and parses a request body. Returns {} when there is no body (body null, or zero bytes).
 * JSON, urlencoded, multipart, `text/*` and XML are parsed; any other type (or none) gives
 * `{ base64 }`. Throws HttpError: 400 malformed (message says what: "Malformed JSON body:
 * Unexpected token … at position 12"), 413 over the limit (message names the limit), 415 for a
 * charset other than UTF-8 or a content-encoding.
 *
 * @example
 * const body = await parseBody(request.headers, request.body, { limit: 100_000 });
 */
export declare function parseBody(headers: CoreRequest['headers'], body: AsyncIterable<Uint8Array> | null, options?: BodyOptions): Promise<unknown>;
/** `parseBody`, keeping the bytes as received too (for Architect's `rawBody`). */
export declare function receiveBody(headers: CoreRequest['headers'], body: AsyncIterable<Uint8Array> | null, options?: BodyOptions): Promise<ReceivedBody>;
