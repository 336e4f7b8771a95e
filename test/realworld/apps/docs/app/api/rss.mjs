import { docs } from '../lib/pages.mjs'

// A feed of the documentation pages; no page file, so browsers get the XML too.
export async function get() {
  const items = Object.entries(docs)
    .map(([slug, doc]) => `<item><title>${doc.title}</title><link>/docs/${slug}</link></item>`)
    .join('')
  return { xml: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Docs</title>${items}</channel></rss>` }
}
