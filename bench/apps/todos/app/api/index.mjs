// GET / answers the todo list; as HTML, it becomes the store that <todo-list> renders. Each request
// gets the next todos (app/lib/todos.mjs), so a page is rendered from new data as in a real app.
import { todosForRequest } from '../lib/todos.mjs';

export async function get() {
  return { json: { todos: todosForRequest() } };
}
