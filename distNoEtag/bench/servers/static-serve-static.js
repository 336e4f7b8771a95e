/**
 * Static suite peer: Express's serve-static on node:http over $STATIC_ROOT/public, mounted at
 * `/_public` (the prefix is cut before it sees the URL), with its defaults (ETag, Last-Modified).
 */
import http from 'node:http';
import { join } from 'node:path';
import serveStatic from 'serve-static';
import { formatListeningLine } from '../lib/listening-line.js';
const serve = serveStatic(join(process.env['STATIC_ROOT'], 'public'));
const server = http.createServer((req, res) => {
    req.url = (req.url ?? '/').slice('/_public'.length) || '/';
    serve(req, res, () => {
        res.writeHead(404).end();
    });
});
server.listen(0, '127.0.0.1', () => console.log(formatListeningLine(server.address().port)));
//# sourceMappingURL=static-serve-static.js.map