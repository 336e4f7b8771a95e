import type { HtmlEscapedString } from 'hono/utils/html';
import type { Todo } from './todos-app.js';
/** The whole todo page for `todos`, as Hono's `c.html()` takes it. */
export declare function renderTodoPageWithHono(todos: readonly Todo[]): HtmlEscapedString | Promise<HtmlEscapedString>;
