// The title depends on the raw path API Gateway passed in, as the player frame and the library frame
// share one head.
export default function Head({ req }) {
  const { rawPath } = req
  const title = rawPath.startsWith('/player/') ? 'Now playing' : 'Music library'
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <title>${title}</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <link rel="stylesheet" href="/enhance-styles.css">
    <style>
      body { color: var(--dark); }
      .muted { color: var(--muted); }
    </style>
  </head>
  <body class="font-sans">
`
}
