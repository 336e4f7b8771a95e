import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../helpers/app.js';
import { requestBytes } from '../helpers/http.js';

const json = { accept: 'application/json' };
const items = Array.from({ length: 300 }, (_, i) => ({ id: i, title: `item ${i}` }));

describe('conditional and compressed pages and JSON', async () => {
  const app = await serve({
    'app/api/items.mjs': `export async function get(req) { return { json: { items: ${JSON.stringify(items)} } } }
      export async function post() { return { json: { items: ${JSON.stringify(items)} } } }`,
    'app/api/small.mjs': `export async function get() { return { json: { ok: true } } }`,
    'app/api/own-etag.mjs': `export async function get() { return { json: { ok: true }, headers: { etag: '"v7"' } } }`,
    'app/api/no-store.mjs': `export async function get() { return { json: { ok: true }, cacheControl: 'no-store' } }`,
    'app/api/image.mjs': `export async function get() { return { body: 'x'.repeat(5000), type: 'image/bmp' } }`,
    'app/api/transform.mjs': `export async function get() { return { json: { items: ${JSON.stringify(items)} }, cacheControl: 'max-age=60, no-transform' } }`,
    'app/pages/list.mjs': `export default function ({ html, state }) { return html\`<ul>\${(state.store.items ?? []).map((i) => \`<li>\${i.title}</li>\`).join('')}</ul>\` }`,
    'app/api/list.mjs': `export async function get() { return { json: { items: ${JSON.stringify(items)} } } }`,
  });
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => requestBytes(app.url + path, headers, method);

  it('gives GET JSON a weak ETag and answers a match with 304 and no body', async () => {
    const first = await get('/items', json);
    const etag = first.headers.etag as string;
    assert.match(etag, /^W\/"[\w-]+"$/);
    const again = await get('/items', { ...json, 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, etag);
    assert.equal(again.headers.vary, 'accept-encoding');
    assert.equal((await get('/items', { ...json, 'if-none-match': 'W/"other"' })).status, 200);
    assert.equal((await get('/small', json)).headers.etag !== undefined, true);
    // HEAD carries the same validator.
    assert.equal((await get('/items', json, 'HEAD')).headers.etag, etag);
  });

  it('gives a rendered page a weak ETag and 304s a match', async () => {
    const page = await get('/list');
    assert.match(page.body.toString(), /<li>item 299<\/li>/);
    const etag = page.headers.etag as string;
    assert.match(etag, /^W\//);
    const again = await get('/list', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('leaves the ETag to a handler that sets one, or opts out with no-store, and skips other methods', async () => {
    assert.equal((await get('/own-etag', json)).headers.etag, '"v7"');
    assert.equal((await get('/own-etag', { ...json, 'if-none-match': '"v7"' })).status, 200);
    assert.equal((await get('/no-store', json)).headers.etag, undefined);
    const post = await get('/items', { ...json, 'content-length': '0', origin: app.url }, 'POST');
    assert.equal(post.headers.etag, undefined);
  });

  it('compresses JSON and pages over 1 KB as br or gzip, with Vary', async () => {
    for (const [path, headers] of [['/items', json], ['/list', {}]] as const) {
      const plain = await get(path, headers);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.match(String(plain.headers.vary), /accept-encoding/);
      const br = await get(path, { ...headers, 'accept-encoding': 'gzip, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(br.headers['content-length'], String(br.body.length));
      assert.ok(brotliDecompressSync(br.body).equals(plain.body));
      assert.ok(br.body.length < plain.body.length / 3);
      const gzip = await get(path, { ...headers, 'accept-encoding': 'br;q=0.5, gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.ok(gunzipSync(gzip.body).equals(plain.body));
      // The validator names the content, whatever its encoding.
      assert.equal(gzip.headers.etag, plain.headers.etag);
    }
  });

  it('does not compress small bodies, images, no-transform responses or HEAD', async () => {
    const accept = { 'accept-encoding': 'br, gzip' };
    assert.equal((await get('/small', { ...json, ...accept })).headers['content-encoding'], undefined);
    assert.equal((await get('/image', accept)).headers['content-encoding'], undefined);
    assert.equal((await get('/transform', { ...json, ...accept })).headers['content-encoding'], undefined);
    const head = await get('/items', { ...json, ...accept }, 'HEAD');
    assert.equal(head.headers['content-encoding'], undefined);
    assert.equal(head.body.length, 0);
  });
});
