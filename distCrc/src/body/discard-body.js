import { HttpError } from '../common/errors.js';
import { headerValue } from '../http/exchange.js';
/**
 * GET, HEAD and OPTIONS have no defined body semantics (RFC 9110 §9.3.1, §9.3.2, §9.3.7), so their
 * bodies are never parsed: nothing a client sends there reaches a handler, a page or the renderer.
 */
export function ignoresBody(method) {
    return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
/**
 * Reads a body and drops it, so the connection can carry the next request. A body over `limit`
 * is a 413 instead: at once when its content-length says so, else as soon as the limit is passed,
 * so an endless body costs at most one chunk past it.
 *
 * @example
 * if (request.body !== null && ignoresBody(request.method)) await discardBody(request, 1_048_576);
 */
export async function discardBody(request, limit) {
    const { body, method } = request;
    if (body === null)
        return;
    if (Number(headerValue(request.headers, 'content-length') ?? 0) > limit)
        throw ignoredBodyTooLarge(method, limit);
    try {
        await drain(body, limit, method);
    }
    catch (error) {
        if (error instanceof HttpError)
            throw error;
        throw new HttpError(400, `The ${method} request body could not be read`, { cause: error });
    }
}
async function drain(body, limit, method) {
    let size = 0;
    for await (const chunk of body) {
        size += chunk.byteLength;
        // Throwing ends the loop, which releases the stream; the adapter then closes the connection.
        if (size > limit)
            throw ignoredBodyTooLarge(method, limit);
    }
}
function ignoredBodyTooLarge(method, limit) {
    return new HttpError(413, `The ${method} request body is over the ${limit}-byte limit. ` +
        `GET, HEAD and OPTIONS bodies are ignored; send the request without one.`);
}
//# sourceMappingURL=discard-body.js.map