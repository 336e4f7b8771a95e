export async function get(req) {
  return { json: { todos: req.session.todos || [] } }
}
