// Old marketing paths that moved into the docs.
const moved = {
  '/getting-started': '/docs/',
  '/learn/routing': '/docs/routing',
}

export async function checkRedirects(req) {
  const target = moved[req.path]
  if (target) return { statusCode: 301, location: target }
}
