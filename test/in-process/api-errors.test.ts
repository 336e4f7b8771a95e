import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../../src/index.js';
import { startApp, tmpApp, type StartedApp } from '../helpers/app.js';
import { rawGet, sendRaw } from '../helpers/http.js';

const json = { accept: 'application/json' };

const routes = {
  'app/api/shape.mjs': `export async function get(req) {
    const k = req.query.k;
    if (k === 'string') return 'hello';
    if (k === 'number') return 42;
    if (k === 'both') return { json: {}, html: '<p>' };
    if (k === 'unknown') return { data: [1] };
    if (k === 'status') return { status: 'ok' };
    if (k === 'crlf') return { location: '/x\\r\\nset-cookie: evil=1' };
    if (k === 'header') return { json: {}, headers: { 'x-a': 'a\\nb' } };
    if (k === 'bigint') return { json: { n: 1n } };
  }`,
  'app/api/boom.mjs': `export async function get() { throw new Error('secret database password in message') }`,
  'app/api/teapot.mjs': `import { HttpError } from 'uplift-html';
    export async function get(req) {
      if (req.query.k === 'server') throw new HttpError(503, 'db at 10.0.0.1 is down');
      throw new HttpError(418, 'I am a teapot');
    }`,
  'app/api/upload.mjs': `export async function post(req) { return { json: { size: JSON.stringify(req.body).length } } }`,
  // Failures while a page renders: from an API's data, and on a page with no API.
  'app/api/broken.mjs': `export async function get() { return { json: { fail: true } } }`,
  'app/pages/broken.html': '<broken-el></broken-el>',
  'app/pages/lonely.html': '<broken-el></broken-el>',
  'app/elements/broken-el.mjs': `export default function BrokenEl() { throw new Error('render secret 42') }`,
  // Handlers need not be async, nor return a native promise.
  'app/api/sync.mjs': `export function get() { return { json: { sync: true } } }`,
  'app/api/thenable.mjs': `export function get() { return { then: (resolve) => setTimeout(() => resolve({ json: { thenable: true } }), 1) } }`,
};

async function appWith(options: { dev?: boolean } = {}): Promise<StartedApp> {
  return startApp(await tmpApp(routes), options);
}

