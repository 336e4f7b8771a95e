// A template literal, as head.mjs files write it: the app loader tags it as markup.
export const defaultHead = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Todos</title><link rel="icon" href="/_public/favicon.svg"></head>`;
function TodoItem({ html, state }) {
    const { attrs } = state;
    const checked = attrs.completed === 'true' ? 'checked' : '';
    return html `
<style>
  :host { display: block; }
  li { list-style: none; padding: 0.5rem; }
  :host([completed="true"]) label { text-decoration: line-through; }
  input[type=checkbox] { margin-right: 0.5rem; }
  ::slotted(span) { color: gray; }
</style>
<li id="todo-${attrs.key}">
  <input type="checkbox" name="done" ${checked}>
  <label><slot></slot></label>
</li>`;
}
function TodoList({ html, state }) {
    const todos = state.store.todos ?? [];
    return html `
<style>:host { display: block; } ul { margin: 0; padding: 0; }</style>
<h2>${state.attrs.heading || 'Todos'}</h2>
<ul>
  ${todos.map((t) => `<todo-item key="${t.id}" completed="${t.completed}">${t.title}</todo-item>`).join('')}
</ul>`;
}
export const todoElements = { 'todo-item': TodoItem, 'todo-list': TodoList };
/** A store with `count` todos; `seed` varies the text so stores differ between renders. */
export function todoStore(count, seed) {
    const todos = [];
    for (let i = 0; i < count; i++)
        todos.push({ id: `t${seed}-${i}`, title: `Task ${i} of batch ${seed}`, completed: (i + seed) % 3 === 0 });
    return { todos };
}
//# sourceMappingURL=ssr-todo-page.js.map