/**
 * Page suite ceiling: node:http answering the todo page built with template strings on every
 * request (bench/peers/todo-page-template.ts), from the todos the app's API would serve for that
 * request (new ones per request unless the variant says otherwise). It sets content-length for the
 * same reason the JSON baseline does (see raw-node.ts).
 */
import http from 'node:http';
import { formatListeningLine } from '../lib/listening-line.js';
import { renderTodoPage } from '../peers/todo-page-template.js';
import { loadTodoData } from '../peers/todos-app.js';
const { todosForRequest } = await loadTodoData();
const server = http.createServer((_req, res) => {
    const body = renderTodoPage(todosForRequest());
    res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(body),
    });
    res.end(body);
});
server.listen(0, '127.0.0.1', () => {
    console.log(formatListeningLine(server.address().port));
});
//# sourceMappingURL=page-ceiling.js.map