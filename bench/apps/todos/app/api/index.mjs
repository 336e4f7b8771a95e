// GET / answers the todo list; as HTML, it becomes the store that <todo-list> renders.
import { createTodos } from '../lib/todos.mjs';

const todos = createTodos();

export async function get() {
  return { json: { todos } };
}
