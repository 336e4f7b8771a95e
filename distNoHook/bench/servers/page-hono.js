/**
 * Page suite peer: Hono on @hono/node-server answering the todo page, written with `hono/html`'s
 * auto-escaping tagged template (bench/peers/todo-page-hono.ts), from the todos the app's API
 * would serve for that request. Started by the harness as a child process.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { formatListeningLine } from '../lib/listening-line.js';
import { renderTodoPageWithHono } from '../peers/todo-page-hono.js';
import { loadTodoData } from '../peers/todos-app.js';
const { todosForRequest } = await loadTodoData();
const app = new Hono();
app.get('/', (c) => c.html(renderTodoPageWithHono(todosForRequest())));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(formatListeningLine(info.port));
});
//# sourceMappingURL=page-hono.js.map