// The form posts here; the browser is sent back to the list either way.
export async function post(req) {
  const session = req.session
  const task = (req.body.task || '').trim()
  if (task === '') {
    return {
      session: { ...session, problems: { task: 'A todo needs some text' } },
      json: { problems: { task: 'A todo needs some text' } },
      location: '/',
    }
  }
  const todos = [...(session.todos || []), { task, completed: false }]
  return {
    session: { ...session, todos },
    json: { todo: todos[todos.length - 1] },
    location: '/',
  }
}
