export default function TodoApp({ html, state }) {
  const { todos = [], problems } = state.store
  const items = todos
    .map((todo, index) => `<li class="${todo.completed ? 'done' : ''}">
      <form action="/todos/${index}?toggle" method="POST"><button aria-label="toggle">${todo.completed ? '✔' : '○'}</button></form>
      <a href="/todos/${index}">${todo.task}</a>
    </li>`)
    .join('')
  return html`
    <style>
      .done a { text-decoration: line-through; }
      .problem { color: crimson; }
    </style>
    <h1>todos</h1>
    <form action="/todos" method="POST">
      <input name="task" placeholder="What needs doing?" autofocus>
      ${problems?.task ? `<p class="problem">${problems.task}</p>` : ''}
    </form>
    <ul>${items}</ul>
    <p>${todos.length} item${todos.length === 1 ? '' : 's'} left</p>
    <form action="/logout" method="POST"><button>Start over</button></form>
  `
}
