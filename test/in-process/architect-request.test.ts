/**
 * The request handlers receive and the Cache-Control they answer with, compared with the real
 * Enhance runtime (@enhance/arc-plugin-enhance on @architect/functions, behind node:http as the
 * bench runs it) on one app folder. Where Uplift differs on purpose (docs/differences.md), the
 * test says so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serveWithEnhance } from '../helpers/enhance-server.js';
import { startApp, tmpApp } from '../helpers/app.js';

const echo = `function fields(req) {
  const { http, routeKey, stage } = req.requestContext
  return { method: req.method, path: req.path, rawPath: req.rawPath, rawQueryString: req.rawQueryString,
    params: req.params, pathParameters: req.pathParameters, query: req.query, queryStringParameters: req.queryStringParameters,
    cookies: req.cookies, routeKey: req.routeKey, resource: req.resource, version: req.version, httpMethod: req.httpMethod,
    isBase64Encoded: req.isBase64Encoded, rawBody: req.rawBody, body: req.body,
    context: { method: http.method, path: http.path, protocol: http.protocol, userAgent: http.userAgent, routeKey, stage },
    epochIsNumber: typeof req.requestContext.timeEpoch === 'number' }
}
export async function get(req) { return { json: fields(req) } }
export async function post(req) { return { json: fields(req) } }`;

const files = {
  'app/api/echo/$id.mjs': echo,
  'app/api/typed.mjs': "export async function get(req) { const k = req.query.kind; return k === 'body' ? { body: 'x', type: 'image/svg+xml' } : { [k]: k === 'json' ? { a: 1 } : 'x' } }",
  'app/api/cached.mjs': "export async function get() { return { json: { n: 1 }, cacheControl: 'max-age=60', headers: { 'x-from-api': 'yes' } } }",
  'app/pages/cached.html': '<p>cached</p>',
};

describe("Architect's request and responses, against the real Enhance runtime", async () => {
  const root = await tmpApp(files);
  const [enhanceUrl, uplift] = await Promise.all([serveWithEnhance(root), startApp(root)]);

  /** The JSON both runtimes answer to the same request. */
  async function both(path: string, init: RequestInit = {}): Promise<[Record<string, unknown>, Record<string, unknown>]> {
    const headers = { accept: 'application/json', 'user-agent': 'compat/1', ...(init.headers as Record<string, string>) };
    const answers = await Promise.all([uplift.url, enhanceUrl].map(async (base) => {
      const response = await fetch(`${base}${path}`, { ...init, headers });
      assert.equal(response.status, 200, `${base}${path}`);
      return (await response.json()) as Record<string, unknown>;
    }));
    return answers as [Record<string, unknown>, Record<string, unknown>];
  }

  // The bench's API Gateway stand-in passes `proxy` still encoded, where Uplift decodes it as
  // Sandbox does (test/in-process/api-request.test.ts), so the path here has nothing to decode.
  it('gives a GET the same fields', async () => {
    const [ours, theirs] = await both('/echo/a-b?x=1&x=2&y=%C3%A9&z', { headers: { cookie: 'one=1; two=2' } });
    assert.deepEqual(ours, theirs);
    assert.deepEqual(ours.cookies, ['one=1', 'two=2']);
  });

  it('gives a GET without query or cookies the same fields', async () => {
    const [ours, theirs] = await both('/echo/1');
    assert.deepEqual(ours, theirs);
  });

  it('gives JSON, form, text and octet-stream bodies the same fields', async () => {
    const bodies: Array<[string, string | Blob]> = [
      ['application/json', '{"a":[1,2]}'],
      ['application/x-www-form-urlencoded', 'a=1&b=2&b=3'],
      ['text/plain', 'plain text'],
      ['application/xml', '<a/>'],
      ['application/octet-stream', new Blob([Uint8Array.from([0, 1, 254, 255])])],
    ];
    for (const [type, body] of bodies) {
      const [ours, theirs] = await both('/echo/1', { method: 'POST', headers: { 'content-type': type }, body });
      assert.deepEqual(ours, theirs, type);
    }
  });

  it('differs on purpose for a body of an unknown type: { base64 } rather than the bare string', async () => {
    const [ours, theirs] = await both('/echo/1', { method: 'POST', headers: { 'content-type': 'application/x-thing' }, body: 'abc' });
    assert.deepEqual(ours.body, { base64: 'YWJj' });
    assert.equal(theirs.body, 'YWJj');
    assert.deepEqual({ ...ours, body: null }, { ...theirs, body: null });
  });

  it('sets the same default Cache-Control for every body key', async () => {
    for (const kind of ['json', 'html', 'text', 'css', 'js', 'xml', 'body']) {
      const [ours, theirs] = await Promise.all([uplift.url, enhanceUrl].map((base) => fetch(`${base}/typed?kind=${kind}`)));
      assert.equal(ours?.headers.get('cache-control'), theirs?.headers.get('cache-control'), kind);
    }
  });

  it("differs on purpose: a plain handler's cacheControl reaches its page, where Enhance drops it", async () => {
    const [ours, theirs] = await Promise.all([uplift.url, enhanceUrl].map((base) => fetch(`${base}/cached`)));
    assert.equal(ours?.headers.get('x-from-api'), 'yes');
    assert.equal(theirs?.headers.get('x-from-api'), 'yes');
    assert.equal(ours?.headers.get('cache-control'), 'max-age=60');
    assert.equal(theirs?.headers.get('cache-control'), 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0');
  });
});
