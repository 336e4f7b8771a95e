import { type Agent, type IncomingHttpHeaders } from 'node:http';
/** One request the soak sends. */
export interface SoakRequest {
    readonly method: string;
    /** Path and query, sent as is. */
    readonly path: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
}
/** The parts of a response the soak checks. */
export interface SoakResponse {
    readonly status: number;
    readonly headers: IncomingHttpHeaders;
    /** The body as UTF-8, cut at `maxBodyBytes`. */
    readonly body: string;
}
/** Where and how requests go. */
export interface SendContext {
    readonly base: URL;
    /** A keep-alive agent per client, like a browser tab; `false` for a connection of its own. */
    readonly agent: Agent | false;
    readonly timeoutMs: number;
}
/**
 * Sends one request and reads the whole response. Rejects on a network error or when the exchange
 * takes longer than `timeoutMs`.
 *
 * @example
 * const response = await sendRequest({ base, agent, timeoutMs: 5000 }, { method: 'GET', path: '/status' });
 */
export declare function sendRequest(context: SendContext, request: SoakRequest): Promise<SoakResponse>;
/**
 * Declares a `bytes`-long body and sends the headers alone; when no answer comes within
 * `earlyAnswerMs`, streams the body in 64 KB chunks until the server answers. This is how a careful
 * client uploads (the idea behind `Expect: 100-continue`): a server that refuses on the declared
 * length answers before any body byte is sent, so the refusal is never lost to a reset connection.
 * Resolves with the answer; a network error after it arrived (the server closing the refused
 * upload) is not a failure.
 */
export declare function sendOversizedBody(context: SendContext, request: SoakRequest, bytes: number): Promise<SoakResponse>;
