import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const noStore = 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0';
const json = { accept: 'application/json' };

describe('response mapping', async () => {
  const app = await serve({
    'app/api/plain.mjs': `export async function get() { return { json: { hello: 'world' } } }`,
    'app/api/status-alias.mjs': `export async function get(req) {
      const pick = req.query.pick;
      if (pick === 'all') return { status: 201, code: 202, statusCode: 203, json: {} };
      if (pick === 'code') return { code: 202, statusCode: 203, json: {} };
      return { statusCode: 203, json: {} };
    }`,
    'app/api/go.mjs': `export async function post(req) { return { location: '/plain' } }
      export async function put(req) { return { location: '/plain', status: 303, json: { moved: true } } }`,
    'app/api/headers.mjs': `export async function get() { return { json: {}, cacheControl: 'max-age=60', headers: { 'X-A': 'b', 'x-list': ['1', '2'] }, cors: true } }`,
    'app/api/kinds.mjs': `export async function get(req) {
      const k = req.query.kind;
      if (req.query.cache) return { css: 'p{}', cacheControl: req.query.cache };
      if (req.query.header) return { text: 'hi', headers: { 'Cache-Control': req.query.header } };
      if (k === 'html') return { html: '<p>hi</p>' };
      if (k === 'text') return { text: 'hi' };
      if (k === 'css') return { css: 'p{}' };
      if (k === 'js') return { js: 'x()' };
      if (k === 'xml') return { xml: '<a/>' };
      if (k === 'body') return { body: 'raw', type: 'application/x-thing' };
      if (k === 'nothing') return undefined;
    }`,
    'app/api/chain.mjs': `
      async function addUser(req) { req.user = 'ada' }
      async function replace(req) { return { ...req, method: req.method, replaced: true } }
      async function answer(req) { return { json: { user: req.user, replaced: req.replaced === true } } }
      async function stop(req) { return { status: 401, json: { stopped: true } } }
      async function never(req) { throw new Error('must not run') }
      function syncStep(req) { req.sync = true }
      async function quiet(req) {}
      export const get = [addUser, replace, answer];
      export const post = [addUser, stop, never];
      export const put = [syncStep, async (req) => ({ json: { sync: req.sync } })];
      export const patch = [quiet, quiet];
    `,
    'app/api/only-get.mjs': `export async function get() { return { json: { ok: 1 } } }`,
    'app/api/only-post.mjs': `export async function post() { return { json: { ok: 1 } } }`,
    'app/api/custom-options.mjs': `export async function get() { return { json: {} } }
      export async function options() { return { status: 200, headers: { 'x-custom': 'yes' }, json: { custom: true } } }`,
  });

  it('sends json with a JSON type and Enhance\'s no-cache policy', async () => {
    const response = await fetch(`${app.url}/plain`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), noStore);
    assert.deepEqual(await response.json(), { hello: 'world' });
  });

  it('resolves status > code > statusCode', async () => {
    assert.equal((await fetch(`${app.url}/status-alias?pick=all`)).status, 201);
    assert.equal((await fetch(`${app.url}/status-alias?pick=code`)).status, 202);
    assert.equal((await fetch(`${app.url}/status-alias`)).status, 203);
  });

  it('redirects browsers with 302 by default and with an explicit status', async () => {
    const post = await fetch(`${app.url}/go`, { method: 'POST', redirect: 'manual' });
    assert.equal(post.status, 302);
    assert.equal(post.headers.get('location'), '/plain');
    assert.equal(post.headers.get('cache-control'), noStore);
    // Architect types a response without a body key as JSON, redirects included.
    assert.equal(post.headers.get('content-type'), 'application/json; charset=utf-8');
    const put = await fetch(`${app.url}/go`, { method: 'PUT', redirect: 'manual' });
    assert.equal(put.status, 303);
  });

  it('gives JSON clients the data instead of the redirect (documented decision)', async () => {
    const post = await fetch(`${app.url}/go`, { method: 'POST', headers: json, redirect: 'manual' });
    assert.equal(post.status, 200);
    assert.equal(post.headers.get('location'), null);
    assert.deepEqual(await post.json(), {});
    const put = await fetch(`${app.url}/go`, { method: 'PUT', headers: json, redirect: 'manual' });
    assert.equal(put.status, 200);
    assert.deepEqual(await put.json(), { moved: true });
  });

  it('applies cacheControl, headers and cors', async () => {
    const response = await fetch(`${app.url}/headers`, { headers: json });
    assert.equal(response.headers.get('cache-control'), 'max-age=60');
    assert.equal(response.headers.get('x-a'), 'b');
    assert.equal(response.headers.get('x-list'), '1, 2');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });

  it('supports every body key with its content type and Architect\'s default cache-control', async () => {
    const day = 'max-age=86400';
    const expected: Record<string, [string, string, string]> = {
      html: ['text/html; charset=utf-8', '<p>hi</p>', noStore],
      text: ['text/plain; charset=utf-8', 'hi', day],
      css: ['text/css; charset=utf-8', 'p{}', day],
      js: ['text/javascript; charset=utf-8', 'x()', day],
      xml: ['application/xml; charset=utf-8', '<a/>', day],
      body: ['application/x-thing', 'raw', day],
      nothing: ['application/json; charset=utf-8', '{}', noStore],
      'css&cache=no-store': ['text/css; charset=utf-8', 'p{}', 'no-store'],
      'text&header=private': ['text/plain; charset=utf-8', 'hi', 'private'],
    };
    for (const [kind, [type, body, cache]] of Object.entries(expected)) {
      const response = await fetch(`${app.url}/kinds?kind=${kind}`);
      assert.equal(response.headers.get('content-type'), type, kind);
      assert.equal(response.headers.get('cache-control'), cache, kind);
      assert.equal(await response.text(), body, kind);
    }
  });

  it('runs middleware in order with mutation and request replacement', async () => {
    assert.deepEqual(await (await fetch(`${app.url}/chain`)).json(), { user: 'ada', replaced: true });
  });

  it('ends a chain at the first returned response', async () => {
    const response = await fetch(`${app.url}/chain`, { method: 'POST' });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { stopped: true });
  });

  it('accepts a middleware step that is not declared async', async () => {
    assert.deepEqual(await (await fetch(`${app.url}/chain`, { method: 'PUT' })).json(), { sync: true });
  });

  it('answers {} when no step returns', async () => {
    const response = await fetch(`${app.url}/chain`, { method: 'PATCH' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {});
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(`${app.url}/plain`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('content-length'), String('{"hello":"world"}'.length));
    assert.equal(await response.text(), '');
  });

  it('answers OPTIONS with 204 and Allow, unless the route exports options', async () => {
    const response = await fetch(`${app.url}/only-get`, { method: 'OPTIONS' });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const custom = await fetch(`${app.url}/custom-options`, { method: 'OPTIONS' });
    assert.equal(custom.status, 200);
    assert.equal(custom.headers.get('x-custom'), 'yes');
  });

  it('answers an unhandled method with 405 and Allow', async () => {
    const response = await fetch(`${app.url}/only-get`, { method: 'POST', headers: json });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const body = await response.json();
    assert.equal(body.error.status, 405);
    assert.match(body.error.message, /does not accept POST/);
    // Enhance renders its 404 page for a GET on a POST-only route with no page; the 405 says why.
    const get = await fetch(`${app.url}/only-post`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
  });
});
