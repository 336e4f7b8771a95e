import { request as httpRequest } from 'node:http';
// Pages in the example are a few KB; this only bounds memory if a response is unexpectedly huge.
const maxBodyBytes = 1_048_576;
// Long enough for a server on the same host to refuse by the headers alone.
const earlyAnswerMs = 1_000;
/**
 * Sends one request and reads the whole response. Rejects on a network error or when the exchange
 * takes longer than `timeoutMs`.
 *
 * @example
 * const response = await sendRequest({ base, agent, timeoutMs: 5000 }, { method: 'GET', path: '/status' });
 */
export function sendRequest(context, request) {
    return new Promise((resolve, reject) => {
        const body = request.body === undefined ? undefined : Buffer.from(request.body);
        const headers = body === undefined ? request.headers : { ...request.headers, 'content-length': String(body.length) };
        const req = openRequest(context, request.method, request.path, headers);
        req.once('error', reject);
        req.once('response', (res) => readResponse(res).then(resolve, reject));
        req.end(body);
    });
}
/**
 * Declares a `bytes`-long body and sends the headers alone; when no answer comes within
 * `earlyAnswerMs`, streams the body in 64 KB chunks until the server answers. This is how a careful
 * client uploads (the idea behind `Expect: 100-continue`): a server that refuses on the declared
 * length answers before any body byte is sent, so the refusal is never lost to a reset connection.
 * Resolves with the answer; a network error after it arrived (the server closing the refused
 * upload) is not a failure.
 */
export function sendOversizedBody(context, request, bytes) {
    return new Promise((resolve, reject) => {
        const req = openRequest(context, request.method, request.path, { ...request.headers, 'content-length': String(bytes), connection: 'close' });
        let answered = false;
        req.once('error', (error) => {
            if (!answered)
                reject(error);
        });
        req.once('response', (res) => {
            answered = true;
            readResponse(res).then(resolve, reject).finally(() => req.destroy());
        });
        req.flushHeaders();
        const waiting = setTimeout(() => void streamUntilAnswered(req, bytes, () => answered), earlyAnswerMs);
        req.once('close', () => clearTimeout(waiting));
        req.once('response', () => clearTimeout(waiting));
    });
}
function openRequest(context, method, path, headers) {
    return httpRequest({
        host: context.base.hostname,
        port: context.base.port,
        method,
        path,
        headers: { ...headers },
        agent: context.agent,
        signal: AbortSignal.timeout(context.timeoutMs),
    });
}
async function streamUntilAnswered(req, bytes, isAnswered) {
    const chunk = Buffer.alloc(65_536, 'a');
    let sent = 0;
    while (sent < bytes && !isAnswered() && !req.destroyed) {
        const size = Math.min(chunk.length, bytes - sent);
        sent += size;
        if (!req.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
            // Wait for room, an answer, or the end of the request, whichever comes first.
            await new Promise((resume) => {
                const done = () => {
                    req.off('drain', done).off('response', done).off('close', done);
                    resume();
                };
                req.once('drain', done).once('response', done).once('close', done);
            });
        }
    }
    if (!isAnswered() && !req.destroyed)
        req.end();
}
function readResponse(res) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
            if (size < maxBodyBytes)
                chunks.push(chunk);
            size += chunk.length;
        });
        res.once('error', reject);
        // A response cut off mid-body ends in 'close' without 'end'; after 'end' this is a no-op.
        res.once('close', () => reject(new Error('the connection closed before the response was complete')));
        res.once('end', () => {
            const body = Buffer.concat(chunks).subarray(0, maxBodyBytes).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
    });
}
//# sourceMappingURL=send-request.js.map