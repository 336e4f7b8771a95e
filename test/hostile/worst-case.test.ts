import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { createApp } from '../../src/index.js';
import { enhance } from '../../src/ssr/enhance.js';
import { escapeAttribute, escapeCssValue, escapeJsString, escapeJsonScript, escapeText, filterAttributeName, isDangerousUrl } from '../../src/ssr/strings/escape.js';
import { createRegistry, splitTokens } from '../../src/ssr/markup/tokens.js';
import { isCustomElementName } from '../../src/ssr/parse/names.js';
import { stripPlaceholders } from '../../src/ssr/parse/markers.js';
import { readPairs } from '../../src/body/parsers/pairs.js';
import { parseMediaType } from '../../src/http/media-type.js';
import { prefersJson } from '../../src/http/negotiate.js';
import { readCookie } from '../../src/cookies/parse-cookies.js';
import { parseRequestTarget } from '../../src/request/request-target.js';
import { parseQuery } from '../../src/request/parse-query.js';
import { checkCsrf } from '../../src/security/csrf.js';
import { parseBody } from '../../src/body/parse-body.js';
import { captureLogger, tmpApp } from '../helpers/app.js';
import { rawGet, sendRaw } from '../helpers/http.js';

/**
 * One request must never freeze the server. Every function that reads request-controlled text
 * (bodies, headers, query, cookies, path, store strings in a render) gets 1 MB of its worst
 * characters, in process and over HTTP, while a stream of light requests measures how long the
 * server keeps them waiting. A quadratic step turns 1 MB into 10^12 operations, minutes at the
 * least; linear work on 1 MB takes milliseconds, and under 150 ms even on the shared 2-core machine
 * with other test files running. The budget sits far from both (a second), so load cannot fail a
 * linear step and nothing super-linear passes. Each probe takes the best of up to five.
 */
const MB = 1 << 20;
const budgetMs = 1000;
const fill = (pattern: string, size = MB): string => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);

const files = {
  'app/api/ping.mjs': `export async function get() { return { json: { pong: true } } }`,
  'app/api/echo.mjs': `export async function post(req) {
    const keys = req.body !== null && typeof req.body === 'object' ? Object.keys(req.body).length : 0;
    return { json: { type: typeof req.body, keys } };
  }`,
  // The note holds special characters, so rendering it consults the untrusted-string set, which
  // walks every request value (body, query, User-Agent, Referer) first.
  'app/api/page.mjs': `export async function get(req) { return { json: { q: req.query.q ?? '', keys: Object.keys(req.query), note: 'Fish & "chips" <3' } } }`,
  'app/elements/show-query.mjs': `export default function ShowQuery({ html, state }) {
    return html\`<p title="\${state.store.note}">\${state.store.note}</p><p title="\${state.store.q}">\${state.store.q}</p><ul>\${state.store.keys.map((k) => \`<li class="\${k}">\${k}</li>\`).join('')}</ul>\`;
  }`,
  'app/pages/page.html': '<show-query></show-query>',
};

const app = await createApp({ root: await tmpApp(files), logger: captureLogger(), env: { ARC_APP_SECRET: 'worst-case-secret-of-enough-length!!!' } });
// Node's 16 KB header limit would refuse 1 MB headers before any of our code saw them.
const server = createServer({ maxHeaderSize: 4 * MB, requestTimeout: 30_000 }, app.handler);
server.on('checkContinue', app.checkContinue);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
after(() => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
}));

/** The slowest of light requests sent one after another while `heavy` runs. */
async function slowestAnswerDuring(heavy: () => unknown): Promise<number> {
  let done = false;
  let slowest = 0;
  const pings = (async () => {
    do {
      const started = performance.now();
      const response = await rawGet(port, '/ping', { accept: 'application/json' });
      assert.equal(response.status, 200);
      slowest = Math.max(slowest, performance.now() - started);
    } while (!done);
  })();
  // Let the first ping leave, so synchronous work blocks a request already in flight.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    await heavy();
  } finally {
    done = true;
  }
  await pings;
  return slowest;
}

