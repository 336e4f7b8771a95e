/**
 * Static suite subject: Uplift in production mode serving the project at $STATIC_ROOT, whose
 * `public/` holds the suite's files. Started by the harness as a child process.
 */
import { formatListeningLine } from '../lib/listening-line.js';
const entry = new URL('../../src/index.js', import.meta.url).href;
const { createApp } = (await import(entry));
const app = await createApp({ root: process.env['STATIC_ROOT'], env: { ARC_APP_SECRET: 'bench-secret-that-is-at-least-32-characters' } });
const server = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(formatListeningLine(server.port));
//# sourceMappingURL=static-uplift.js.map