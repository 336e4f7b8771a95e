/**
 * HTTP-level fuzzing: property-based requests against ONE real server in production
 * mode serving a route of every kind. Whatever the path, query, headers or body, the answer is a
 * status from the allowed set (never an unexpected 5xx), no body carries a stack trace, and the
 * server still answers a health request afterwards. Bounded: at most 150 runs per property, each
 * property interrupted after a few seconds, each request timed out.
 */
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { after, describe, it, type TestContext } from 'node:test';
import fc from 'fast-check';
import { startApp, tmpApp, type StartedApp } from '../helpers/app.js';
import { sendRaw } from '../helpers/http.js';

const fuzzApp: Record<string, string> = {
  // Static API route, also the health check.
  'app/api/status.mjs': `export async function get() { return { json: { ok: true } } }`,
  // Static pages.
  'app/pages/index.html': '<h1>Home</h1>',
  'app/pages/about.html': '<h1>About</h1>',
  // $param API with a page rendering its store through an element.
  'app/api/items/$id.mjs': `export async function get(req) { return { json: { id: req.params.id } } }`,
  'app/pages/items/$id.html': '<item-view></item-view>',
  // The element shows the param percent-encoded, so no client text can put a line break in the page.
  'app/elements/item-view.mjs': 'export default function ItemView({ html, state }) { return html`<p>${encodeURIComponent(String(state.store.id ?? ""))}</p>` }',
  // $$ catch-all.
  'app/api/files/$$.mjs': `export async function get(req) { return { json: { proxy: req.params.proxy } } }`,
  // API + page at the same path, with a form post that redirects.
  'app/api/notes.mjs': `
    export async function get() { return { json: { notes: [] } } }
    export async function post() { return { location: '/notes' } }`,
  'app/pages/notes.html': '<h1>Notes</h1>',
  // Echoes what the handler sees, for every method. The body is copied 32 levels deep at most: JSON
  // nested thousands deep parses fine, but no JSON.stringify can write it back (that is a 500 of the
  // app's own making, UPLIFT_HANDLER_RESULT, which is not what this fuzzing is about).
  'app/api/echo/$key.mjs': `
    const shallow = (value, depth = 0) =>
      depth > 32 ? '…'
      : Array.isArray(value) ? value.map((item) => shallow(item, depth + 1))
      : value !== null && typeof value === 'object' && !Buffer.isBuffer(value)
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shallow(item, depth + 1)]))
      : value;
    const echo = (req) => ({ json: { method: req.method, params: req.params, query: req.query, body: shallow(req.body) } });
    export const get = async (req) => echo(req);
    export const post = async (req) => echo(req);
    export const put = async (req) => echo(req);
    export const patch = async (req) => echo(req);
    export const destroy = async (req) => echo(req);`,
};

const allowedStatuses = new Set([400, 403, 404, 405, 413, 414, 415, 431, 501]);
const isAllowed = (status: number): boolean => (status >= 200 && status < 400) || allowedStatuses.has(status);
const stackTrace = /\n\s+at .+:\d+:\d+/;
const runLimits = { numRuns: 150, plugins: [fc.interruptAfterTimeLimit(8_000), fc.timeout(6_000)] };
const requestTimeoutMs = 3_000;

/** One fuzzed request. `target` is sent as is (raw UTF-8 over a socket when node:http refuses it). */
interface FuzzRequest {
  readonly method: string;
  readonly target: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
  /** Send the body with `transfer-encoding: chunked` in two pieces instead of a content-length. */
  readonly chunked?: boolean;
}

interface FuzzResponse {
  readonly status: number;
  readonly body: string;
}

// node:http sends a path only when every character is in 0x21–0xFF; non-ASCII it would send as
// latin1, so those go over a raw socket as UTF-8 instead, as a careless client would send them.
const isNodeSendable = (target: string): boolean => /^[\x21-\x7e]+$/.test(target);

function sendWithNode(port: number, agent: Agent, request: FuzzRequest): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    // Node frames a GET or DELETE body only when told how; without a header it would send it bare.
    if (body !== undefined) headers[request.chunked ? 'transfer-encoding' : 'content-length'] = request.chunked ? 'chunked' : String(body.length);
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: request.method,
      path: request.target,
      headers,
      agent,
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    if (body !== undefined && request.chunked) {
      const middle = Math.floor(body.length / 2);
      req.write(body.subarray(0, middle));
      req.end(body.subarray(middle));
    } else {
      req.end(body);
    }
  });
}

