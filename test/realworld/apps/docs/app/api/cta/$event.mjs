export async function get(req) {
  const { event } = req.pathParameters
  return { json: { event, doc: { title: `${event} CTA` } } }
}
