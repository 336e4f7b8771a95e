export async function get(req) {
  const id = Number(req.pathParameters?.id)
  const todo = (req.session.todos || [])[id]
  if (!todo) return { statusCode: 404, json: { todo: null, id } }
  return { json: { todo, id } }
}

// `?toggle` flips the completed flag; otherwise the task text is replaced.
export async function post(req) {
  const id = Number(req.pathParameters?.id)
  const todos = [...(req.session.todos || [])]
  const todo = todos[id]
  if (!todo) return { statusCode: 404, json: { error: 'no such todo' } }
  const toggle = Object.prototype.hasOwnProperty.call(req.query, 'toggle')
  todos[id] = toggle ? { ...todo, completed: !todo.completed } : { ...todo, task: req.body.task || todo.task }
  return { session: { ...req.session, todos }, json: { todo: todos[id] }, location: '/' }
}
