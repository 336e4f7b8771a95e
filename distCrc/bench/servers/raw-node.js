/**
 * JSON suite baseline: the least a node:http server can do to answer the payload as JSON.
 * Started by the harness as a child process; prints its readiness line once listening.
 *
 * It sets content-length: without it, writeHead() + end() answers with chunked transfer encoding,
 * which measured ~10–15% slower here and would make a soft baseline (Hono beat it).
 */
import http from 'node:http';
import { formatListeningLine } from '../lib/listening-line.js';
import { loadPayload } from '../lib/payload.js';
const payload = loadPayload();
const server = http.createServer((_req, res) => {
    const body = JSON.stringify(payload);
    res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
    });
    res.end(body);
});
server.listen(0, '127.0.0.1', () => {
    console.log(formatListeningLine(server.address().port));
});
//# sourceMappingURL=raw-node.js.map