export default function Head({ store = {}, status }) {
  const title = store.doc?.title ? `${store.doc.title} | Docs` : 'Docs'
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="/_public/css/docs.css">
  <title>${title}</title>
  <meta name="robots" content="${status === 404 ? 'noindex' : 'index'}">
</head>
`
}
