import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { it } from 'node:test';
import { createLogger } from '../../src/index.js';
function capture() {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk) => (text += chunk.toString()));
    return { stream, text: () => text };
}
const line = { id: 'k3Jx9a-1f', method: 'POST', path: '/notes', status: 302, ms: 1.5 };
it('json: one object per request with its fields, and one per message', async () => {
    const out = capture();
    const logger = createLogger({ format: 'json', destination: out.stream });
    logger.request(line);
    logger.warn('careful');
    await new Promise((r) => setImmediate(r));
    const [request, warning] = out.text().trim().split('\n').map((text) => JSON.parse(text));
    assert.deepEqual({ ...request, time: undefined }, { level: 30, time: undefined, ...line, msg: 'POST /notes 302 1.5ms (id k3Jx9a-1f)' });
    assert.equal(warning?.['level'], 40);
    assert.equal(warning?.['msg'], 'careful');
});
it('pretty: one readable line per request, without the repeated fields', async () => {
    const out = capture();
    createLogger({ format: 'pretty', destination: out.stream }).request(line);
    await new Promise((r) => setImmediate(r));
    assert.match(out.text(), /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: POST \/notes 302 1\.5ms \(id k3Jx9a-1f\)\n$/);
});
//# sourceMappingURL=logger.test.js.map