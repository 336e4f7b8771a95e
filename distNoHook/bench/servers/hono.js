/**
 * JSON suite peer: Hono on @hono/node-server with one GET route answering `c.json(payload)`.
 * Started by the harness as a child process.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { formatListeningLine } from '../lib/listening-line.js';
import { loadPayload } from '../lib/payload.js';
const payload = loadPayload();
const app = new Hono();
app.get('/', (c) => c.json(payload));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(formatListeningLine(info.port));
});
//# sourceMappingURL=hono.js.map