import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
/**
 * Sends bytes exactly as given over a real socket and reads until the server closes or `timeoutMs`
 * passes. For requests `fetch` refuses to send (bad paths, lying lengths, unknown methods).
 */
export async function sendRaw(port, raw, timeoutMs = 3000) {
    const text = (await sendRawBytes(port, raw, timeoutMs)).toString('latin1');
    const parsed = parseFirstResponse(text);
    if (parsed)
        return parsed;
    throw new Error(`no HTTP response received; got ${JSON.stringify(text.slice(0, 200))}`);
}
function parseFirstResponse(text) {
    const headEnd = text.indexOf('\r\n\r\n');
    if (headEnd === -1)
        return undefined;
    const [statusLine = '', ...lines] = text.slice(0, headEnd).split('\r\n');
    const status = Number(statusLine.split(' ')[1]);
    const headers = {};
    for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = headers['content-length'];
    const rest = text.slice(headEnd + 4);
    const body = length === undefined ? rest : rest.slice(0, Number(length));
    return { status, headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}
/** `GET path` with the given extra header lines, closing the connection after. */
export function rawGet(port, path, headers = {}, method = 'GET') {
    const lines = Object.entries({ host: `127.0.0.1:${port}`, connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    return sendRaw(port, `${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
}
/** One request over node:http, body returned as raw bytes: for checking encodings and ranges. */
export function requestBytes(url, headers = {}, method = 'GET') {
    return new Promise((resolve, reject) => {
        const req = httpRequest(url, { method, headers, agent: false }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
/**
 * Sends bytes over a real socket and returns every byte the server sent until it closed (or
 * `timeoutMs` passed), for tests that check framing: pipelined requests, lengths, 100 Continue.
 */
export function sendRawBytes(port, raw, timeoutMs = 3000) {
    return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        const chunks = [];
        const timer = setTimeout(() => socket.destroy(), timeoutMs);
        socket.on('data', (chunk) => chunks.push(chunk));
        socket.on('error', (error) => {
            if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE')
                reject(error);
        });
        socket.on('close', () => {
            clearTimeout(timer);
            resolve(Buffer.concat(chunks));
        });
        socket.write(raw);
    });
}
/**
 * Splits a byte stream into responses exactly as a client would: each body is `content-length`
 * bytes, or chunked when `transfer-encoding` says so. Throws on a response that carries both, or
 * on bytes that do not start a response where the previous one ended.
 */
export function splitResponses(bytes) {
    const responses = [];
    let offset = 0;
    while (offset < bytes.length) {
        const headEnd = bytes.indexOf('\r\n\r\n', offset, 'latin1');
        const head = bytes.subarray(offset, headEnd === -1 ? bytes.length : headEnd).toString('latin1');
        const [statusLine = '', ...lines] = head.split('\r\n');
        if (headEnd === -1 || !/^HTTP\/1\.1 \d{3} /.test(statusLine)) {
            throw new Error(`no response starts at byte ${offset}: ${JSON.stringify(head.slice(0, 80))}`);
        }
        const headers = {};
        for (const line of lines) {
            const colon = line.indexOf(':');
            const name = line.slice(0, colon).toLowerCase();
            const value = line.slice(colon + 1).trim();
            headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
        }
        if (headers['content-length'] !== undefined && headers['transfer-encoding'] !== undefined) {
            throw new Error(`a response carries both content-length and transfer-encoding: ${JSON.stringify(head)}`);
        }
        const status = Number(statusLine.split(' ')[1]);
        let cursor = headEnd + 4;
        let body;
        if (status === 100) {
            body = Buffer.alloc(0);
        }
        else if (headers['transfer-encoding']?.includes('chunked')) {
            const parts = [];
            for (;;) {
                const lineEnd = bytes.indexOf('\r\n', cursor, 'latin1');
                const size = parseInt(bytes.subarray(cursor, lineEnd).toString('latin1'), 16);
                cursor = lineEnd + 2;
                if (size === 0)
                    break;
                parts.push(bytes.subarray(cursor, cursor + size));
                cursor += size + 2;
            }
            cursor = bytes.indexOf('\r\n', cursor, 'latin1') + 2;
            body = Buffer.concat(parts);
        }
        else {
            const length = Number(headers['content-length'] ?? bytes.length - cursor);
            body = bytes.subarray(cursor, cursor + length);
            cursor += length;
        }
        responses.push({ status, headers, body });
        offset = cursor;
    }
    return responses;
}
//# sourceMappingURL=http.js.map