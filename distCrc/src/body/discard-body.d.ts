import { type CoreRequest } from '../http/exchange.js';
/**
 * GET, HEAD and OPTIONS have no defined body semantics (RFC 9110 §9.3.1, §9.3.2, §9.3.7), so their
 * bodies are never parsed: nothing a client sends there reaches a handler, a page or the renderer.
 */
export declare function ignoresBody(method: string): boolean;
/**
 * Reads a body and drops it, so the connection can carry the next request. A body over `limit`
 * is a 413 instead: at once when its content-length says so, else as soon as the limit is passed,
 * so an endless body costs at most one chunk past it.
 *
 * @example
 * if (request.body !== null && ignoresBody(request.method)) await discardBody(request, 1_048_576);
 */
export declare function discardBody(request: CoreRequest, limit: number): Promise<void>;
