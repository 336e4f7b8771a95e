// A single-file component: the class renders on the server and upgrades in the browser. Node has no
// HTMLElement, so the base class falls back to a plain one there.
const Base = globalThis.HTMLElement ?? class {}

export default class TodoCount extends Base {
  render({ html, state }) {
    const { todos = [] } = state.store
    const done = todos.filter((todo) => todo.completed).length
    return html`
      <style>
        :host { display: block; font-variant-numeric: tabular-nums; }
      </style>
      <p><strong>${done}</strong> of ${todos.length} done</p>
    `
  }
}

if (globalThis.customElements) globalThis.customElements.define('todo-count', TodoCount)
