export default function TodoDetail({ html, state }) {
  const { todo, id } = state.store
  if (!todo) return html`<p>There is no todo number ${id}.</p>`
  return html`
    <form action="/todos/${id}" method="POST">
      <input name="task" value="${todo.task}">
      <button>Save</button>
    </form>
  `
}
