// The documentation, kept in memory instead of markdown files.
export const docs = {
  index: { title: 'Documentation', html: '<p>Start with <a href="/docs/routing">routing</a>.</p>' },
  routing: { title: 'Routing', html: '<p>Files in <code>app/pages</code> become routes.</p><p>A <code>$name</code> segment is a parameter.</p>' },
  'api/sessions': { title: 'Sessions', html: '<p>Return <code>session</code> from a handler to write the cookie.</p>' },
}

export const sidebar = Object.entries(docs).map(([slug, doc]) => ({ slug, title: doc.title }))
