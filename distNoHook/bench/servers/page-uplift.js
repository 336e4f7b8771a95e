/**
 * Page suite subject: Uplift serving bench/apps/todos (`createApp({ root })`, then `listen`).
 * Started by the harness as a child process; prints its readiness line once listening.
 */
import { createApp } from '../../src/index.js';
import { formatListeningLine } from '../lib/listening-line.js';
import { todosAppRoot } from '../peers/todos-app.js';
const app = await createApp({ root: todosAppRoot });
const server = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(formatListeningLine(server.port));
//# sourceMappingURL=page-uplift.js.map