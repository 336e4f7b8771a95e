/**
 * The todo page written with Hono's auto-escaping `html` tagged template (`hono/html`): the same
 * document as the template-string ceiling (bench/peers/todo-page-template.ts), with every value
 * escaped by the tag rather than by hand, as a Hono app would write it.
 */
import { html, raw } from 'hono/html';
import { head, hoistedStyle } from './todo-page-template.js';
const documentStart = raw(head + hoistedStyle);
/** The whole todo page for `todos`, as Hono's `c.html()` takes it. */
export function renderTodoPageWithHono(todos) {
    return html `${documentStart}</head><body><main>
  <h1>Todos</h1>
  <todo-list enhanced="✨">
<p>${todos.length} todos</p>
<ul>${todos.map(renderItem)}</ul></todo-list>
</main>
</body></html>`;
}
function renderItem(todo) {
    return html `<li><todo-item key="${todo.id}" title="${todo.title}"${todo.done ? html ` done=""` : ''} enhanced="✨">
<input type="checkbox" id="todo-${todo.id}" name="done" aria-label="${todo.title}"${todo.done ? html ` checked=""` : ''}>
<label for="todo-${todo.id}">${todo.title}</label></todo-item></li>`;
}
//# sourceMappingURL=todo-page-hono.js.map