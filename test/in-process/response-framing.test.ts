import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import { sendRawBytes, splitResponses } from '../helpers/http.js';

const text = 'Grüße aus Köln: 3 × 4 € ✨';

/** Two requests in one write on one connection: the second must get its own, intact response. */
const pipelined = (path: string): string =>
  `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\nGET /ping HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`;

const files = {
  // A handler that computes the length in characters: wrong for any non-ASCII text.
  'app/api/wrong-length.mjs': `export async function get() {
    const text = ${JSON.stringify(text)};
    return { text, headers: { 'content-length': String(text.length) } };
  }`,
  // A handler that copies an upstream response's headers, framing and connection headers included.
  'app/api/proxied.mjs': `export async function get() {
    const upstream = { 'transfer-encoding': 'chunked', connection: 'keep-alive, upgrade', 'keep-alive': 'timeout=99', upgrade: 'h2c', 'x-upstream': 'yes' };
    return { json: { proxied: true }, headers: upstream };
  }`,
  'app/api/throws-framing.mjs': `import { HttpError } from 'uplift-html';
    export async function get() { throw new HttpError(409, 'conflict', { headers: { 'content-length': '1', 'transfer-encoding': 'chunked' } }) }`,
  'app/api/ping.mjs': `export async function get() { return { json: { pong: true } } }`,
};

describe('the framework owns response framing', async () => {
  const app = await serve(files, { dev: true });

  it('a handler-set content-length of text.length is replaced by the byte count; the pipelined request after it is answered', async () => {
    const [first, second, ...rest] = splitResponses(await sendRawBytes(app.port, pipelined('/wrong-length')));
    assert.equal(first?.status, 200);
    assert.equal(first?.headers['content-length'], String(Buffer.byteLength(text)));
    assert.equal(first?.body.toString('utf8'), text);
    assert.equal(second?.status, 200);
    assert.deepEqual(JSON.parse(second?.body.toString('utf8') ?? ''), { pong: true });
    assert.equal(rest.length, 0);
  });

  it('copied transfer-encoding, connection, keep-alive and upgrade headers are dropped; the pipelined request after it is answered', async () => {
    const [first, second, ...rest] = splitResponses(await sendRawBytes(app.port, pipelined('/proxied')));
    assert.equal(first?.status, 200);
    assert.equal(first?.headers['transfer-encoding'], undefined);
    assert.doesNotMatch(first?.headers['keep-alive'] ?? '', /99/);
    assert.equal(first?.headers['upgrade'], undefined);
    assert.notEqual(first?.headers['connection'], 'keep-alive, upgrade');
    assert.equal(first?.headers['x-upstream'], 'yes');
    assert.deepEqual(JSON.parse(first?.body.toString('utf8') ?? ''), { proxied: true });
    assert.deepEqual(JSON.parse(second?.body.toString('utf8') ?? ''), { pong: true });
    assert.equal(rest.length, 0);
  });

  it('framing headers on a thrown HttpError are dropped by the adapter too', async () => {
    const [first, second] = splitResponses(await sendRawBytes(app.port, pipelined('/throws-framing')));
    assert.equal(first?.status, 409);
    assert.equal(first?.headers['content-length'], String(first?.body.length));
    assert.equal(second?.status, 200);
  });

  it('warns in development, naming the handler file and export and the header', () => {
    const warnings = app.logger.lines.filter((line) => line.startsWith('warn:') && line.includes('Uplift drops'));
    assert.ok(warnings.some((line) => /wrong-length\.mjs: export "get" set the "content-length" header/.test(line)), warnings.join('\n'));
    for (const header of ['transfer-encoding', 'connection', 'keep-alive', 'upgrade']) {
      assert.ok(warnings.some((line) => line.includes('proxied.mjs') && line.includes(`"${header}"`)), header);
    }
  });
});

describe('framing in production: the same guarantees, without the warning', async () => {
  const app = await serve(files, { env: { NODE_ENV: 'production', ARC_APP_SECRET: 'framing-test-secret-of-enough-length!!' } });

  it('frames exactly and stays quiet', async () => {
    const [first, second] = splitResponses(await sendRawBytes(app.port, pipelined('/wrong-length')));
    assert.equal(first?.body.toString('utf8'), text);
    assert.equal(second?.status, 200);
    assert.deepEqual(app.logger.lines.filter((line) => line.includes('Uplift drops')), []);
  });
});
