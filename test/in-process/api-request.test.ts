import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const echo = `export async function get(req) { return { json: { keys: Object.keys(req).sort(), method: req.method, path: req.path, params: req.params, query: req.query, body: req.body, session: req.session } } }
export async function post(req) { return { json: { body: req.body, headers: req.headers } } }
export async function put(req) { return { json: { method: req.method, body: req.body } } }
export async function patch(req) { return { json: { method: req.method } } }
export async function destroy(req) { return { json: { method: req.method } } }`;

const architect = `export async function get(req) {
  const own = Object.keys(req).sort();
  return { json: { own, rawPath: req.rawPath, rawQueryString: req.rawQueryString, pathParameters: req.pathParameters,
    sameParams: req.pathParameters === req.params, sameQuery: req.queryStringParameters === req.query,
    queryStringParameters: req.queryStringParameters, cookies: req.cookies ?? null, requestContext: req.requestContext,
    sameContext: req.requestContext === req.requestContext, routeKey: req.routeKey, resource: req.resource,
    version: req.version, httpMethod: req.httpMethod, isBase64Encoded: req.isBase64Encoded, hasRawBody: 'rawBody' in req && req.rawBody !== undefined } } }
export async function post(req) { return { json: { body: req.body, rawBody: req.rawBody, isBase64Encoded: req.isBase64Encoded } } }`;

const middleware = `async function rename(req) { req.rawPath = '/renamed'; req.requestContext.seen = true; req.cookies = ['x=1'] }
async function copy(req) { return { ...req, user: 'ada' } }
async function answer(req) { return { json: { rawPath: req.rawPath, seen: req.requestContext.seen, cookies: req.cookies, user: req.user, path: req.path, routeKey: req.routeKey } } }
export const get = [rename, copy, answer]`;

