/**
 * The built-in 404 and 500 pages against the real Enhance runtime (@enhance/arc-plugin-enhance
 * behind node:http, as the bench runs it) on one app folder: the same markup, byte for byte once
 * the error text (a stack on Enhance, an error id on Uplift) is masked. Then what only Uplift
 * does: an HttpError's 404 message, and the error head() gets in development and in production.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { serveWithEnhance } from '../helpers/enhance-server.js';
import { startApp, tmpApp } from '../helpers/app.js';

const head = 'export default function head({ status, error }) { return `<!DOCTYPE html><html lang="en"><head><title>${status}</title><meta name="first-line" content="${String(error).split(\'\\n\')[0]}"><meta name="lines" content="${String(error).split(\'\\n\').length}"></head>` }';
const files = {
  'app/head.mjs': head,
  'app/pages/index.html': '<p>home</p>',
  'app/pages/boom.mjs': "export default function Boom() { throw new Error('page failed') }",
  'app/api/notes/$id.mjs': "import { HttpError } from 'uplift-html'\nexport async function get() { throw new HttpError(404, 'No such note') }",
  'app/pages/notes/$id.html': '<p>note</p>',
};

/** The error text differs by design (Enhance: its stack; Uplift: an id or our stack): mask it. */
function maskError(html: string): string {
  return html.replace(/ error="[^"]*"/, ' error="…"').replace(/<code>[^<]*<\/code>/, '<code>…</code>').replace(/content="[^"]*"/g, 'content="…"');
}

describe('built-in error pages, against the real Enhance runtime', async () => {
  const root = await tmpApp(files);
  const enhanceUrl = await serveWithEnhance(root);
  // Enhance logs every render error with console.error; keep the test output readable.
  const log = console.error;
  console.error = () => {};
  after(() => {
    console.error = log;
  });

  it('answers a missing page with the same 404 document as Enhance', async () => {
    const uplift = await startApp(root);
    const [ours, theirs] = await Promise.all([fetch(`${uplift.url}/no/such/page`), fetch(`${enhanceUrl}/no/such/page`)]);
    assert.equal(ours.status, 404);
    assert.equal(theirs.status, 404);
    const body = await ours.text();
    assert.equal(body, await theirs.text());
    assert.match(body, /<p>\/no\/such\/page not found<\/p>/);
    assert.doesNotMatch(body, /<style/);
  });

  it('answers a failing render with the same 500 document as Enhance, error text aside', async () => {
    const uplift = await startApp(root);
    const [ours, theirs] = await Promise.all([fetch(`${uplift.url}/boom`), fetch(`${enhanceUrl}/boom`)]);
    assert.equal(ours.status, 500);
    assert.equal(theirs.status, 500);
    const body = await ours.text();
    assert.equal(maskError(body), maskError(await theirs.text()));
    assert.match(body, /<style>page-500 \.max-w \{/);
    // Production: an error id, never the stack, in the page and in head().
    assert.match(body, /<code>Internal Server Error \(error id: [\w-]+\)<\/code>/);
    assert.match(body, /<meta name="lines" content="1">/);
    assert.doesNotMatch(body, /page failed/);
  });

  it('gives head() and the 500 page the stack in development, as Enhance does', async () => {
    const uplift = await startApp(root, { dev: true });
    const body = await (await fetch(`${uplift.url}/boom`)).text();
    assert.match(body, /<meta name="first-line" content="Error: page failed">/);
    assert.match(body, /<code>Error: page failed\n {4}at /);
    const lines = Number(/<meta name="lines" content="(\d+)">/.exec(body)?.[1]);
    assert.ok(lines > 1, 'head() got the whole stack');
  });

  it("shows an HttpError(404)'s message on the 404 page and to head()", async () => {
    const uplift = await startApp(root);
    const response = await fetch(`${uplift.url}/notes/7`);
    assert.equal(response.status, 404);
    const body = await response.text();
    assert.match(body, /<page-404 error="No such note" enhanced="✨">/);
    assert.match(body, /<p>No such note<\/p>/);
    assert.match(body, /<meta name="first-line" content="No such note">/);
  });
});
