export default function Head() {
  return `
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Movies</title>
      <link rel="stylesheet" href="/enhance-styles.css">
    </head>
`
}
