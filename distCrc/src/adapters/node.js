import { pipeline } from 'node:stream';
import { nextRequestId } from '../common/request-id.js';
/**
 * node:http ↔ the core. Translation only: no routing, no rendering. The IncomingMessage is passed
 * through as the body stream and its headers object as is (node already lower-cases names), so a
 * request costs one small object on the way in.
 */
export function toNodeListener(handle, logger) {
    const logRequest = logger.request?.bind(logger);
    if (logRequest === undefined) {
        return (req, res) => {
            handle(fromNodeRequest(req)).then((response) => writeNodeResponse(res, response), (error) => failSafely(res, error, logger));
        };
    }
    // Only a logger that logs requests pays for ids and timing.
    return (req, res) => {
        const started = performance.now();
        const id = nextRequestId();
        const log = (status) => {
            const ms = Math.round((performance.now() - started) * 10) / 10;
            logRequest({ id, method: req.method ?? 'GET', path: pathOf(req.url ?? '/'), status, ms });
        };
        handle(fromNodeRequest(req, id)).then((response) => {
            writeNodeResponse(res, response);
            log(response.status);
        }, (error) => {
            failSafely(res, error, logger);
            log(500);
        });
    };
}
/** The logged path: no query string (it may carry tokens), and at most 200 characters. */
function pathOf(url) {
    const query = url.indexOf('?');
    return (query === -1 ? url : url.slice(0, query)).slice(0, 200);
}
/** IncomingMessage → CoreRequest; `id` is the request id when requests are logged. */
export function fromNodeRequest(req, id) {
    const headers = req.headers;
    const hasBody = headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
    return {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers,
        body: hasBody ? req : null,
        secure: req.socket.encrypted === true,
        id,
        httpVersion: req.httpVersion,
        socket: req.socket,
    };
}
/**
 * CoreResponse → ServerResponse. The adapter owns the framing, whatever the core's headers say:
 * `content-length` is the body's byte count (a HEAD response keeps the length the core gave it),
 * and the connection and transfer headers are dropped, so a response never carries both
 * `transfer-encoding` and `content-length` and a pipelined response after it is read intact.
 */
export function writeNodeResponse(res, response) {
    const { req } = res;
    const headers = withoutHopHeaders(response.headers);
    // Stop reading a body we refused or did not finish reading: closing beats draining 100 MB.
    if (req && !req.complete && response.status >= 400)
        headers.connection = 'close';
    const { body } = response;
    // writeHead() fixes the framing at once, so without a length node:http would fall back to chunked.
    if (body !== null)
        headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
    // A streamed file's length is the file's size, set by the static layer from the file it opened.
    else if (response.stream === undefined && req?.method !== 'HEAD')
        delete headers['content-length'];
    res.writeHead(response.status, headers);
    if (response.stream !== undefined)
        sendStream(res, response.stream);
    else if (body === null)
        res.end();
    else
        res.end(body);
}
/** Connection-level headers (RFC 9110 §7.6.1, RFC 9112 §6.1): node:http and this adapter set them. */
const hopHeaders = ['transfer-encoding', 'connection', 'keep-alive', 'upgrade'];
function withoutHopHeaders(headers) {
    let copy;
    for (const name of hopHeaders) {
        if (headers[name] === undefined)
            continue;
        copy ??= { ...headers };
        delete copy[name];
    }
    return copy ?? headers;
}
/**
 * node:http's `checkContinue` listener (a request sent with `Expect: 100-continue`). A body whose
 * declared length is over `limit` is refused by the core without reading it, so no `100 Continue`
 * goes out and the client never sends the body; any other request is told to continue.
 *
 * @example
 * server.on('checkContinue', toNodeContinueListener(listener, 1_048_576));
 */
export function toNodeContinueListener(listener, limit) {
    return (req, res) => {
        if (!(Number(req.headers['content-length']) > limit))
            res.writeContinue();
        listener(req, res);
    };
}
/**
 * Pipes a streamed body with backpressure: a slow client holds back reading the file instead of
 * the file piling up in memory. A client that goes away stops the stream (and closes the file).
 */
function sendStream(res, stream) {
    if (res.req?.method === 'HEAD') {
        stream.destroy();
        res.end();
        return;
    }
    pipeline(stream, res, (error) => {
        if (error && !res.destroyed)
            res.destroy();
    });
}
/**
 * The adapter's last-resort guard: the core catches everything it can, so reaching this means a
 * response could not even be written. Answer 500 if nothing was sent yet, and never crash.
 */
function failSafely(res, error, logger) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logger.error(`could not write the response\n${detail}`);
    if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
        res.end('Internal Server Error');
    }
    else {
        res.destroy();
    }
}
//# sourceMappingURL=node.js.map