function sendOverSocket(port: number, request: FuzzRequest): Promise<FuzzResponse> {
  const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body);
  const headers = { ...request.headers, host: `127.0.0.1:${port}`, connection: 'close', ...(request.body ? { 'content-length': String(body.length) } : {}) };
  const head = `${request.method} ${request.target} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
  return sendRaw(port, Buffer.concat([Buffer.from(head, 'utf8'), body]), requestTimeoutMs);
}

/** A short, printable description of a request for a failure message. */
function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` body ${JSON.stringify(Buffer.from(request.body).toString('latin1').slice(0, 120))}`;
  return `${request.method} ${JSON.stringify(request.target.slice(0, 200))} ${JSON.stringify(request.headers ?? {}).slice(0, 300)}${body}`;
}

// Arbitraries --------------------------------------------------------------------------------------

const routePrefixes = ['', '/items', '/files', '/files/a/b', '/echo', '/notes', '/about', '/status', '/nowhere'];
const pathTokens = [
  'a', 'Z9', '-', '_', '~', '.', '..', '%', '%2', '%zz', '%2e', '%2E%2e', '%2f', '%5c', '%00', '%0a', '%c3%a9', '%e2%82',
  '%ff', '%C0%AF', '$', '$$', '@', ':', ';', '=', '+', ',', '!', '*', "'", '(', ')', '[', ']', '\\', '//', '?', '#', '&',
  'é', '日本', '😀', '\u0000', '\t', ' ', '\u007f', '\u0085', '\u2028', '__proto__', 'constructor',
];
const tokenString = (tokens: readonly string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));
const segment = fc.oneof(
  tokenString(pathTokens, 6),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }).map((text) => text.replace(/[\r\n]/g, '')),
  fc.string({ maxLength: 10 }).map((text) => encodeURIComponent(text)),
);
const longPath = fc
  .tuple(fc.integer({ min: 7_000, max: 18_000 }), fc.constantFrom('a', '%41', 'é', '/..', '%zz', '/'))
  .map(([length, unit]) => `/${unit.repeat(Math.ceil(length / unit.length))}`);
const path = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...routePrefixes), fc.array(segment, { maxLength: 4 })).map(([prefix, parts]) => `${prefix}/${parts.join('/')}`) },
  { weight: 1, arbitrary: longPath },
);

const queryTokens = ['a', 'b', '=', '&', '&&', '==', '[', ']', '[]', '[0]', '__proto__', 'constructor', 'prototype', '%', '%zz', '%00', '%C3%A9', '%FF', '+', ';', '?', '/', '#', 'x'];
const query = fc.oneof(
  tokenString(queryTokens, 24),
  fc.string({ maxLength: 60 }),
  fc.webQueryParameters(),
  fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 8 }).map((pairs) =>
    pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'),
  ),
  fc.integer({ min: 900, max: 1_200 }).map((count) => 'k=&'.repeat(count)),
);

const printable = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'grapheme-ascii', maxLength });
const mediaTypes = [
  'application/json', 'text/json', 'application/vnd.api+json', 'application/x-www-form-urlencoded', 'multipart/form-data',
  'text/plain', 'text/html', 'application/xml', 'application/octet-stream', 'image/png', '*/*', 'text/*', '', ';;;', 'json',
];
const mediaParams = ['', '; charset=utf-8', '; charset=UTF8', '; charset=latin1', '; charset', '; q=0.5', '; q=NaN', '; q=2', '; boundary=XyZ', '; boundary=', '; a="b;c"'];
const mediaType = fc.tuple(fc.constantFrom(...mediaTypes), fc.constantFrom(...mediaParams)).map(([type, params]) => `${type}${params}`);
const accept = fc.oneof(printable(120), fc.array(mediaType, { maxLength: 6 }).map((types) => types.join(', ')));
const contentType = fc.oneof(printable(80), mediaType);
const cookieName = fc.oneof(fc.constantFrom('_idx', '__proto__', 'constructor', 'theme', ''), fc.stringMatching(/^[!#-'*+.0-9A-Z^-z|~-]{1,12}$/));
const cookie = fc.oneof(
  printable(200),
  fc.array(fc.tuple(cookieName, fc.oneof(printable(40), fc.base64String({ maxLength: 300 }))), { maxLength: 6 }).map((pairs) =>
    pairs.map(([name, value]) => `${name}=${value.replaceAll(';', '')}`).join('; '),
  ),
  fc.integer({ min: 4_000, max: 20_000 }).map((length) => `_idx=${'A'.repeat(length)}`),
);

const bodyMethod = fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'GET');
// Mostly the echo route, whose handler takes every method, so most bodies reach a parser.
const bodyTarget = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('/echo/k', '/echo/%C3%A9') },
  { weight: 1, arbitrary: fc.constantFrom('/notes', '/items/1', '/about', '/files/a/b', '/nowhere', '/status') },
);
// Same-origin posts pass the CSRF check, others are refused with 403; both are allowed answers.
const origin = (port: number): fc.Arbitrary<Record<string, string>> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Record<string, string>>({}, { origin: `http://127.0.0.1:${port}` }) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ origin: 'http://evil.example' }, { origin: 'null' }, { referer: 'http://evil.example/x' }) },
  );
