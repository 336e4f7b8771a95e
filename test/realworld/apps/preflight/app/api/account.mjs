// JSON for the account page; the page itself also gets the preflight store.
export async function get(req) {
  return { json: { lastVisit: req.query.since || 'never' } }
}

export async function put(req) {
  return { json: { received: req.body } }
}
