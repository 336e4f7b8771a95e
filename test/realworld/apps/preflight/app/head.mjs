// Head receives `{ req, store, status, error }`.
export default function Head({ req, store = {}, status, error }) {
  const { path } = req
  const title = store.pageTitle ? `${store.pageTitle} — ${path}` : `Error ${status}`
  return `
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>${title}</title>
      ${error ? `<meta name="error" content="${status}">` : ''}
    </head>
  `
}