/** `undefined` three times in four, so most multipart bodies are well-formed and reach the handler. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const jsonBody = fc.oneof(
  fc.json({ maxDepth: 4 }),
  tokenString(['{', '}', '[', ']', '"', ':', ',', '1', '-0', '1e999', 'null', 'true', '"a"', '\\u0000', '"__proto__"', ' ', '\\'], 40),
  fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', '\\u005f_proto__'), fc.json({ maxDepth: 2 })).map(([key, value]) => `{"${key}":${value},"a":1}`),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);
const formBody = fc.oneof(
  tokenString(['a', 'b', '=', '&', '+', '%', '%zz', '%20', '%C3%A9', '%FF', '__proto__', '[x]', '[]', 'constructor', '%00'], 30),
  fc.string({ maxLength: 100 }),
  fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 10 }).map((pairs) =>
    pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'),
  ),
);
const boundary = fc.stringMatching(/^[A-Za-z0-9'()+_,\-./:=?]{1,70}$/);
const multipartBody = fc
  .record({
    boundary,
    declared: sometimes(boundary),
    parts: fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom('a', '__proto__', 'constructor', 'f'), fc.string({ maxLength: 10 })),
        filename: fc.option(fc.oneof(fc.constantFrom('x.txt', '../../etc/passwd', 'a\\b.png', ''), fc.string({ maxLength: 12 })), { nil: undefined }),
        type: sometimes(mediaType),
        value: fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 })),
      }),
      { maxLength: 5 },
    ),
    close: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    newline: fc.oneof({ weight: 3, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constant('\n') }),
    quoted: fc.boolean(),
    cut: sometimes(fc.nat()),
  })
  .map(({ boundary: sent, declared, parts, close, newline, quoted, cut }) => {
    const nl = newline;
    const text = parts
      .map((part) => {
        const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
        const type = part.type === undefined ? '' : `content-type: ${part.type}${nl}`;
        return `--${sent}${nl}content-disposition: form-data; name="${part.name}"${filename}${nl}${type}${nl}${part.value}${nl}`;
      })
      .join('') + (close ? `--${sent}--${nl}` : '');
    const body = cut === undefined ? text : text.slice(0, cut % (text.length + 1));
    // A boundary holding ':', '/', '?' and the like must be quoted in the header (RFC 2046 §5.1.1).
    return { type: `multipart/form-data; boundary=${quoted ? `"${declared ?? sent}"` : (declared ?? sent)}`, body };
  });

// The server and the properties ---------------------------------------------------------------------

describe('HTTP fuzzing against one production-mode server', async () => {
  const app: StartedApp = await startApp(await tmpApp(fuzzApp), { env: { NODE_ENV: 'production', ARC_APP_SECRET: 'fuzz-http-secret-0123456789abcdefghijklm' } }, {
    headersTimeout: 2_000,
    requestTimeout: 3_000,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  after(() => agent.destroy());
  // HEAD goes over a raw socket, so a parse-error answer that wrongly carried a body would show up
  // as a failed property rather than as node's client refusing the connection.
  const send = (request: FuzzRequest): Promise<FuzzResponse> =>
    isNodeSendable(request.target) && request.method !== 'HEAD' ? sendWithNode(app.port, agent, request) : sendOverSocket(app.port, request);

  /** Runs one property: every request answered with an allowed status and no stack, then health. */
  async function checkRequests<T>(t: TestContext, arbitrary: fc.Arbitrary<T>, toRequest: (value: T) => FuzzRequest): Promise<void> {
    const statuses = new Map<number, number>();
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        const request = toRequest(value);
        const response = await send(request).catch((error: Error) => {
          throw new Error(`no answer to ${describeRequest(request)}: ${error.message}`, { cause: error });
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        assert.ok(isAllowed(response.status), `status ${response.status} for ${describeRequest(request)}: ${response.body.slice(0, 300)}`);
        assert.doesNotMatch(response.body, stackTrace, describeRequest(request));
        const health = await send({ method: 'GET', target: '/status', headers: { accept: 'application/json' } });
        assert.equal(health.status, 200, `no health after ${describeRequest(request)}`);
      }),
      runLimits,
    );
    const seen = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    t.diagnostic(`${details.numRuns} runs${details.interrupted ? ' (interrupted by the time limit)' : ''}; ${details.failed ? 'FAILED' : 'passed'}; statuses ${seen}`);
    // fast-check's own report prints the whole counterexample, which can be 20 KB of one letter.
    const replay = `seed ${details.seed}, path ${JSON.stringify(details.counterexamplePath)}`;
    assert.equal(details.failed, false, `${replay}: ${String(details.errorInstance).slice(0, 1_500)}`);
    assert.ok(details.numRuns > 0, 'the property ran at least once');
  }

  it('arbitrary paths (%, unicode, .., NUL, very long) with any method', (t) =>
    checkRequests(t, fc.tuple(fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE'), path), ([method, target]) => ({ method, target })));

  it('arbitrary query strings on every kind of route', (t) =>
    checkRequests(t, fc.tuple(fc.constantFrom(...routePrefixes, '/echo/k', '/items/1'), query, fc.boolean()), ([prefix, search, json]) => ({
      method: 'GET',
      target: `${prefix || '/'}?${search}`,
      headers: json ? { accept: 'application/json' } : undefined,
    })));

  it('arbitrary Accept, Content-Type and Cookie headers', (t) =>
    checkRequests(
      t,
      fc.record({
        method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE'),
        target: fc.constantFrom('/', '/about', '/status', '/items/1', '/files/a', '/notes', '/echo/k', '/nowhere'),
        accept: fc.option(accept, { nil: undefined }),
        type: fc.option(contentType, { nil: undefined }),
        cookie: fc.option(cookie, { nil: undefined }),
        body: fc.option(printable(40), { nil: undefined }),
      }),
      ({ method, target, accept: acceptValue, type, cookie: cookieValue, body }) => ({
        method,
        target,
        headers: {
          ...(acceptValue === undefined ? {} : { accept: acceptValue }),
          ...(type === undefined ? {} : { 'content-type': type }),
          ...(cookieValue === undefined ? {} : { cookie: cookieValue }),
        },
        body: body === undefined ? undefined : Buffer.from(body),
      }),
    ));

  const bodyCases: Array<[string, fc.Arbitrary<{ type: string; body: Uint8Array }>]> = [
    ['JSON-ish text', fc.tuple(fc.constantFrom('application/json', 'text/json', 'application/vnd.api+json', 'application/json; charset=latin1'), jsonBody).map(([type, body]) => ({ type, body: Buffer.from(body) }))],
    ['form strings', fc.tuple(fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8'), formBody).map(([type, body]) => ({ type, body: Buffer.from(body) }))],
    ['random bytes under any content type', fc.tuple(contentType, fc.uint8Array({ maxLength: 2_048 })).map(([type, body]) => ({ type, body }))],
    ['multipart-ish text', multipartBody.map(({ type, body }) => ({ type, body: Buffer.from(body) }))],
    ['text bodies', fc.tuple(fc.constantFrom('text/plain', 'text/html; charset=utf-8', 'application/xml', 'application/octet-stream'), fc.string({ unit: 'binary', maxLength: 200 })).map(([type, body]) => ({ type, body: Buffer.from(body) }))],
  ];
  for (const [name, arbitrary] of bodyCases) {
    it(`arbitrary bodies: ${name}`, (t) =>
      checkRequests(
        t,
        fc.record({ method: bodyMethod, target: bodyTarget, payload: arbitrary, origin: origin(app.port), json: fc.boolean(), chunked: fc.boolean() }),
        ({ method, target, payload, origin: originHeaders, json, chunked }) => ({
          method,
          target,
          headers: { 'content-type': payload.type, ...originHeaders, ...(json ? { accept: 'application/json' } : {}) },
          body: payload.body,
          chunked,
        }),
      ));
  }

  // Found by the header property: RFC 9110 §9.3.2 forbids content in an answer to HEAD, and node's
  // own client fails with "Data after `Connection: close`" on it.
  it('a HEAD refused before routing (431) carries no body', async () => {
    const raw = `HEAD / HTTP/1.1\r\nhost: 127.0.0.1\r\ncookie: _idx=${'A'.repeat(20_000)}\r\n\r\n`;
    const response = await sendRaw(app.port, raw, requestTimeoutMs);
    assert.equal(response.status, 431);
    assert.equal(response.body, '');
  });

  it('never reached the adapter\'s last-resort guard', () => {
    assert.deepEqual(app.logger.lines.filter((line) => line.includes('could not write the response')), []);
  });
});