describe('the request object', async () => {
  const app = await serve({
    'app/api/echo.mjs': echo,
    'app/api/things/$id.mjs': echo,
    'app/api/files/$$.mjs': echo,
    'app/api/architect/$id.mjs': architect,
    'app/api/chain.mjs': middleware,
    'app/api/logged.mjs': "import { inspect } from 'node:util'\nexport async function get(req) { const shown = inspect(req, { depth: 4 }); return { json: { shown, requestId: req.requestContext.requestId } } }",
    'app/api/mutate.mjs': 'export async function post(req) { const before = { ...req.body }; req.body.leak = true; return { json: before } }',
    'app/preflight.mjs': 'export default async function preflight({ req }) { return { preflightPath: req.rawPath, preflightId: req.pathParameters.proxy } }',
    'app/head.mjs': 'export default function head({ req }) { return `<!DOCTYPE html><html><head><title>${req.rawPath}?${req.rawQueryString}</title></head>` }',
    'app/pages/shown.mjs': 'export default function Shown({ html, state }) { return html`<p>${state.store.preflightPath} ${state.store.preflightId}</p>` }',
  }, { serverTiming: true });
  const json = { accept: 'application/json' };

  it('has the seven keys as its own until a Lambda field is read', async () => {
    const body = await (await fetch(`${app.url}/echo`, { headers: json })).json();
    assert.deepEqual(body.keys, ['body', 'headers', 'method', 'params', 'path', 'query', 'session']);
    assert.equal(body.method, 'GET');
    assert.equal(body.path, '/echo');
    assert.deepEqual(body.body, {});
    assert.deepEqual(body.session, {});
    assert.deepEqual(body.params, { proxy: 'echo' });
  });

  it('passes $param raw and proxy decoded (enhance-compat §13 item 6)', async () => {
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

  it("carries Architect's API Gateway fields", async () => {
    const response = await fetch(`${app.url}/architect/a%20b?x=1&x=2&y=%C3%A9`, { headers: { ...json, cookie: 'one=1; two=2', 'user-agent': 'probe/1' } });
    const body = await response.json();
    assert.deepEqual(body.own, ['body', 'headers', 'method', 'params', 'path', 'query', 'session']);
    assert.equal(body.rawPath, '/architect/a%20b');
    assert.equal(body.rawQueryString, 'x=1&x=2&y=%C3%A9');
    assert.deepEqual(body.pathParameters, { id: 'a%20b', proxy: 'architect/a b' });
    assert.deepEqual(body.queryStringParameters, { x: '1,2', y: 'é' });
    assert.equal(body.sameParams, true);
    assert.equal(body.sameQuery, true);
    assert.deepEqual(body.cookies, ['one=1', 'two=2']);
    assert.equal(body.routeKey, 'ANY /{proxy+}');
    assert.equal(body.resource, '/{proxy+}');
    assert.equal(body.version, '2.0');
    assert.equal(body.httpMethod, 'GET');
    assert.equal(body.isBase64Encoded, false);
    assert.equal(body.hasRawBody, false);
    const context = body.requestContext;
    assert.equal(body.sameContext, true);
    assert.deepEqual(context.http, { method: 'GET', path: '/architect/a%20b', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'probe/1' });
    assert.equal(context.domainName, new URL(app.url).host);
    assert.equal(context.routeKey, 'ANY /{proxy+}');
    assert.equal(context.stage, '$default');
    assert.match(context.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(typeof context.timeEpoch, 'number');
    assert.ok(Math.abs(context.timeEpoch - Date.now()) < 600_000, 'timeEpoch is the current time');
    const at = new Date(context.timeEpoch);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const day = String(at.getUTCDate()).padStart(2, '0');
    assert.match(context.time, new RegExp(`^${day}/${months[at.getUTCMonth()]}/${at.getUTCFullYear()}:\\d\\d:\\d\\d:\\d\\d \\+0000$`));
    const other = await (await fetch(`${app.url}/architect/1`, { headers: json })).json();
    assert.notEqual(other.requestContext.requestId, context.requestId);
    assert.equal(other.cookies, null);
    assert.equal(other.rawQueryString, '');
    assert.deepEqual(other.queryStringParameters, {});
  });

  it('keeps the raw body: text for JSON, base64 for the rest', async () => {
    const post = (type: string, body: string | Blob): Promise<Response> =>
      fetch(`${app.url}/architect/1`, { method: 'POST', headers: { ...json, 'content-type': type }, body });
    assert.deepEqual(await (await post('application/json', '{"a":1}')).json(), { body: { a: 1 }, rawBody: '{"a":1}', isBase64Encoded: false });
    assert.deepEqual(await (await post('application/x-www-form-urlencoded', 'a=1')).json(), { body: { a: '1' }, rawBody: 'YT0x', isBase64Encoded: true });
    const bytes = new Blob([Uint8Array.from([0, 1, 254, 255])]);
    assert.deepEqual(await (await post('application/octet-stream', bytes)).json(), { body: { base64: 'AAH+/w==' }, rawBody: 'AAH+/w==', isBase64Encoded: true });
  });

  it('gives a body of any other type, or none, as { base64 }, within the size limit', async () => {
    const send = (headers: Record<string, string>, body: Blob | string): Promise<Response> =>
      fetch(`${app.url}/architect/1`, { method: 'POST', headers: { ...json, ...headers }, body });
    assert.deepEqual(await (await send({ 'content-type': 'application/x-thing' }, 'abc')).json(), { body: { base64: 'YWJj' }, rawBody: 'YWJj', isBase64Encoded: true });
    const untyped = await send({}, new Blob(['abc']));
    assert.deepEqual(await untyped.json(), { body: { base64: 'YWJj' }, rawBody: 'YWJj', isBase64Encoded: true });
    const huge = await send({ 'content-type': 'application/octet-stream' }, 'x'.repeat(1_048_577));
    assert.equal(huge.status, 413);
  });

  it('prints every field when logged, with the values the handler then reads', async () => {
    const { shown, requestId } = await (await fetch(`${app.url}/logged?a=1`, { headers: json })).json();
    assert.match(shown, /rawPath: '\/logged'/);
    assert.match(shown, /queryStringParameters: \{ a: '1' \}/);
    assert.ok(shown.includes(`requestId: '${requestId}'`), shown);
    assert.doesNotMatch(shown, /lambdaSource|IncomingMessage|Socket/);
  });

  it('gives every request without a body its own {}', async () => {
    for (let i = 0; i < 2; i++) {
      const empty = await fetch(`${app.url}/mutate`, { method: 'POST', headers: { ...json, 'content-type': 'application/json' }, body: '' });
      assert.deepEqual(await empty.json(), {});
      const none = await fetch(`${app.url}/mutate`, { method: 'POST', headers: json });
      assert.deepEqual(await none.json(), {});
    }
  });

  it('lets middleware overwrite the Lambda fields and return a copy of the request', async () => {
    const body = await (await fetch(`${app.url}/chain`, { headers: { ...json, cookie: 'a=1' } })).json();
    assert.deepEqual(body, { rawPath: '/renamed', seen: true, cookies: ['x=1'], user: 'ada', path: '/chain', routeKey: 'ANY /{proxy+}' });
  });

  it('gives preflight and head the same request', async () => {
    const response = await fetch(`${app.url}/shown?q=1`);
    // With a preflight and no API handler, Enhance's metrics are preflight, elements, html.
    assert.match(response.headers.get('server-timing') ?? '', /^preflight;desc="enhance-preflight";dur=[\d.]+, elements;desc="enhance-elements";dur=[\d.]+, html;desc="enhance-html";dur=[\d.]+$/);
    const html = await response.text();
    assert.match(html, /<title>\/shown\?q=1<\/title>/);
    assert.match(html, /<p>\/shown shown<\/p>/);
  });
});