describe('errors', async () => {
  const app = await appWith();

  it('refuses a nonsensical handler result with a 500 whose log names the file, export and shape', async () => {
    for (const k of ['string', 'number', 'both', 'unknown', 'status', 'bigint']) {
      const before = app.logger.lines.length;
      const response = await fetch(`${app.url}/shape?k=${k}`, { headers: json });
      assert.equal(response.status, 500, k);
      const body = await response.json();
      assert.equal(body.error.message, 'Internal Server Error', k);
      assert.match(body.error.id, /^[\w-]{8}$/, k);
      assert.equal(body.error.stack, undefined, k);
      const logged = app.logger.lines.slice(before).join('\n');
      assert.match(logged, /UPLIFT_HANDLER_RESULT/, k);
      assert.match(logged, /app\/api\/shape\.mjs: export "get"/, k);
      assert.ok(logged.includes(body.error.id), k);
    }
  });

  it('refuses CR/LF in a location or header instead of injecting it', async () => {
    for (const k of ['crlf', 'header']) {
      const response = await rawGet(app.port, `/shape?k=${k}`, json);
      assert.equal(response.status, 500, k);
      assert.equal(response.headers['set-cookie'], undefined, k);
      assert.match(app.logger.lines.at(-1) ?? '', /line break/, k);
    }
  });

  it('hides the message and stack of a thrown error in production, and logs them with the id', async () => {
    const response = await fetch(`${app.url}/boom`, { headers: json });
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.doesNotMatch(text, /secret database password|at get|boom\.mjs/);
    const { error } = JSON.parse(text);
    const logged = app.logger.lines.find((line) => line.includes(error.id)) ?? '';
    assert.match(logged, /secret database password/);
    assert.match(logged, /boom\.mjs/);
  });

  it('answers a browser with an HTML 500 that carries the id and no stack', async () => {
    const response = await fetch(`${app.url}/boom`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 500);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.doesNotMatch(html, /secret database password|boom\.mjs/);
    assert.match(html, /[\w-]{8}/);
  });

  it('answers an element that throws while rendering with the 500 page, its id logged with the stack', async () => {
    for (const path of ['/broken', '/lonely']) {
      const response = await fetch(`${app.url}${path}`, { headers: { accept: 'text/html' } });
      assert.equal(response.status, 500, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
      const html = await response.text();
      assert.doesNotMatch(html, /render secret 42|broken-el\.mjs/, path);
      const id = /error id: ([\w-]{8})/.exec(html)?.[1];
      assert.ok(id, `${path}: no error id in ${html.slice(0, 300)}`);
      const logged = app.logger.lines.find((line) => line.includes(id)) ?? '';
      assert.match(logged, /render secret 42/, path);
    }
  });

  it('runs handlers that are not async and results that are only thenable', async () => {
    assert.deepEqual(await (await fetch(`${app.url}/sync`, { headers: json })).json(), { sync: true });
    assert.deepEqual(await (await fetch(`${app.url}/thenable`, { headers: json })).json(), { thenable: true });
  });

  it('keeps a thrown HttpError\'s status and exposes its message below 500 only', async () => {
    const teapot = await fetch(`${app.url}/teapot`, { headers: json });
    assert.equal(teapot.status, 418);
    assert.equal((await teapot.json()).error.message, 'I am a teapot');
    const server = await fetch(`${app.url}/teapot?k=server`, { headers: json });
    assert.equal(server.status, 503);
    assert.doesNotMatch(await server.text(), /10\.0\.0\.1/);
  });

  it('answers malformed JSON with 400 and a message', async () => {
    const response = await fetch(`${app.url}/upload`, {
      method: 'POST', headers: { ...json, 'content-type': 'application/json' }, body: '{"a":',
    });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error.message, /JSON/);
  });

  it('answers a body in a charset other than UTF-8 with 415', async () => {
    const response = await fetch(`${app.url}/upload`, {
      method: 'POST', headers: { ...json, 'content-type': 'text/plain; charset=latin1' }, body: 'abc',
    });
    assert.equal(response.status, 415);
  });

  it('answers an oversized body with 413', async () => {
    const response = await fetch(`${app.url}/upload`, {
      method: 'POST', headers: { ...json, 'content-type': 'text/plain' }, body: 'x'.repeat(1_048_577),
    });
    assert.equal(response.status, 413);
  });

  it('gives clear 4xx answers to hostile targets', async () => {
    const cases: Array<[string, number]> = [
      ['/shape/%zz', 400],
      ['/shape%00', 400],
      ['/a/%2e%2e/shape', 400],
      ['/a/../shape', 400],
      ['/%C0%AF', 400],
      [`/${'a'.repeat(9000)}`, 414],
      ['*', 400],
    ];
    for (const [path, status] of cases) {
      const response = await rawGet(app.port, path, json);
      assert.equal(response.status, status, path.slice(0, 40));
    }
  });

  it('answers unknown methods with 501', async () => {
    assert.equal((await rawGet(app.port, '/shape', {}, 'PROPFIND')).status, 501);
    assert.equal((await rawGet(app.port, '/shape', {}, 'FOO')).status, 501);
  });

  it('answers oversized headers with 431', async () => {
    const response = await rawGet(app.port, '/shape', { cookie: 'a'.repeat(20_000) });
    assert.equal(response.status, 431);
  });

  it('survives a body that is shorter than its content-length', async () => {
    const response = await sendRaw(
      app.port,
      'POST /upload HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\nshort',
      500,
    ).catch(() => undefined);
    assert.equal(response, undefined);
    assert.equal((await fetch(`${app.url}/shape?k=bigint`)).status, 500);
  });
});

describe('errors in dev mode', async () => {
  const app = await appWith({ dev: true });

  it('shows the stack to the developer', async () => {
    const response = await fetch(`${app.url}/boom`, { headers: json });
    const body = await response.json();
    assert.match(body.error.stack, /secret database password/);
  });
});

describe('start-up errors', () => {
  it('stops on two files claiming one route, naming both and the fix', async () => {
    const root = await tmpApp({
      'app/api/a.mjs': 'export async function get() {}',
      'app/api/a/index.mjs': 'export async function get() {}',
    });
    await assert.rejects(createApp({ root }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_ROUTE_CONFLICT');
      assert.match(error.message, /app\/api\/a\.mjs/);
      assert.match(error.message, /app\/api\/a\/index\.mjs/);
      assert.match(error.message, /rename|remove/i);
      return true;
    });
  });

  it('stops on a handler export that is not a function', async () => {
    const root = await tmpApp({ 'app/api/x.mjs': 'export const get = [async () => {}, 42]' });
    await assert.rejects(createApp({ root }), /app\/api\/x\.mjs:1:1: item 1 of export "get" is number/);
  });

  it('stops on a module that fails to import, naming it', async () => {
    const root = await tmpApp({ 'app/api/x.mjs': 'export async function get( {' });
    await assert.rejects(createApp({ root }), /^UpliftError: app\/api\/x\.mjs:1:29: SyntaxError: Unexpected end of input\. The API route module could not be imported; fix the error at that place\.$/);
  });

  it('stops when there is no app folder', async () => {
    await assert.rejects(createApp({ root: '/nonexistent-uplift-root' }), /No app folder at/);
  });
});
