import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { parseBody } from '../../src/body/parse-body.js';
import { readBody } from '../../src/body/read-body.js';
import { HttpError, UpliftError } from '../../src/common/errors.js';
/** Yields each chunk as bytes, the way a request stream would. */
async function* streamOf(chunks) {
    for (const chunk of chunks)
        yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
/** A stream that fails after its first chunk, like an aborted upload. */
async function* failingStream() {
    yield Buffer.from('{"a":');
    throw new Error('socket hang up');
}
/** Builds a multipart/form-data body. Each part is its header lines and its content. */
function multipart(parts, boundary = 'b0und') {
    const pieces = [];
    for (const part of parts) {
        pieces.push(Buffer.from(`--${boundary}\r\n${part.headers.join('\r\n')}\r\n\r\n`));
        pieces.push(Buffer.from(part.content));
        pieces.push(Buffer.from('\r\n'));
    }
    pieces.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(pieces);
}
const field = (name, value) => ({
    headers: [`Content-Disposition: form-data; name="${name}"`],
    content: value,
});
const file = (name, filename, content, type = 'text/plain') => ({
    headers: [`Content-Disposition: form-data; name="${name}"; filename="${filename}"`, `Content-Type: ${type}`],
    content,
});
const mpType = 'multipart/form-data; boundary=b0und';
const json = 'application/json';
const form = 'application/x-www-form-urlencoded';
const fields = (count) => Array.from({ length: count }, (_, i) => `f${i}=${i}`).join('&');
const fieldObject = (count) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, String(i)]));
const threeFiles = multipart([file('a', '1.txt', 'x'), file('b', '2.txt', 'y'), file('c', '3.txt', 'z')]);
const uploaded = (filename, content, type = 'text/plain') => ({
    filename,
    type,
    size: Buffer.byteLength(content),
    data: Buffer.from(content),
});
const rows = [
    // JSON
    { name: 'json object', headers: { 'content-type': json }, body: ['{"a":1,"b":[true,null]}'], expected: { a: 1, b: [true, null] } },
    { name: 'json utf-8 charset', headers: { 'content-type': 'application/json; charset=utf-8' }, body: ['{"a":"é"}'], expected: { a: 'é' } },
    { name: 'json quoted UTF8 charset', headers: { 'content-type': 'application/json;charset="UTF8"' }, body: ['{"a":2}'], expected: { a: 2 } },
    { name: 'json latin1 charset', headers: { 'content-type': 'application/json; charset=latin1' }, body: ['{}'], status: 415, message: /charset "latin1"/ },
    { name: 'text/json', headers: { 'content-type': 'text/json' }, body: ['{"t":1}'], expected: { t: 1 } },
    { name: 'vnd.api+json', headers: { 'content-type': 'application/vnd.api+json' }, body: ['{"data":[]}'], expected: { data: [] } },
    { name: 'upper-case type', headers: { 'content-type': 'Application/JSON' }, body: ['[1]'], expected: [1] },
    { name: 'json null gives {}', headers: { 'content-type': json }, body: ['null'], expected: {} },
    { name: 'json false gives {}', headers: { 'content-type': json }, body: ['false'], expected: {} },
    { name: 'json 0 gives {}', headers: { 'content-type': json }, body: ['0'], expected: {} },
    { name: 'json truthy scalar kept', headers: { 'content-type': json }, body: ['42'], expected: 42 },
    { name: 'json array', headers: { 'content-type': json }, body: ['[1,"2",{"x":3}]'], expected: [1, '2', { x: 3 }] },
    { name: 'json malformed', headers: { 'content-type': json }, body: ['{"a":}'], status: 400, message: /^Malformed JSON body: Unexpected token/ },
    { name: 'json truncated', headers: { 'content-type': json }, body: ['{"a":1'], status: 400, message: /^Malformed JSON body: .*position 6/ },
    { name: 'json invalid utf-8', headers: { 'content-type': json }, body: [Buffer.from([0x22, 0xff, 0x22])], status: 400, message: /not valid UTF-8/ },
    { name: 'json with BOM', headers: { 'content-type': json }, body: ['\uFEFF{"bom":true}'], expected: { bom: true } },
    { name: 'json one byte per chunk', headers: { 'content-type': json }, body: [...'{"é":"ü"}'].flatMap((c) => [...Buffer.from(c)].map((b) => Buffer.from([b]))), expected: { é: 'ü' } },
    { name: 'json __proto__ removed at depth', headers: { 'content-type': json }, body: ['{"a":1,"__proto__":{"x":1},"n":{"__proto__":{"y":1},"k":2}}'], expected: { a: 1, n: { k: 2 } } },
    { name: 'json constructor.prototype removed', headers: { 'content-type': json }, body: ['{"constructor":{"prototype":{"x":1}},"ok":true}'], expected: { ok: true } },
    { name: 'json plain constructor/prototype keys dropped', headers: { 'content-type': json }, body: ['[{"constructor":"c","prototype":"p","v":1}]'], expected: [{ v: 1 }] },
    { name: 'json escaped unsafe keys dropped', headers: { 'content-type': json }, body: ['{"\\u005f_proto__":{"x":1},"\\u0063onstructor":1,"v":"\\u00e9"}'], expected: { v: 'é' } },
    // urlencoded
    { name: 'form fields and repeats', headers: { 'content-type': form }, body: ['a=1&b=2&b=3'], expected: { a: '1', b: ['2', '3'] } },
    { name: 'form decoding', headers: { 'content-type': `${form}; charset=UTF-8` }, body: ['q=x+y%20z&e=%C3%A9&k%2B=%2B'], expected: { q: 'x y z', e: 'é', 'k+': '+' } },
    { name: 'form invalid escapes kept', headers: { 'content-type': form }, body: ['a=%zz&b=100%&c=%E9+x'], expected: { a: '%zz', b: '100%', c: '%E9 x' } },
    { name: 'form empty pairs and bare names', headers: { 'content-type': form }, body: ['a&&b=&=v'], expected: { a: '', b: '', '': 'v' } },
    { name: 'form unsafe names dropped', headers: { 'content-type': form }, body: ['__proto__=1&constructor=2&prototype=3&ok=4&__proto__[x]=5'], expected: { ok: '4', '__proto__[x]': '5' } },
    { name: 'form names shadowing Object methods', headers: { 'content-type': form }, body: ['toString=x&hasOwnProperty=y&hasOwnProperty=z'], expected: { toString: 'x', hasOwnProperty: ['y', 'z'] } },
    { name: 'form exactly 1000 fields', headers: { 'content-type': form }, body: [fields(1000)], expected: fieldObject(1000) },
    { name: 'form 1001 fields', headers: { 'content-type': form }, body: [fields(1001)], status: 400, message: /more than 1000 fields/ },
    { name: 'form maxFields option', headers: { 'content-type': form }, body: ['a=1&b=2&c=3'], options: { maxFields: 2 }, status: 400, message: /more than 2 fields.*maxFields/ },
    { name: 'form invalid utf-8 bytes', headers: { 'content-type': form }, body: [Buffer.from([0x61, 0x3d, 0xe9])], status: 400, message: /not valid UTF-8/ },
    // multipart
    { name: 'multipart field and file', headers: { 'content-type': mpType }, body: [multipart([field('title', 'Hi'), file('doc', 'a.txt', 'hello')])], expected: { title: 'Hi', doc: uploaded('a.txt', 'hello') } },
    { name: 'multipart repeats keep order', headers: { 'content-type': mpType }, body: [multipart([file('x', '1.bin', 'one'), field('x', 'two'), file('x', '3.bin', 'three')])], expected: { x: [uploaded('1.bin', 'one'), 'two', uploaded('3.bin', 'three')] } },
    { name: 'multipart utf-8 filename and binary', headers: { 'content-type': mpType }, body: [multipart([file('f', 'résumé.pdf', Buffer.from([0, 255, 13, 10]), 'application/pdf')])], expected: { f: { filename: 'résumé.pdf', type: 'application/pdf', size: 4, data: Buffer.from([0, 255, 13, 10]) } } },
    { name: 'multipart empty file input', headers: { 'content-type': mpType }, body: [multipart([file('f', '', '', 'application/octet-stream')])], expected: { f: uploaded('', '', 'application/octet-stream') } },
    { name: 'multipart part without name dropped', headers: { 'content-type': mpType }, body: [multipart([{ headers: ['Content-Disposition: form-data'], content: 'x' }, field('k', 'v')])], expected: { k: 'v' } },
    { name: 'multipart unsafe names dropped', headers: { 'content-type': mpType }, body: [multipart([field('__proto__', 'x'), file('constructor', 'c.txt', 'c'), field('prototype', 'p'), field('ok', '1')])], expected: { ok: '1' } },
    { name: 'multipart split into tiny chunks', headers: { 'content-type': mpType }, body: [...multipart([field('a', 'b')])].map((byte) => Buffer.from([byte])), expected: { a: 'b' } },
    { name: 'multipart missing boundary', headers: { 'content-type': 'multipart/form-data' }, body: [multipart([field('a', 'b')])], status: 400, message: /Boundary not found/ },
    { name: 'multipart truncated mid-file', headers: { 'content-type': mpType }, body: [multipart([file('f', 'a.txt', 'hello world')]).subarray(0, 100)], status: 400, message: /^Malformed multipart\/form-data body: Unexpected end of/ },
    { name: 'multipart without closing boundary', headers: { 'content-type': mpType }, body: ['--b0und\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n'], status: 400, message: /Unexpected end of form/ },
    { name: 'multipart garbage', headers: { 'content-type': mpType }, body: ['this is not multipart'], status: 400, message: /Malformed multipart/ },
    { name: 'multipart malformed part header', headers: { 'content-type': mpType }, body: [`--b0und\r\n${'x'.repeat(20_000)}\r\n\r\nv\r\n--b0und--\r\n`], status: 400, message: /Malformed part header/ },
    { name: 'multipart exactly maxFiles', headers: { 'content-type': mpType }, body: [threeFiles], options: { maxFiles: 3 }, expected: { a: uploaded('1.txt', 'x'), b: uploaded('2.txt', 'y'), c: uploaded('3.txt', 'z') } },
    { name: 'multipart over maxFiles', headers: { 'content-type': mpType }, body: [threeFiles], options: { maxFiles: 2 }, status: 413, message: /more than 2 files.*maxFiles/ },
    { name: 'multipart over default 10 files', headers: { 'content-type': mpType }, body: [multipart(Array.from({ length: 11 }, (_, i) => file(`f${i}`, `${i}.txt`, 'x')))], status: 413, message: /more than 10 files/ },
    { name: 'multipart over maxFields', headers: { 'content-type': mpType }, body: [multipart([field('a', '1'), field('b', '2')])], options: { maxFields: 1 }, status: 413, message: /more than 1 fields.*maxFields/ },
    { name: 'multipart exactly maxParts', headers: { 'content-type': mpType }, body: [multipart([field('a', '1'), field('b', '2')])], options: { maxParts: 2 }, expected: { a: '1', b: '2' } },
    { name: 'multipart over maxParts', headers: { 'content-type': mpType }, body: [multipart([field('a', '1'), field('b', '2'), field('c', '3')])], options: { maxParts: 2 }, status: 413, message: /more than 2 parts.*maxParts/ },
    // text and binary
    { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: ['héllo ', 'world'], expected: 'héllo world' },
    { name: 'text/csv with charset', headers: { 'content-type': 'text/csv; charset=utf-8' }, body: ['a,b\n1,2'], expected: 'a,b\n1,2' },
    { name: 'application/xml', headers: { 'content-type': 'application/xml' }, body: ['<a>1</a>'], expected: '<a>1</a>' },
    { name: 'text invalid utf-8', headers: { 'content-type': 'text/plain' }, body: [Buffer.from([0xc3, 0x28])], status: 400, message: /not valid UTF-8 \(text\/plain\)/ },
    { name: 'text latin1 charset', headers: { 'content-type': 'text/plain; charset=ISO-8859-1' }, body: ['x'], status: 415, message: /Encode the body as UTF-8/ },
    { name: 'octet-stream', headers: { 'content-type': 'application/octet-stream' }, body: [Buffer.from([0, 1]), Buffer.from([255])], expected: { base64: 'AAH/' } },
    // headers, emptiness, limits
    { name: 'no content-type', body: ['abc'], expected: { base64: 'YWJj' } },
    { name: 'another type', headers: { 'content-type': 'image/png' }, body: ['abc'], expected: { base64: 'YWJj' } },
    { name: 'malformed content-type', headers: { 'content-type': ';;;' }, body: ['abc'], status: 400, message: /^Malformed content-type header ";;;"/ },
    { name: 'content-type without subtype', headers: { 'content-type': 'json' }, body: ['{}'], status: 400, message: /expected type\/subtype/ },
    { name: 'huge content-type is cut in the message', headers: { 'content-type': 'x'.repeat(5000) }, body: ['a'], status: 400, message: /^Malformed content-type header "x{100}…"/ },
    { name: 'gzip content-encoding', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: ['\x1f\x8b'], status: 415, message: /Content-Encoding "gzip" is not supported/ },
    { name: 'identity content-encoding', headers: { 'content-type': json, 'content-encoding': 'identity' }, body: ['{"i":1}'], expected: { i: 1 } },
    { name: 'null body', headers: { 'content-type': json }, body: null, expected: {} },
    { name: 'zero bytes with json type', headers: { 'content-type': json }, body: [], expected: {} },
    { name: 'zero bytes without content-type', body: [new Uint8Array(0)], expected: {} },
    { name: 'content-length 0 with unknown type', headers: { 'content-type': 'image/png', 'content-length': '0' }, body: [], expected: {} },
    { name: 'malformed content-length', headers: { 'content-type': json, 'content-length': '12abc' }, body: ['{}'], status: 400, message: /Malformed content-length header "12abc"/ },
    { name: 'body shorter than content-length', headers: { 'content-type': json, 'content-length': '10' }, body: ['{}'], status: 400, message: /is 2 bytes but its content-length declares 10/ },
    { name: 'body at the limit', headers: { 'content-type': 'text/plain' }, body: ['12345', '67890'], options: { limit: 10 }, expected: '1234567890' },
    { name: 'body over the limit', headers: { 'content-type': 'text/plain' }, body: ['12345', '678901'], options: { limit: 10 }, status: 413, message: /over the 10-byte limit.*`bodyLimit` option/ },
    { name: 'declared length over the limit', headers: { 'content-type': json, 'content-length': '11' }, body: ['{"a":"xxx"}'], options: { limit: 10 }, status: 413, message: /content-length declares 11 bytes/ },
    { name: 'limit 0 refuses any byte', headers: { 'content-type': json }, body: ['1'], options: { limit: 0 }, status: 413, message: /0-byte limit/ },
    { name: 'multipart over the byte limit', headers: { 'content-type': mpType }, body: [multipart([file('f', 'big.bin', 'x'.repeat(2000))])], options: { limit: 1000 }, status: 413, message: /1000-byte limit/ },
];
async function outcome(row) {
    return parseBody(row.headers ?? {}, row.body === null ? null : streamOf(row.body), row.options);
}
describe('parseBody table', () => {
    for (const row of rows) {
        test(row.name, async () => {
            if (row.status === undefined) {
                assert.deepStrictEqual(await outcome(row), row.expected);
                return;
            }
            await assert.rejects(outcome(row), (error) => {
                assert.ok(error instanceof HttpError, `expected HttpError, got ${String(error)}`);
                assert.equal(error.status, row.status);
                assert.match(error.message, row.message ?? /./);
                return true;
            });
        });
    }
});
describe('result objects', () => {
    const hostile = rows.filter((row) => /unsafe|__proto__|constructor/.test(row.name));
    test('hostile keys leave Object.prototype untouched', async () => {
        const before = Object.getOwnPropertyNames(Object.prototype).sort();
        for (const row of hostile)
            await outcome(row);
        await outcome({ name: 'form brackets', headers: { 'content-type': form }, body: ['__proto__.polluted=1&a[__proto__][polluted]=1'] });
        assert.deepStrictEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
        assert.equal({}['polluted'], undefined);
        assert.equal({}['x'], undefined);
    });
    test('form, multipart and JSON results are plain {} objects', async () => {
        const bodies = [
            { name: 'form', headers: { 'content-type': form }, body: ['a=1'] },
            { name: 'multipart', headers: { 'content-type': mpType }, body: [multipart([field('a', '1')])] },
            { name: 'json', headers: { 'content-type': json }, body: ['{"a":1}'] },
        ];
        for (const row of bodies) {
            const value = await outcome(row);
            assert.equal(Object.getPrototypeOf(value), Object.prototype, row.name);
            assert.deepStrictEqual(Object.keys(value), ['a'], row.name);
        }
    });
});
describe('streaming limits', () => {
    /** A 100 MB body in 64 KiB chunks that counts how many chunks were pulled and whether it was closed. */
    function hugeBody() {
        let pulled = 0;
        let closed = false;
        const chunk = new Uint8Array(65_536).fill(0x61);
        async function* generate() {
            try {
                for (let i = 0; i < 1600; i++) {
                    pulled++;
                    yield chunk;
                }
            }
            finally {
                closed = true;
            }
        }
        return { body: generate(), pulled: () => pulled, closed: () => closed };
    }
    test('a 100 MB body is refused after little more than the limit', async () => {
        const huge = hugeBody();
        await assert.rejects(parseBody({ 'content-type': 'text/plain' }, huge.body), { status: 413 });
        // 1 MiB is 16 chunks; the 17th passes the limit.
        assert.equal(huge.pulled(), 17);
        assert.equal(huge.closed(), true);
    });
    test('a declared content-length over the limit is refused before reading', async () => {
        const huge = hugeBody();
        const headers = { 'content-type': 'text/plain', 'content-length': String(100 * 1024 * 1024) };
        await assert.rejects(parseBody(headers, huge.body), { status: 413, message: /declares 104857600 bytes/ });
        assert.equal(huge.pulled(), 0);
    });
    test('an unsupported charset is refused after peeking one chunk', async () => {
        const huge = hugeBody();
        await assert.rejects(parseBody({ 'content-type': 'text/plain; charset=latin1' }, huge.body), { status: 415 });
        assert.equal(huge.pulled(), 1);
        assert.equal(huge.closed(), true);
    });
    test('a 100 MB multipart upload is refused after little more than the limit', async () => {
        const huge = hugeBody();
        await assert.rejects(parseBody({ 'content-type': mpType }, huge.body, { limit: 200_000 }), { status: 413 });
        assert.equal(huge.pulled(), 4);
    });
    test('an aborted stream becomes a 400 with the cause kept', async () => {
        await assert.rejects(parseBody({ 'content-type': json }, failingStream()), (error) => {
            assert.ok(error instanceof HttpError);
            assert.equal(error.status, 400);
            assert.match(error.message, /could not be read: socket hang up/);
            assert.equal(error.cause.message, 'socket hang up');
            return true;
        });
    });
    test('an aborted multipart stream settles with a 400', async () => {
        async function* abortedUpload() {
            yield multipart([file('f', 'a.txt', 'hello')]).subarray(0, 60);
            throw new Error('aborted');
        }
        await assert.rejects(parseBody({ 'content-type': mpType }, abortedUpload()), { status: 400 });
    });
    test('readBody returns the exact bytes across chunks', async () => {
        const bytes = await readBody(streamOf(['ab', new Uint8Array([0, 255]), 'c']), 5, 5);
        assert.deepStrictEqual(bytes, Buffer.from([0x61, 0x62, 0, 255, 0x63]));
    });
    test('readBody refuses a body longer than its content-length', async () => {
        await assert.rejects(readBody(streamOf(['abcd']), 10, 3), { status: 400, message: /is 4 bytes but its content-length declares 3/ });
    });
    test('invalid options are an UPLIFT_CONFIG error naming the option', async () => {
        for (const options of [{ limit: -1 }, { maxFiles: 1.5 }, { maxFields: Number.NaN }]) {
            await assert.rejects(parseBody({ 'content-type': json }, streamOf(['{}']), options), (error) => {
                assert.ok(error instanceof UpliftError);
                assert.equal(error.code, 'UPLIFT_CONFIG');
                assert.match(error.message, new RegExp(`\`${Object.keys(options)[0]}\``));
                return true;
            });
        }
    });
});
describe('properties', () => {
    /** Anything parseBody throws must be an HttpError with a 4xx status. */
    async function settle(headers, bytes) {
        try {
            await parseBody(headers, streamOf([bytes]), { limit: 4096 });
        }
        catch (error) {
            assert.ok(error instanceof HttpError, `unexpected ${String(error)}`);
            assert.ok(error.status >= 400 && error.status < 500);
        }
    }
    test('any string as a JSON body gives a value or an HttpError', async () => {
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary' }), (text) => settle({ 'content-type': json }, Buffer.from(text))), { numRuns: 300 });
    });
    test('any string as a urlencoded body gives a value or an HttpError', async () => {
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary' }), (text) => settle({ 'content-type': form }, Buffer.from(text))), { numRuns: 300 });
    });
    test('any bytes as a multipart body give a value or an HttpError', async () => {
        const part = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('--b0und\r\n', '\r\n\r\n', 'Content-Disposition: form-data; name="a"', '--b0und--\r\n', '; filename="x"').map((s) => Buffer.from(s)));
        await fc.assert(fc.asyncProperty(fc.array(part, { maxLength: 12 }), (pieces) => settle({ 'content-type': mpType }, Buffer.concat(pieces))), { numRuns: 300 });
    });
    test('any content-type header gives a value or an HttpError', async () => {
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), (type) => settle({ 'content-type': type }, Buffer.from('a=1'))), { numRuns: 300 });
    });
    test('urlencoded round trip: names and values survive encoding', async () => {
        const name = fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));
        await fc.assert(fc.asyncProperty(fc.dictionary(name, fc.string({ maxLength: 20 }), { maxKeys: 8 }), async (record) => {
            const body = new URLSearchParams(record).toString();
            const parsed = await parseBody({ 'content-type': form }, streamOf([body]));
            assert.deepStrictEqual(parsed, Object.keys(record).length === 0 ? {} : { ...record });
        }), { numRuns: 300 });
    });
});
describe('over real HTTP', () => {
    let origin = '';
    const server = createServer((request, response) => {
        parseBody(request.headers, request, { limit: 10_000 }).then((value) => {
            // Buffers serialise as { type: 'Buffer', data: [...] }, enough to compare bytes.
            response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        }, (error) => response.writeHead(error.status, { connection: 'close' }).end(error.message));
    });
    before(async () => {
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(() => resolve())));
    test('FormData with a file, sent by fetch', async () => {
        const data = new FormData();
        data.append('title', 'Notes');
        data.append('tag', 'a');
        data.append('tag', 'b');
        data.append('upload', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'pic é.png');
        const response = await fetch(origin, { method: 'POST', body: data });
        assert.equal(response.status, 200);
        assert.deepStrictEqual(await response.json(), {
            title: 'Notes',
            tag: ['a', 'b'],
            upload: { filename: 'pic é.png', type: 'image/png', size: 3, data: { type: 'Buffer', data: [1, 2, 3] } },
        });
    });
    test('URLSearchParams and JSON bodies, sent by fetch', async () => {
        const formResponse = await fetch(origin, { method: 'POST', body: new URLSearchParams([['a', '1 2'], ['a', 'é']]) });
        assert.deepStrictEqual(await formResponse.json(), { a: ['1 2', 'é'] });
        const jsonResponse = await fetch(origin, { method: 'POST', headers: { 'content-type': json }, body: '{"x":[1]}' });
        assert.deepStrictEqual(await jsonResponse.json(), { x: [1] });
    });
    test('malformed JSON over HTTP answers 400 with the reason', async () => {
        const response = await fetch(origin, { method: 'POST', headers: { 'content-type': json }, body: '{oops' });
        assert.equal(response.status, 400);
        assert.match(await response.text(), /^Malformed JSON body: /);
    });
});
//# sourceMappingURL=body.test.js.map