import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { startApp, tmpApp } from '../helpers/app.js';
import { rawGet, sendRaw } from '../helpers/http.js';
import { hostileApp } from './app-files.js';
import { corpusSecret, hostileCases } from './cases.js';

// A stack frame ("    at fn (file.js:1:2)") or a file path in a response is a leak.
const stackTrace = /\n\s+at .+[:(]\d+:\d+|\.mjs:\d+|node:internal/;

describe(`hostile corpus: ${hostileCases.length} requests in production mode`, async () => {
  const root = await tmpApp(hostileApp);
  const app = await startApp(root, { env: { NODE_ENV: 'production', ARC_APP_SECRET: corpusSecret } }, {
    headersTimeout: 1000,
    requestTimeout: 2000,
  });
  const unexpected: string[] = [];

  for (const hostile of hostileCases) {
    it(`${hostile.name} → ${hostile.expect}`, async () => {
      const response = await sendRaw(app.port, hostile.raw, 5000);
      if (response.status !== hostile.expect) unexpected.push(`${hostile.name}: ${response.status}`);
      assert.equal(response.status, hostile.expect, response.body.slice(0, 300));
      assert.doesNotMatch(response.body, stackTrace);
      assert.doesNotMatch(response.body, /hunter2/);
      for (const name of [hostile.absentHeader ?? []].flat()) assert.equal(response.headers[name], undefined, name);
      // The server is still up after every case.
      assert.equal((await rawGet(app.port, '/echo', { accept: 'application/json' })).status, 200);
    });
  }

  it('left Object.prototype untouched', async () => {
    const response = await rawGet(app.port, '/probe', { accept: 'application/json' });
    assert.deepEqual(JSON.parse(response.body), { polluted: false });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('times out a client that never finishes its headers (slowloris) with 408', async () => {
    const response = await sendRaw(app.port, 'GET /echo HTTP/1.1\r\nhost: x\r\nx-slow: 1\r\n', 5000);
    assert.equal(response.status, 408);
  });

  it('closes a connection whose body never arrives', async () => {
    const started = Date.now();
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(app.port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('error', () => undefined);
      // The give-up timer is cleared once the server closes, or it would hold the process 8 s.
      const giveUp = setTimeout(() => socket.destroy(), 8000);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve(data);
      });
      socket.write('POST /echo HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\nabc');
    });
    assert.ok(Date.now() - started < 7500, 'the server closed it before the test gave up');
    assert.ok(closed === '' || /^HTTP\/1\.1 (408|400)/.test(closed), closed.slice(0, 80));
  });

  it('logged every 500 with an id and never crashed the process', () => {
    assert.deepEqual(unexpected, []);
    const lastResort = app.logger.lines.filter((line) => line.includes('could not write the response'));
    assert.deepEqual(lastResort, []);
  });
});
