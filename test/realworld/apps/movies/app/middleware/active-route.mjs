// Middleware that only annotates the request for the handler after it.
export async function activeRoute(req) {
  const { path, query } = req
  let active = ''
  if (path === '/') active = 'all'
  if (path.includes('genre')) active = query.name
  req.activeRoute = active
}
