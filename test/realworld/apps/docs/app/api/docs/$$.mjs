import { docs, sidebar } from '../../lib/pages.mjs'

// The catch-all reads the whole path; a trailing slash means the section's index.
export async function get(req) {
  const { path: activePath } = req
  let slug = activePath.replace(/^\/?docs\/?/, '')
  if (slug === '' || slug.endsWith('/')) slug += 'index'
  const doc = docs[slug]
  if (!doc) {
    return {
      statusCode: 404,
      json: { doc: { title: 'Not found', html: `<p>No page at ${slug}.</p>` }, sidebar, missing: slug },
    }
  }
  return {
    cacheControl: process.env.ARC_ENV === 'production' ? 'max-age=3600' : 'max-age=60',
    json: { doc, sidebar, active: slug },
  }
}
