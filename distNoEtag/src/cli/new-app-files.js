/**
 * The files `uplift new` writes: a small app that shows each part once (a page, an element, an API
 * route with a form, the head), a test over real HTTP, and the config file.
 */
/** The project's files by path; `packageRoot` is where this package lives (the `file:` dependency). */
export function newAppFiles(name, packageRoot) {
    return {
        'package.json': `${JSON.stringify({
            name,
            version: '0.1.0',
            private: true,
            type: 'module',
            scripts: { start: 'uplift start', dev: 'uplift start --dev', routes: 'uplift routes', test: 'node --test test/' },
            // A path, not a version: the package is not published.
            dependencies: { 'uplift-html': `file:${packageRoot}` },
        }, null, 2)}\n`,
        'uplift.config.mjs': `/**
 * Options for \`uplift start\` (and for createApp through loadConfig, as test/app.test.mjs does).
 * Flags and environment variables override them: \`uplift start --help\` lists those.
 * Every option: node_modules/uplift-html/docs/configuration.md
 */
export default {
  // Largest request body in bytes; bigger ones get 413.
  bodyLimit: 1_048_576,
  // Set to true behind a proxy that ends TLS and sends x-forwarded-proto / x-forwarded-host.
  trustProxy: false,
};
`,
        'app/head.mjs': `/** The document head of every page. */
export default function head() {
  return \`<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${name}</title>
</head>\`;
}
`,
        'app/pages/index.html': `<main>
  <h1>${name}</h1>
  <note-list></note-list>
  <form method="post" action="/">
    <label>New note <input name="text" required></label>
    <button>Add</button>
  </form>
</main>
`,
        'app/elements/note-list.mjs': `/** <note-list>: the notes the API route put in the store. */
export default function NoteList({ html, state }) {
  const notes = state.store.notes ?? [];
  if (notes.length === 0) return html\`<p>No notes yet.</p>\`;
  return html\`<ul>\${notes.map((note) => html\`<li>\${note.text}</li>\`).join('')}</ul>\`;
}
`,
        'app/api/index.mjs': `/**
 * GET /: the notes, as JSON for JSON clients and as the store of pages/index.html for browsers.
 * POST /: the form adds a note, then the browser is sent back to the page.
 */
const notes = [];

export async function get() {
  return { json: { notes } };
}

export async function post(req) {
  const text = String(req.body.text ?? '').trim();
  if (text !== '') notes.push({ text });
  return { location: '/' };
}
`,
        'public/robots.txt': 'User-agent: *\nAllow: /\n',
        'test/app.test.mjs': `import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp, loadConfig } from 'uplift-html';

const root = fileURLToPath(new URL('..', import.meta.url));
let server;

before(async () => {
  const { config } = await loadConfig(root);
  const app = await createApp({ ...config, root });
  server = await app.listen({ port: 0 });
});
after(() => server.close());

test('the page renders the element', async () => {
  const response = await fetch(server.url);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<note-list[^>]*>\\s*<p>No notes yet\\.<\\/p>/);
});

test('the form adds a note, and the page and the JSON show it', async () => {
  const posted = await fetch(server.url, { method: 'POST', body: new URLSearchParams({ text: 'Buy milk' }), redirect: 'manual' });
  assert.equal(posted.status, 302);
  assert.equal(posted.headers.get('location'), '/');
  assert.match(await (await fetch(server.url)).text(), /<li>Buy milk<\\/li>/);
  const json = await fetch(server.url, { headers: { accept: 'application/json' } });
  assert.deepEqual(await json.json(), { notes: [{ text: 'Buy milk' }] });
});
`,
        '.gitignore': 'node_modules/\n',
        'README.md': `# ${name}

An [Uplift](https://www.npmjs.com/package/uplift-html) app.

\`\`\`sh
npm install
npm start        # http://127.0.0.1:3333
npm test         # node:test over real HTTP
npm run routes   # every route, its files and methods
\`\`\`

- \`app/pages/index.html\`: the page for \`/\`, made of custom elements.
- \`app/elements/note-list.mjs\`: the \`<note-list>\` element, rendered on the server.
- \`app/api/index.mjs\`: the API route for \`/\`: JSON for JSON clients, the page's data for browsers,
  and the form's POST handler.
- \`app/head.mjs\`: the document head.
- \`public/\`: static files.
- \`uplift.config.mjs\`: options (body limit, proxy, CSRF origins, sessions); see
  \`node_modules/uplift-html/docs/configuration.md\`.
`,
    };
}
//# sourceMappingURL=new-app-files.js.map