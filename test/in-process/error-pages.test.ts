/**
 * Client errors a browser sees (400, 403, 405, 413, 415, 422, …) render as pages with the app's
 * head, customisable like 404: `pages/<status>`, then `pages/4xx`, then the built-in page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const html = { accept: 'text/html' };
const app = {
  'app/head.mjs': 'export default ({ status, error }) => `<!DOCTYPE html><html><head><title>Shop ${status}</title><meta name="reason" content="${error || ""}"></head>`',
  'app/api/cart.mjs': `import { HttpError } from 'uplift-html';
    export async function get(req) { if (req.query.bad) throw new HttpError(422, 'Quantity must be a number'); return { json: {} } }
    export async function post(req) { return { json: { ok: true } } }`,
  'app/pages/cart.html': '<h1>cart</h1>',
};

async function page(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, { ...init, headers: { ...html, ...(init.headers as Record<string, string>) } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('built-in client error pages', async () => {
  const server = await serve(app, { bodyLimit: 10 });

  it('a 405 is a page with the app head, the status and the reason, and keeps Allow', async () => {
    const answer = await page(`${server.url}/cart`, { method: 'PUT' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
    assert.match(answer.text, /<title>Shop 405<\/title><meta name="reason" content="\/cart does not accept PUT; it accepts GET, HEAD, POST, OPTIONS">/);
    assert.match(answer.text, /<page-4xx status="405" error="[^"]*"[^>]*><main><h1>405 Method Not Allowed<\/h1><p>\/cart does not accept PUT/);
  });

  it('so are 400, 403, 413, 415 and a handler\'s 422', async () => {
    const cases: Array<[number, string, RequestInit]> = [
      [400, '/cart', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' }],
      [403, '/cart', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body: 'a=1' }],
      [413, '/cart', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(11) }],
      [415, '/cart', { method: 'POST', headers: { 'content-type': 'text/plain; charset=latin1' }, body: 'x' }],
      [422, '/cart?bad=1', {}],
    ];
    for (const [status, path, init] of cases) {
      const answer = await page(`${server.url}${path}`, init);
      assert.equal(answer.status, status, path);
      assert.match(answer.text, new RegExp(`<title>Shop ${status}</title>[\\s\\S]*<page-4xx status="${status}"`), String(status));
    }
  });

  it('JSON clients still get JSON', async () => {
    const response = await fetch(`${server.url}/cart`, { method: 'PUT', headers: { accept: 'application/json' } });
    assert.equal(response.status, 405);
    assert.equal((await response.json() as { error: { status: number } }).error.status, 405);
  });
});

describe('the app\'s own client error pages', async () => {
  const server = await serve(
    {
      ...app,
      'app/pages/4xx.html': '<p id="any">Something about your request was off.</p>',
      'app/pages/413.mjs': 'export default ({ html, state }) => html`<p id="big">Too big: ${state.attrs.error}</p>`',
      'app/pages/404.html': '<p id="missing">No such page.</p>',
    },
    { bodyLimit: 10 },
  );

  it('pages/<status> wins, then pages/4xx; 404 keeps its own page', async () => {
    const tooBig = await page(`${server.url}/cart`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(11) });
    assert.equal(tooBig.status, 413);
    assert.match(tooBig.text, /<title>Shop 413<\/title>[\s\S]*<p id="big">Too big: Request body is over the 10-byte limit/);
    const notAllowed = await page(`${server.url}/cart`, { method: 'PUT' });
    assert.equal(notAllowed.status, 405);
    assert.match(notAllowed.text, /<title>Shop 405<\/title>[\s\S]*<p id="any">Something about your request was off\.<\/p>/);
    const missing = await page(`${server.url}/nowhere`);
    assert.equal(missing.status, 404);
    assert.match(missing.text, /<p id="missing">No such page\.<\/p>/);
  });
});
