/** A response read off the wire. */
export interface RawResponse {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: string;
}
/**
 * Sends bytes exactly as given over a real socket and reads until the server closes or `timeoutMs`
 * passes. For requests `fetch` refuses to send (bad paths, lying lengths, unknown methods).
 */
export declare function sendRaw(port: number, raw: string | Buffer, timeoutMs?: number): Promise<RawResponse>;
/** `GET path` with the given extra header lines, closing the connection after. */
export declare function rawGet(port: number, path: string, headers?: Record<string, string>, method?: string): Promise<RawResponse>;
/** A response with its body as bytes, exactly as sent (no decompression). */
export interface BytesResponse {
    readonly status: number;
    readonly headers: Record<string, string | string[] | undefined>;
    readonly body: Buffer;
}
/** One request over node:http, body returned as raw bytes: for checking encodings and ranges. */
export declare function requestBytes(url: string, headers?: Record<string, string>, method?: string): Promise<BytesResponse>;
/**
 * Sends bytes over a real socket and returns every byte the server sent until it closed (or
 * `timeoutMs` passed), for tests that check framing: pipelined requests, lengths, 100 Continue.
 */
export declare function sendRawBytes(port: number, raw: string | Buffer, timeoutMs?: number): Promise<Buffer>;
/** One response cut out of a byte stream by its own framing. */
export interface FramedResponse {
    readonly status: number;
    /** Lower-case names; a repeated header's values joined with `, `. */
    readonly headers: Record<string, string>;
    readonly body: Buffer;
}
/**
 * Splits a byte stream into responses exactly as a client would: each body is `content-length`
 * bytes, or chunked when `transfer-encoding` says so. Throws on a response that carries both, or
 * on bytes that do not start a response where the previous one ended.
 */
export declare function splitResponses(bytes: Buffer): FramedResponse[];
