import { HttpError } from '../shared/errors.js';
import { headerValue, type CoreRequest } from '../http/exchange.js';

/**
 * GET, HEAD and OPTIONS have no defined body semantics (RFC 9110 §9.3.1, §9.3.2, §9.3.7), so their
 * bodies are never parsed: nothing a client sends there reaches a handler, a page or the renderer.
 */
export function ignoresBody(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/**
 * The request without its body, once the body has been read and dropped, or null when there is
 * nothing to drop (another method, or no body). Reading it keeps the connection usable for the
 * next request; a body over `limit` is a 413 instead, at once when its content-length says so,
 * else as soon as the limit is passed, so an endless body costs at most one chunk past it.
 *
 * @example
 * const drained = discardIgnoredBody(request, 1_048_576);
 * if (drained !== null) request = await drained;
 */
export function discardIgnoredBody(request: CoreRequest, limit: number): Promise<CoreRequest> | null {
  const { body } = request;
  if (body === null || !ignoresBody(request.method)) return null;
  const declared = Number(headerValue(request.headers, 'content-length') ?? 0);
  if (declared > limit) return Promise.reject(ignoredBodyTooLarge(request.method, limit));
  return drain(body, limit, request.method).then(() => ({ ...request, body: null }), (error: unknown) => {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, `The ${request.method} request body could not be read`, { cause: error });
  });
}

async function drain(body: AsyncIterable<Uint8Array>, limit: number, method: string): Promise<void> {
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    // Throwing ends the loop, which releases the stream; the adapter then closes the connection.
    if (size > limit) throw ignoredBodyTooLarge(method, limit);
  }
}

function ignoredBodyTooLarge(method: string, limit: number): HttpError {
  return new HttpError(
    413,
    `The ${method} request body is over the ${limit}-byte limit. ` +
      `GET, HEAD and OPTIONS bodies are ignored; send the request without one.`,
  );
}
