/**
 * Page suite peer: the real Enhance runtime (@enhance/arc-plugin-enhance) serving the same app
 * folder, bench/apps/todos/app, through the API Gateway stand-in in bench/peers/enhance-node.ts.
 * Started by the harness as a child process; prints its readiness line once listening.
 */
import http from 'node:http';
import { formatListeningLine } from '../lib/listening-line.js';
import { createEnhanceListener } from '../peers/enhance-node.js';
import { todosAppDir } from '../peers/todos-app.js';
const server = http.createServer(await createEnhanceListener(todosAppDir));
server.listen(0, '127.0.0.1', () => {
    console.log(formatListeningLine(server.address().port));
});
//# sourceMappingURL=page-enhance.js.map