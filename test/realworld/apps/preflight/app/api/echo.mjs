// Shows a client what arrived, as debugging endpoints in many apps do.
export async function post(req) {
  return { json: { body: req.body, rawBody: req.rawBody, isBase64Encoded: req.isBase64Encoded } }
}
