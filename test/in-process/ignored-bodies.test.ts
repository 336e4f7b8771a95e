import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import { sendRawBytes, splitResponses } from '../helpers/http.js';

const limit = 1000;
const files = {
  'app/api/echo.mjs': `const show = (req) => ({ json: { method: req.method, body: req.body } });
    export const get = show; export const post = show; export const options = show;`,
  'app/pages/page.html': '<p>page</p>',
};

const request = (method: string, path: string, body: string, extra = ''): string =>
  `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: application/json\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;
const closing = 'GET /echo HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: application/json\r\nconnection: close\r\n\r\n';

describe('GET, HEAD and OPTIONS bodies are drained and ignored', async () => {
  const app = await serve(files, { bodyLimit: limit });

  it('a GET or OPTIONS handler sees {} for a body, and the next request on the connection is answered', async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const raw = request(method, '/echo', '{"admin":true}') + closing;
      const [first, second] = splitResponses(await sendRawBytes(app.port, raw));
      assert.deepEqual(JSON.parse(first?.body.toString() ?? ''), { method, body: {} }, method);
      assert.deepEqual(JSON.parse(second?.body.toString() ?? ''), { method: 'GET', body: {} });
    }
    const [posted] = splitResponses(await sendRawBytes(app.port, request('POST', '/echo', '{"admin":true}', 'connection: close\r\n')));
    assert.deepEqual(JSON.parse(posted?.body.toString() ?? ''), { method: 'POST', body: { admin: true } });
  });

  it('a body that is not even valid for its content type is not parsed (no 400)', async () => {
    const [response] = splitResponses(await sendRawBytes(app.port, request('GET', '/page', '{not json', 'connection: close\r\n')));
    assert.equal(response?.status, 200);
    const [head] = splitResponses(await sendRawBytes(app.port, request('HEAD', '/echo', '\u0000\u00ff', 'connection: close\r\n')));
    assert.equal(head?.status, 200);
  });

  it('a GET body over the limit is a 413 and the connection is closed, declared or chunked', async () => {
    const [declared, ...afterDeclared] = splitResponses(await sendRawBytes(app.port, request('GET', '/page', 'x'.repeat(limit + 1)) + closing));
    assert.equal(declared?.status, 413);
    assert.equal(declared?.headers['connection'], 'close');
    assert.equal(afterDeclared.length, 0);
    const chunk = 'x'.repeat(600);
    const chunked = `GET /page HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\n258\r\n${chunk}\r\n258\r\n${chunk}\r\n0\r\n\r\n`;
    const [streamed] = splitResponses(await sendRawBytes(app.port, chunked));
    assert.equal(streamed?.status, 413);
  });
});

describe('Expect: 100-continue', async () => {
  const app = await serve(files, { bodyLimit: limit });
  const expecting = (length: number, method = 'POST'): string =>
    `${method} /echo HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: application/json\r\ncontent-type: text/plain\r\ncontent-length: ${length}\r\nexpect: 100-continue\r\n\r\n`;

  it('a declared length over the limit gets 413 at once, without 100 Continue', async () => {
    for (const method of ['POST', 'GET']) {
      const bytes = await sendRawBytes(app.port, expecting(limit + 1, method), 2000);
      const responses = splitResponses(bytes);
      assert.deepEqual(responses.map((response) => response.status), [413], `${method}: ${bytes.toString('latin1').slice(0, 120)}`);
    }
  });

  it('a body within the limit is invited with 100 Continue', async () => {
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      import('node:net').then(({ connect }) => {
        const socket = connect(app.port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (chunk) => {
          chunks.push(chunk);
          if (Buffer.concat(chunks).toString('latin1').startsWith('HTTP/1.1 100 Continue\r\n\r\n') && chunks.length === 1) socket.write('hello');
        });
        socket.on('error', reject);
        socket.on('close', () => resolve(Buffer.concat(chunks)));
        socket.write(expecting(5).replace('\r\n\r\n', '\r\nconnection: close\r\n\r\n'));
      }, reject);
    });
    assert.deepEqual(splitResponses(bytes).map((response) => response.status), [100, 200]);
  });
});
