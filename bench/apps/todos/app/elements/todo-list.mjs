// Renders one <todo-item> per todo in the store, passing id, title and done down as attributes.
export default function TodoList({ html, state }) {
  const { todos = [] } = state.store;
  const items = todos
    .map((todo) => `<li><todo-item key="${todo.id}" title="${todo.title}"${todo.done ? ' done' : ''}>${todo.title}</todo-item></li>`)
    .join('');
  return html`<style>
  :host { display: block; }
  ul { list-style: none; margin: 0; padding: 0; }
</style>
<p>${todos.length} todos</p>
<ul>${items}</ul>`;
}
