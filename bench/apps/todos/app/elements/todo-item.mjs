// One todo: a checkbox that reflects `done`, and the slotted title as its label.
export default function TodoItem({ html, state }) {
  const { key, title, done } = state.attrs;
  const checked = done !== undefined ? ' checked' : '';
  return html`<style>
  :host { display: flex; gap: 0.5rem; align-items: center; }
  :host([done]) label { text-decoration: line-through; }
  input { margin: 0; }
</style>
<input type="checkbox" id="todo-${key}" name="done" aria-label="${title}"${checked}>
<label for="todo-${key}"><slot></slot></label>`;
}
