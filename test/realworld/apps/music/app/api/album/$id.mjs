import albums from '../../lib/albums.mjs'

// The album id comes from the API Gateway field, not from `params`.
export async function get(req) {
  const { id } = req.pathParameters
  const album = albums.find((candidate) => candidate.id === Number(id))
  return { json: { album } }
}
