export default function head({ status }) {
  const title = status === 404 ? 'Not found · Uplift example' : 'Uplift example';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <style>body { font-family: system-ui, sans-serif; margin: 0; } main { padding: 1rem; }</style>
</head>`;
}
