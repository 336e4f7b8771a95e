/**
 * Warnings only dev mode prints: an element tag with no definition, a form POST whose handler
 * returned nothing, and a 4xx the framework answered itself, with its reason.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, tmpApp } from '../helpers/app.js';
import { pageWhen, startDev } from '../helpers/dev.js';

const files = {
  'app/pages/index.html': '<note-list></note-list><note-list></note-list><known-card></known-card>',
  'app/elements/known-card.mjs': 'export default ({ html }) => html`<p>known <inner-missing></inner-missing></p>`',
  'app/api/notes.mjs': 'export async function post() {}\nexport async function put() {}',
  'app/pages/notes.html': '<p>notes</p>',
};

const formPost = (url: string, method = 'POST'): Promise<Response> =>
  fetch(url, { method, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin }, body: 'title=x' });

describe('dev warnings', () => {
  it('name each custom element tag without a definition once, with the page', async () => {
    const app = await serve(files, { dev: true });
    await fetch(app.url);
    await fetch(app.url);
    const warnings = app.logger.lines.filter((line) => line.includes('has no server definition'));
    assert.deepEqual(warnings, [
      'warn: <note-list> on app/pages/index.html has no server definition, so it is sent as written. Add app/elements/note-list.mjs (or .html), or ignore this if only the browser defines it.',
      'warn: <inner-missing> on app/pages/index.html has no server definition, so it is sent as written. Add app/elements/inner-missing.mjs (or .html), or ignore this if only the browser defines it.',
    ]);
  });

  it('name an unknown tag once per `uplift dev` session, not again after each rebuild', async () => {
    const root = await tmpApp(files);
    const server = await startDev(root);
    await fetch(server.url);
    await writeFile(join(root, 'app/elements/known-card.mjs'), 'export default ({ html }) => html`<p>rebuilt</p>`');
    await pageWhen(server.url, (body) => body.includes('<p>rebuilt</p>'));
    assert.equal(server.logger.lines.filter((line) => line.includes('<note-list> on app/pages/index.html has no server definition')).length, 1);
  });

  it('name a form POST whose handler returned nothing, and the fix', async () => {
    const app = await serve(files, { dev: true });
    const response = await formPost(`${app.url}/notes`);
    assert.equal(await response.text(), '{}');
    // Not for other methods, nor for JSON posts: only a browser form lands on "{}".
    await formPost(`${app.url}/notes`, 'PUT');
    await fetch(`${app.url}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const warnings = app.logger.lines.filter((line) => line.includes('returned nothing'));
    assert.deepEqual(warnings, [
      `warn: app/api/notes.mjs: export "post" returned nothing for a form POST to /notes, so the browser shows "{}". Return { location: '/notes' } to send the browser back to a page (post/redirect/get).`,
    ]);
  });

  it('name a 4xx the framework answered, with the reason, and not one a handler threw', async () => {
    const app = await serve({ ...files, 'app/api/teapot.mjs': "import { HttpError } from 'uplift-html';\nexport async function get() { throw new HttpError(418, 'short and stout') }" }, { dev: true });
    await fetch(`${app.url}/nowhere`);
    await fetch(`${app.url}/notes`, { method: 'DELETE' });
    await fetch(`${app.url}/notes`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' }, body: 'a=1' });
    await fetch(`${app.url}/teapot`);
    const warnings = app.logger.lines.filter((line) => /^warn: 4\d\d for /.test(line));
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /^warn: 404 for GET \/nowhere: \/nowhere not found$/);
    assert.match(warnings[1] ?? '', /^warn: 405 for DELETE \/notes: \/notes does not accept DELETE; it accepts /);
    assert.match(warnings[2] ?? '', /^warn: 403 for POST \/notes: Forbidden: this form was submitted from another site/);
  });

  it('are not printed outside dev mode', async () => {
    const app = await serve(files);
    await fetch(app.url);
    await formPost(`${app.url}/notes`);
    await fetch(`${app.url}/nowhere`);
    assert.deepEqual(app.logger.lines.filter((line) => line.startsWith('warn:')), []);
  });
});
