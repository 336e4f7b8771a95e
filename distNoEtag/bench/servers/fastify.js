/**
 * JSON suite peer: Fastify 5 with one GET route returning the payload (no response schema, so it
 * serialises with JSON.stringify like every other target). Started by the harness as a child process.
 */
import Fastify from 'fastify';
import { formatListeningLine } from '../lib/listening-line.js';
import { loadPayload } from '../lib/payload.js';
const payload = loadPayload();
const app = Fastify({ logger: false });
app.get('/', async () => payload);
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(formatListeningLine(app.server.address().port));
//# sourceMappingURL=fastify.js.map