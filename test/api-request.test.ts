import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from './helpers/app.js';

const echo = `export async function get(req) { return { json: { keys: Object.keys(req).sort(), method: req.method, path: req.path, params: req.params, query: req.query, body: req.body, session: req.session } } }
export async function post(req) { return { json: { body: req.body, headers: req.headers } } }
export async function put(req) { return { json: { method: req.method, body: req.body } } }
export async function patch(req) { return { json: { method: req.method } } }
export async function destroy(req) { return { json: { method: req.method } } }`;

describe('the request object', async () => {
  const app = await serve({
    'app/api/echo.mjs': echo,
    'app/api/things/$id.mjs': echo,
    'app/api/files/$$.mjs': echo,
  });
  const json = { accept: 'application/json' };

  it('has exactly the seed keys', async () => {
    const body = await (await fetch(`${app.url}/echo`, { headers: json })).json();
    assert.deepEqual(body.keys, ['body', 'headers', 'method', 'params', 'path', 'query', 'session']);
    assert.equal(body.method, 'GET');
    assert.equal(body.path, '/echo');
    assert.deepEqual(body.body, {});
    assert.deepEqual(body.session, {});
    assert.deepEqual(body.params, { proxy: 'echo' });
  });

  it('passes $param raw and proxy decoded (spec §13.6)', async () => {
    const body = await (await fetch(`${app.url}/things/a%20b`, { headers: json })).json();
    assert.deepEqual(body.params, { id: 'a%20b', proxy: 'things/a b' });
    assert.equal(body.path, '/things/a%20b');
  });

  it('exposes a catch-all remainder through params.proxy', async () => {
    const body = await (await fetch(`${app.url}/files/a/b%2Fc.txt`, { headers: json })).json();
    assert.equal(body.params.proxy, 'files/a/b/c.txt');
  });

  it('decodes the query and comma-joins repeated keys (Enhance compat)', async () => {
    const body = await (await fetch(`${app.url}/echo?a=1&a=2&b=x%20y&c=+z`, { headers: json })).json();
    assert.deepEqual(body.query, { a: '1,2', b: 'x y', c: ' z' });
  });

  it('lower-cases header names', async () => {
    const response = await fetch(`${app.url}/echo`, {
      method: 'POST',
      headers: { ...json, 'X-Custom-Thing': 'Yes', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    const body = await response.json();
    assert.equal(body.headers['x-custom-thing'], 'Yes');
    assert.deepEqual(body.body, { a: 1 });
  });

  it('dispatches PUT, PATCH and DELETE (to destroy)', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await fetch(`${app.url}/echo`, { method, headers: json });
      assert.equal(response.status, 200, method);
      assert.equal((await response.json()).method, method);
    }
  });

  it('parses urlencoded forms with repeated keys as arrays', async () => {
    const response = await fetch(`${app.url}/echo`, {
      method: 'POST',
      headers: { ...json, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2&b=3&c=x+y',
    });
    assert.deepEqual((await response.json()).body, { a: '1', b: ['2', '3'], c: 'x y' });
  });

  it('parses text/plain as a string', async () => {
    const response = await fetch(`${app.url}/echo`, {
      method: 'POST',
      headers: { ...json, 'content-type': 'text/plain' },
      body: 'hello there',
    });
    assert.equal((await response.json()).body, 'hello there');
  });

  it('parses multipart fields and files', async () => {
    const form = new FormData();
    form.append('title', 'Report');
    form.append('tag', 'a');
    form.append('tag', 'b');
    form.append('upload', new Blob(['file-bytes'], { type: 'text/plain' }), 'notes.txt');
    const response = await fetch(`${app.url}/echo`, { method: 'POST', headers: json, body: form });
    const { body } = await response.json();
    assert.equal(body.title, 'Report');
    assert.deepEqual(body.tag, ['a', 'b']);
    assert.equal(body.upload.filename, 'notes.txt');
    assert.equal(body.upload.type, 'text/plain');
    assert.equal(body.upload.size, 10);
    assert.equal(Buffer.from(body.upload.data.data).toString(), 'file-bytes');
  });

  it('gives {} for a POST with no body', async () => {
    const response = await fetch(`${app.url}/echo`, { method: 'POST', headers: json });
    assert.deepEqual((await response.json()).body, {});
  });

  it('keeps __proto__ and constructor keys from polluting anything', async () => {
    const hostile = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"ok":1}';
    const response = await fetch(`${app.url}/echo`, {
      method: 'POST',
      headers: { ...json, 'content-type': 'application/json' },
      body: hostile,
    });
    assert.deepEqual((await response.json()).body, { ok: 1 });
    const form = await fetch(`${app.url}/echo?__proto__=1&constructor=x&prototype=y`, { headers: json });
    assert.deepEqual((await form.json()).query, {});
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
