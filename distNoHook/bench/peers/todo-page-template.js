/** The document up to the end of the head's own tags (app/head.mjs). */
export const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Todos</title>';
/**
 * The elements' styles, scoped (`:host` → the tag) and hoisted into one head `<style>`, in the
 * layout Enhance's transform prints.
 */
export const hoistedStyle = `<style>todo-list {
  display: block;
}

todo-list ul {
  list-style: none;
  margin: 0;
  padding: 0;
}
todo-item {
  display: flex;
  gap: 0.5rem;
  align-items: center;
}

todo-item[done] label {
  text-decoration: line-through;
}

todo-item input {
  margin: 0;
}</style>`;
/** The whole todo page for `todos`, built from strings on every call (as a request would). */
export function renderTodoPage(todos) {
    let items = '';
    for (const todo of todos)
        items += renderItem(todo);
    return (`${head}${hoistedStyle}</head><body><main>\n  <h1>Todos</h1>\n  <todo-list enhanced="✨">\n` +
        `<p>${todos.length} todos</p>\n<ul>${items}</ul></todo-list>\n</main>\n</body></html>`);
}
function renderItem(todo) {
    // A hand-written server that is safe escapes what it interpolates, so the ceiling pays for it too.
    const title = escapeHtml(todo.title);
    const done = todo.done ? ' done=""' : '';
    const checked = todo.done ? ' checked=""' : '';
    return (`<li><todo-item key="${todo.id}" title="${title}"${done} enhanced="✨">\n` +
        `<input type="checkbox" id="todo-${todo.id}" name="done" aria-label="${title}"${checked}>\n` +
        `<label for="todo-${todo.id}">${title}</label></todo-item></li>`);
}
const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => escapes[char]);
}
//# sourceMappingURL=todo-page-template.js.map