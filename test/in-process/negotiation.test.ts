import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const json = { accept: 'application/json' };
const noStore = 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0';

describe('one handler, two audiences (enhance-compat §13)', async () => {
  const app = await serve({
    'app/pages/about.html': '<h1>About</h1>',
    'app/pages/index.html': '<h1>Home</h1>',
    'app/api/index.mjs': `export async function get() { return { json: { message: 'hi' } } }`,
    'app/api/things/$id.mjs': `export async function post(req) { return { location: '/things/' + req.params.id } }
      export async function get(req) { return { json: { id: req.params.id } } }`,
    'app/pages/things/$id.html': '<p>thing</p>',
    'app/api/$id.mjs': `export async function get(req) { return { json: { id: req.params.id } } }`,
    'app/pages/$$.html': '<p>catch-all page</p>',
    'app/api/s.mjs': `export async function get() { return { statusCode: 201, headers: { 'x-a': 'b' }, cacheControl: 'max-age=60', json: {} } }`,
    'app/pages/s.html': '<p>s</p>',
    'app/api/sm.mjs': `async function tag(req) { req.tagged = 'yes' }
      async function answer(req) { return { headers: { 'x-tagged': req.tagged }, cacheControl: 'private, max-age=5', json: {} } }
      export const get = [tag, answer]`,
    'app/pages/sm.html': '<p>sm</p>',
    'app/api/nf.mjs': `export async function get() { return { status: 404, json: {}, headers: { 'x-nf': '1' } } }`,
    'app/pages/nf.html': '<p>nf page</p>',
    'app/api/v.mjs': `export async function get() { return { json: { v: 1 } } }
      export async function destroy() { return { json: { destroyed: true } } }
      export async function post() { return { json: { posted: true } } }`,
    'app/pages/v.html': '<p>v page</p>',
    'app/pages/page-only.html': '<p>page only</p>',
    'app/api/docs/index.mjs': `export async function get() { return { json: { route: 'index' } } }`,
    'app/api/docs/$slug.mjs': `export async function get() { return { json: { route: 'slug' } } }`,
    'app/api/docs/$$.mjs': `export async function get() { return { json: { route: 'catchall' } } }`,
  }, { serverTiming: true });

  it('case 1: serves a page at its path, with a trailing slash, in any case', async () => {
    for (const path of ['/about', '/about/', '/ABOUT']) {
      const response = await fetch(`${app.url}${path}`, { headers: html });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('cache-control'), noStore);
      assert.match(await response.text(), /<h1>About<\/h1>/);
    }
  });

  it('case 2: / is the index, /index is not', async () => {
    assert.equal((await fetch(`${app.url}/`, { headers: html })).status, 200);
    // `/index` is an ordinary segment: here it is `api/$id.mjs`'s id, not the index route.
    assert.deepEqual(await (await fetch(`${app.url}/index`, { headers: json })).json(), { id: 'index' });
  });

  it('case 4: JSON clients get the JSON', async () => {
    const response = await fetch(`${app.url}/`, { headers: json });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('vary'), 'accept');
    assert.deepEqual(await response.json(), { message: 'hi' });
  });

  it('case 3/4: browsers get the page, with Enhance\'s Server-Timing metrics', async () => {
    const response = await fetch(`${app.url}/`, { headers: html });
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await response.text(), /<h1>Home<\/h1>/);
    assert.match(response.headers.get('server-timing') ?? '', /^api;desc="enhance-api";dur=[\d.]+, elements;desc="enhance-elements";dur=[\d.]+, html;desc="enhance-html";dur=[\d.]+$/);
    const data = await fetch(`${app.url}/`, { headers: json });
    assert.equal(data.headers.get('server-timing'), null);
  });

  it('ranks Accept by q-value: */* with application/json listed gets JSON (differs from Enhance)', async () => {
    const response = await fetch(`${app.url}/`, { headers: { accept: '*/*, application/json' } });
    assert.deepEqual(await response.json(), { message: 'hi' });
    const htmlFirst = await fetch(`${app.url}/`, { headers: { accept: 'text/html, application/json;q=0.9' } });
    assert.match(htmlFirst.headers.get('content-type') ?? '', /^text\/html/);
  });

  it('falls back to a JSON content-type when Accept says nothing', async () => {
    const response = await fetch(`${app.url}/`, { headers: { accept: '', 'content-type': 'application/json' } });
    assert.deepEqual(await response.json(), { message: 'hi' });
  });

  it('case 5: a form POST is redirected; a JSON POST gets {}', async () => {
    const form = await fetch(`${app.url}/things/42`, {
      method: 'POST', headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1', redirect: 'manual',
    });
    assert.equal(form.status, 302);
    assert.equal(form.headers.get('location'), '/things/42');
    assert.equal(form.headers.get('cache-control'), noStore);
    const data = await fetch(`${app.url}/things/42`, {
      method: 'POST', headers: { ...json, 'content-type': 'application/json' }, body: '{}', redirect: 'manual',
    });
    assert.equal(data.status, 200);
    assert.deepEqual(await data.json(), {});
  });

  it('case 8: precedence under docs/', async () => {
    const route = async (path: string) => (await (await fetch(`${app.url}${path}`, { headers: json })).json()).route;
    assert.equal(await route('/docs'), 'index');
    assert.equal(await route('/docs/intro'), 'slug');
    assert.equal(await route('/docs/a/b'), 'catchall');
    assert.equal(await route('/docs/index'), 'slug');
  });

  it('case 9: a page less specific than the API is dropped, so browsers get JSON', async () => {
    const response = await fetch(`${app.url}/zzz`, { headers: html });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await response.json(), { id: 'zzz' });
  });

  it('case 10: the API status, headers and cacheControl apply to the render and to JSON', async () => {
    const page = await fetch(`${app.url}/s`, { headers: html });
    assert.equal(page.status, 201);
    assert.equal(page.headers.get('x-a'), 'b');
    assert.equal(page.headers.get('cache-control'), 'max-age=60');
    const data = await fetch(`${app.url}/s`, { headers: json });
    assert.equal(data.status, 201);
    assert.equal(data.headers.get('x-a'), 'b');
    assert.equal(data.headers.get('cache-control'), 'max-age=60');
    const chained = await fetch(`${app.url}/sm`, { headers: html });
    assert.match(await chained.text(), /<p>sm<\/p>/);
    assert.equal(chained.headers.get('x-tagged'), 'yes');
    assert.equal(chained.headers.get('cache-control'), 'private, max-age=5');
  });

  it('case 11: an API 404 renders the 404 page without the API headers; JSON keeps them', async () => {
    const page = await fetch(`${app.url}/nf`, { headers: html });
    assert.equal(page.status, 404);
    assert.equal(page.headers.get('x-nf'), null);
    assert.doesNotMatch(await page.text(), /nf page/);
    const data = await fetch(`${app.url}/nf`, { headers: json });
    assert.equal(data.status, 404);
    assert.equal(data.headers.get('x-nf'), '1');
  });

  it('case 12: DELETE calls destroy; an unexported method is a 405, not the page', async () => {
    const destroyed = await fetch(`${app.url}/v`, { method: 'DELETE', headers: json });
    assert.deepEqual(await destroyed.json(), { destroyed: true });
    const put = await fetch(`${app.url}/v`, { method: 'PUT', headers: json });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, POST, DELETE, OPTIONS');
  });

  it('a POST without a location answers with its data, even to a browser (enhance-compat §4.1 row 2)', async () => {
    const response = await fetch(`${app.url}/v`, { method: 'POST', headers: html });
    assert.deepEqual(await response.json(), { posted: true });
  });

  it('a page with no API answers GET and HEAD, and 405 to POST', async () => {
    assert.equal((await fetch(`${app.url}/page-only`, { headers: html })).status, 200);
    const head = await fetch(`${app.url}/page-only`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(Number(head.headers.get('content-length')) > 0);
    assert.equal(await head.text(), '');
    const post = await fetch(`${app.url}/page-only`, { method: 'POST', headers: html });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  it('answers an unknown path with 404: a page for browsers, JSON for JSON clients', async () => {
    const none = await serve({ 'app/pages/about.html': '<p>x</p>' });
    const page = await fetch(`${none.url}/missing`, { headers: html });
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const data = await fetch(`${none.url}/missing`, { headers: json });
    assert.equal(data.status, 404);
    assert.deepEqual(await data.json(), { error: { status: 404, message: '/missing not found' } });
  });
});
