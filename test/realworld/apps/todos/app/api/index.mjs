// Todos live in the session cookie, so the app needs no database.
export async function get(req) {
  const { problems, ...session } = req.session
  return {
    session,
    json: { todos: session.todos || [], problems: problems || null },
  }
}
