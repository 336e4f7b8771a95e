/**
 * Static suite peer: sirv on node:http over $STATIC_ROOT/public, mounted at `/_public` (the prefix
 * is cut before sirv sees the URL), in its production mode (`dev: false`: files listed at start-up,
 * stats cached) with ETags on.
 */
import http from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { formatListeningLine } from '../lib/listening-line.js';
const serve = sirv(join(process.env['STATIC_ROOT'], 'public'), { dev: false, etag: true });
const server = http.createServer((req, res) => {
    req.url = (req.url ?? '/').slice('/_public'.length) || '/';
    serve(req, res, () => {
        res.writeHead(404).end();
    });
});
server.listen(0, '127.0.0.1', () => console.log(formatListeningLine(server.address().port)));
//# sourceMappingURL=static-sirv.js.map