async function assertNeverFreezes(label: string, heavy: () => unknown): Promise<void> {
  let best = Infinity;
  for (let attempt = 0; attempt < 5 && best >= budgetMs; attempt++) best = Math.min(best, await slowestAnswerDuring(heavy));
  assert.ok(best < budgetMs, `${label}: a concurrent request waited ${best.toFixed(0)} ms`);
}

const head = (lines: string): string => `GET /page HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: text/html\r\nconnection: close\r\n${lines}\r\n`;
const post = (type: string, body: string, extra = ''): Buffer => {
  const bytes = Buffer.from(body);
  return Buffer.concat([
    Buffer.from(`POST /echo HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: application/json\r\nconnection: close\r\ncontent-type: ${type}\r\ncontent-length: ${bytes.length}\r\n${extra}\r\n`),
    bytes,
  ]);
};

/** Requests carrying 1 MB of worst-case characters, each with the status it must get. */
const requests: ReadonlyArray<[string, string | Buffer, number]> = [
  ['GET page with a 1 MB text/plain body of quotes (drained, ignored)', Buffer.concat([Buffer.from(head(`content-type: text/plain\r\ncontent-length: ${MB}\r\n`)), Buffer.from(fill('"'))]), 200],
  ['GET page with a 1 MB User-Agent of quotes and Referer of tag openers', head(`user-agent: ${fill('"')}\r\nreferer: ${fill(`<a "'=`)}\r\n`), 200],
  ['GET page with an 8 KB query of quotes and tags', `GET /page?q=${fill('%22%3Ca%20x%3D', 6000)}&${fill('k=%22&', 1500)} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`, 200],
  ['GET page with a 1 MB query', `GET /page?${fill('a=%22&')} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`, 414],
  ['GET a 1 MB path of backslashes and dot segments', `GET /${fill('..\\')} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`, 414],
  ['GET page with a 1 MB Cookie of pairs', head(`cookie: ${fill('_idx=a;')}\r\n`), 200],
  ['GET page with a 1 MB Cookie without separators', head(`cookie: _idx${fill('=')}\r\n`), 200],
  ['GET page with a 1 MB Accept of semicolons', head(`accept-language: x\r\naccept: ${fill(';')}\r\n`).replace('accept: text/html\r\n', ''), 200],
  ['GET page with a 1 MB Accept of quotes and escapes', head(`accept: text/html;q="${fill('\\"')}"\r\n`).replace('accept: text/html\r\n', ''), 200],
  ['POST JSON nested 512 K deep', post('application/json', fill('[', MB / 2) + fill(']', MB / 2)), 400],
  ['POST JSON of 1 MB escapes', post('application/json', `"${fill('\\u0000', MB - 16)}"`), 200],
  ['POST JSON of constructor keys', post('application/json', `{${'"constructor":{"prototype":1},'.repeat(MB / 32)}"a":1}`), 200],
  ['POST form of 1 MB bad escapes', post('application/x-www-form-urlencoded', fill('a=%&')), 400],
  ['POST form of one 1 MB value of escapes and pluses', post('application/x-www-form-urlencoded', `a=${fill('%2+', MB - 10)}`), 200],
  ['POST multipart of 1 MB boundary fragments', post('multipart/form-data; boundary=XyZ', `--XyZ\r\ncontent-disposition: form-data; name="a"\r\n\r\n${fill('\r\n--Xy', MB - 1000)}\r\n--XyZ--\r\n`), 200],
  ['POST text with a 1 MB content-type of escaped quotes', post(`text/plain; a="${fill('\\"')}"`, 'hi'), 200],
  ['POST form with a 1 MB Origin', post('application/x-www-form-urlencoded', 'a=1', `origin: http://${fill('a.')}\r\n`), 403],
  ['POST form with a 1 MB Host', post('application/x-www-form-urlencoded', 'a=1', `origin: http://x\r\n`).toString('latin1').replace('host: 127.0.0.1', `host: ${fill('a')}!`), 403],
];

describe('no request can stall the event loop: 1 MB of the worst characters over HTTP', () => {
  for (const [label, raw, status] of requests) {
    it(label, async () => {
      await assertNeverFreezes(label, async () => {
        const response = await sendRaw(port, raw, 20_000);
        assert.equal(response.status, status, response.body.slice(0, 200));
      });
    });
  }
});

async function* chunks(data: Buffer): AsyncIterable<Uint8Array> {
  yield data;
}

/** Each function that reads request-controlled text, on 1 MB of its worst characters. */
const functions: ReadonlyArray<[string, () => unknown]> = [
  ['escape for text: quotes, tags and ampersands', () => escapeText(fill(`<>&"'`))],
  ['escape for an attribute value', () => escapeAttribute(fill(`"'<&=`))],
  ['escape inside a JS string: quotes, backslashes, </script', () => escapeJsString(fill(`\\'"</script<!--`))],
  ['escape for a JSON script', () => escapeJsonScript(fill('</script<!--\u2028'))],
  ['escape for a CSS value: semicolons, braces, comments', () => escapeCssValue(fill(';}{/*\\'))],
  ['attribute name from data', () => filterAttributeName(fill('a"= '))],
  ['URL check: a scheme made of controls and colons', () => isDangerousUrl(`${fill('\t\n j')}avascript:`)],
  ['markup tokens: data full of stray token characters', () => splitTokens(createRegistry(), fill('\uE000\uE001x'))],
  ['custom element name of dashes', () => isCustomElementName(`a${fill('-')}!`)],
  ['placeholder strip of start markers', () => stripPlaceholders(fill('\uE002'))],
  ['full render: store strings of quotes, tags and markers', () => {
    const html = enhance({
      initialState: { quotes: fill('"'), tags: fill("<a '=", MB), markers: fill('\uE002\x01'), title: 'Hi "there"' },
      elements: { 'my-page': ({ html: tag, state }: { html: (s: TemplateStringsArray, ...v: unknown[]) => string; state: { store: Record<string, string> } }) => tag`<h1 title="${state.store.title}">${state.store.title}</h1><slot name="x"><b title="${fill(' ', 4096)}" ></b></slot>` },
    });
    return html`<my-page></my-page>`;
  }],
  ['query pairs of bad escapes', () => readPairs(fill('a=%&'), 0, 1000, () => undefined)],
  ['query string over the limit', () => assert.throws(() => parseQuery(fill('a=%22&')), /over the 65536-character limit/)],
  ['media type with escaped quotes', () => parseMediaType(`text/plain; a="${fill('\\"')}"`)],
  ['media type of semicolons', () => parseMediaType(`text/plain${fill(';')}`)],
  ['Accept of quotes', () => prefersJson(fill('"'), undefined)],
  ['Accept of commas and semicolons', () => prefersJson(fill(',;'), 'application/json')],
  ['session cookie look-up in 1 MB of pairs', () => readCookie(fill('a=b;'), '_idx')],
  ['request target of encoded dot segments', () => assert.throws(() => parseRequestTarget(`/${fill('%2e/')}`, 2 * MB), /"\." or "\.\." segment/)],
  ['request target of backslashes', () => assert.throws(() => parseRequestTarget(`/${fill('\\.')}`, 2 * MB), /backslash/)],
  ['CSRF check of a 1 MB Host and Origin', () => checkCsrf({ method: 'POST', headers: { host: `${fill('a')}!`, origin: `http://${fill('a')}` }, secure: false })],
  ['body parser: JSON nested in strings', () => parseBody({ 'content-type': 'application/json' }, chunks(Buffer.from(`{"a":"${fill('[{')}"}`)), { limit: 2 * MB })],
];

describe('no request can stall the event loop: 1 MB of the worst characters per function', () => {
  for (const [label, run] of functions) {
    it(label, async () => {
      await assertNeverFreezes(label, run);
    });
  }
});
