import { form, get, host, json, withBody } from './raw-requests.js';
import { stallFramingSessionCases } from './cases-stalls-framing-sessions.js';
export { corpusSecret } from './cases-stalls-framing-sessions.js';
const multipart = (parts, boundary = 'XyZ') => withBody('POST', '/echo', `multipart/form-data; boundary=${boundary}`, parts);
const part = (name, value, filename, boundary = 'XyZ') => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n${filename ? 'content-type: text/plain\r\n' : ''}\r\n${value}\r\n`;
const badEncodings = ['%', '%2', '%zz', '%g0', '%0g', '%%', '%C0%AF', '%ED%A0%80', '%FF', '%E2%82', '%F0%9F%98', '%C3', '%80', '%FE%FF'];
const traversals = [
    '/..', '/../etc/passwd', '/items/../../etc/passwd', '/files/../../etc/passwd', '/files/%2e%2e/%2e%2e/etc/passwd',
    '/files/%2E%2E%2Fetc%2Fpasswd', '/files/..%2f..%2fetc', '/files/..%5c..%5cwindows', '/files/.%2e/x', '/./about',
    '/items/%2e', '/files/a/./b', '/files/a/..', '/%2e%2e', '/files/%2e%2e%5cboot.ini',
];
const nulls = ['/%00', '/items/a%00b', '/files/x%00.html', '/about%00', '/echo?x=%00'];
const unknownMethods = ['FOO', 'PROPFIND', 'TRACE', 'MKCOL', 'LOCK', 'PURGE', 'SEARCH', 'LINK', 'get', 'BREW'];
const malformedJson = ['{', '{"a":}', '[1,', 'nul', '"unterminated', "{'a':1}", '{"a":1,}', '{"a" 1}', '01', '{"a":1}}', '\u0000', 'undefined', 'NaN', '{"a":"\\x41"}', '[1 2]'];
const jsonScalars = [['null', 200], ['[]', 200], ['"str"', 200], ['123', 200], ['true', 200], ['{}', 200], ['[1,[2,[3]]]', 200]];
const deep = (depth) => '['.repeat(depth) + ']'.repeat(depth);
export const hostileCases = [
    // Targets: bad percent-encoding and UTF-8.
    ...badEncodings.map((code) => ({ name: `path encoding ${code}`, raw: get(`/items/${code}`), expect: 400 })),
    ...badEncodings.slice(0, 6).map((code) => ({ name: `root encoding ${code}`, raw: get(`/${code}`), expect: 400 })),
    // Targets: traversal.
    ...traversals.map((path) => ({ name: `traversal ${path}`, raw: get(path), expect: 400 })),
    { name: 'double-encoded dots stay literal', raw: get('/items/%252e%252e'), expect: 200 },
    { name: 'dots inside a segment are fine', raw: get('/files/....//x'), expect: 200 },
    // Targets: NUL bytes.
    ...nulls.slice(0, 4).map((path) => ({ name: `NUL in path ${path}`, raw: get(path), expect: 400 })),
    { name: 'NUL in a query value reaches the handler as text', raw: get('/echo?x=%00'), expect: 200 },
    // Targets: shapes and sizes.
    { name: 'asterisk target', raw: get('*'), expect: 400 },
    { name: 'relative target', raw: get('about'), expect: 400 },
    { name: 'absolute-form target', raw: get('http://evil.example/about'), expect: 200 },
    { name: 'empty segment', raw: get('//about'), expect: 404 },
    { name: 'URL over our 8 KB limit', raw: get(`/${'a'.repeat(9000)}`), expect: 414 },
    { name: 'URL over node\'s 16 KB header limit', raw: get(`/${'a'.repeat(20_000)}`), expect: 431 },
    { name: '1500 query keys', raw: get(`/echo?${'a=&'.repeat(1500)}`), expect: 400 },
    { name: '1500 distinct query keys pass the URL limit first', raw: get(`/echo?${Array.from({ length: 1500 }, (_, i) => `k${i}=`).join('&')}`), expect: 414 },
    { name: '10k query keys', raw: get(`/echo?${'a=1&'.repeat(10_000)}`), expect: 431 },
    { name: '900 query keys are fine', raw: get(`/echo?${Array.from({ length: 900 }, (_, i) => `k${i}=`).join('&')}`), expect: 200 },
    { name: 'query with bad encoding is kept literally', raw: get('/echo?a=%zz&b=%'), expect: 200 },
    { name: 'query __proto__', raw: get('/echo?__proto__=x&constructor=y&prototype=z'), expect: 200 },
    { name: 'query __proto__ brackets', raw: get('/echo?__proto__[polluted]=1&a[__proto__][x]=1'), expect: 200 },
    // Methods.
    ...unknownMethods.map((method) => ({ name: `method ${method}`, raw: `${method} /echo HTTP/1.1\r\n${host}\r\n`, expect: 501 })),
    { name: 'CONNECT', raw: `CONNECT 127.0.0.1:22 HTTP/1.1\r\n${host}\r\n`, expect: 501 },
    { name: 'PUT to a GET-only route', raw: withBody('PUT', '/items/1', 'application/json', '{}'), expect: 405 },
    { name: 'POST to a page-only route', raw: withBody('POST', '/about', 'application/json', '{}'), expect: 405 },
    // Headers.
    { name: 'huge cookie', raw: get('/echo', `cookie: ${'a'.repeat(20_000)}\r\n`), expect: 431 },
    { name: 'huge session cookie under the header limit', raw: get('/echo', `cookie: _idx=${'A'.repeat(12_000)}\r\n`), expect: 200 },
    { name: '100 cookies', raw: get('/echo', `cookie: ${Array.from({ length: 100 }, (_, i) => `c${i}=${'v'.repeat(50)}`).join('; ')}\r\n`), expect: 200 },
    { name: 'garbage session cookie', raw: get('/echo', 'cookie: _idx=eyJhbGciOiJub25lIn0.e30.\r\n'), expect: 200 },
    { name: 'duplicate session cookies', raw: get('/echo', 'cookie: _idx=a; _idx=b; _idx=\r\n'), expect: 200 },
    { name: 'header value over 16 KB', raw: get('/echo', `x-big: ${'b'.repeat(17_000)}\r\n`), expect: 431 },
    { name: 'header line without a colon', raw: get('/echo', 'nonsense\r\n'), expect: 400 },
    { name: 'header name with a space', raw: get('/echo', 'bad name: 1\r\n'), expect: 400 },
    { name: 'NUL in a header value', raw: get('/echo', 'x-a: a\0b\r\n'), expect: 400 },
    { name: 'conflicting content-lengths', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\nab`, expect: 400 },
    { name: 'content-length with transfer-encoding (smuggling)', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n`, expect: 400 },
    { name: 'negative content-length', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ncontent-length: -1\r\n\r\n`, expect: 400 },
    { name: 'non-numeric content-length', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ncontent-length: abc\r\n\r\n`, expect: 400 },
    { name: 'malformed chunk size', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`, expect: 400 },
    { name: 'HTTP/1.1 without Host', raw: 'GET /echo HTTP/1.1\r\nconnection: close\r\n\r\n', expect: 400 },
    { name: 'unknown HTTP version', raw: `GET /echo HTTP/3.7\r\n${host}\r\n`, expect: 400 },
    // llhttp reads a request line without a version as HTTP/0.9-style and it is answered normally.
    { name: 'request line without a version', raw: 'GET /echo\r\n\r\n', expect: 200 },
    { name: 'TLS hello sent to the HTTP port', raw: Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]), expect: 501 },
    { name: '10k Accept entries', raw: get('/', `accept: ${'a/b;q=0.1,'.repeat(1500)}\r\n`), expect: 200 },
    { name: 'Accept with broken q-values', raw: get('/', 'accept: application/json;q=NaN, text/html;q=2, */*;q=-1\r\n'), expect: 200 },
    { name: 'Accept of punctuation', raw: get('/', 'accept: ;;;;,,,,//\r\n'), expect: 200 },
    { name: 'Accept with huge q', raw: get('/', `accept: text/html;q=0.${'9'.repeat(5000)}\r\n`), expect: 200 },
    // Bodies: JSON.
    ...malformedJson.map((body) => ({ name: `malformed JSON ${JSON.stringify(body)}`, raw: json(body), expect: 400 })),
    ...jsonScalars.map(([body, expect]) => ({ name: `JSON ${body}`, raw: json(body), expect })),
    { name: 'JSON nested 1000 deep', raw: json(deep(1000)), expect: 400 },
    { name: 'JSON nested 256 deep', raw: json(deep(256)), expect: 200 },
    { name: 'JSON nested 257 deep', raw: json(deep(257)), expect: 400 },
    { name: 'JSON nested 100k deep', raw: json(deep(100_000)), expect: 400 },
    { name: 'JSON nested 100k deep with __proto__ beside it', raw: json(`{"a":${deep(100_000)},"__proto__":{"x":1}}`), expect: 400 },
    { name: 'JSON with 100k brackets inside a string', raw: json(`{"a":"${'['.repeat(100_000)}"}`), expect: 200 },
    { name: 'JSON __proto__', raw: json('{"__proto__":{"polluted":true},"a":1}'), expect: 200 },
    { name: 'JSON nested __proto__', raw: json('{"a":{"__proto__":{"isAdmin":true}}}'), expect: 200 },
    { name: 'JSON constructor.prototype', raw: json('{"constructor":{"prototype":{"polluted":true}}}'), expect: 200 },
    { name: 'JSON invalid UTF-8', raw: json(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), expect: 400 },
    { name: 'JSON with a BOM', raw: json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')])), expect: 200 },
    { name: 'JSON with latin1 charset', raw: withBody('POST', '/echo', 'application/json; charset=latin1', '{}'), expect: 415 },
    { name: 'JSON of 2000 keys', raw: json(JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])))), expect: 200 },
    { name: 'vnd.api+json', raw: withBody('POST', '/echo', 'application/vnd.api+json', '{"data":1}'), expect: 200 },
    // Bodies: forms.
    { name: 'form __proto__', raw: form('__proto__=x&constructor=y&prototype=z&a=1'), expect: 200 },
    { name: 'form __proto__ brackets', raw: form('__proto__[polluted]=1'), expect: 200 },
    { name: 'form bad encoding', raw: form('a=%zz&b=%'), expect: 200 },
    { name: 'form invalid UTF-8', raw: form(Buffer.from([0x61, 0x3d, 0xff, 0xfe])), expect: 400 },
    { name: 'form 2000 fields', raw: form(Array.from({ length: 2000 }, (_, i) => `f${i}=1`).join('&')), expect: 400 },
    { name: 'form one huge value under the limit', raw: form(`a=${'x'.repeat(500_000)}`), expect: 200 },
    { name: 'form over the limit', raw: form(`a=${'x'.repeat(1_100_000)}`), expect: 413 },
    // Bodies: multipart.
    { name: 'multipart fields and a file', raw: multipart(`${part('a', '1')}${part('f', 'hello', 'x.txt')}--XyZ--\r\n`), expect: 200 },
    { name: 'multipart __proto__ field', raw: multipart(`${part('__proto__', 'x')}${part('constructor', 'y')}--XyZ--\r\n`), expect: 200 },
    { name: 'multipart without boundary', raw: withBody('POST', '/echo', 'multipart/form-data', 'abc'), expect: 400 },
    { name: 'multipart truncated', raw: multipart(`${part('a', '1')}--XyZ\r\ncontent-disposition: form-data; name="b"\r\n\r\nunfinished`), expect: 400 },
    { name: 'multipart wrong boundary', raw: multipart(`${part('a', '1', undefined, 'Other')}--Other--\r\n`), expect: 400 },
    { name: 'multipart 20 files', raw: multipart(`${Array.from({ length: 20 }, (_, i) => part(`f${i}`, 'x', `f${i}.txt`)).join('')}--XyZ--\r\n`), expect: 413 },
    { name: 'multipart file over the limit', raw: multipart(`${part('f', 'x'.repeat(1_100_000), 'big.bin')}--XyZ--\r\n`), expect: 413 },
    { name: 'multipart path-traversal filename', raw: multipart(`${part('f', 'x', '../../etc/passwd')}--XyZ--\r\n`), expect: 200 },
    { name: 'multipart 1500 fields', raw: multipart(`${Array.from({ length: 1500 }, (_, i) => part(`f${i}`, '1')).join('')}--XyZ--\r\n`), expect: 413 },
    // Bodies: types and lengths.
    { name: 'body without content-type', raw: withBody('POST', '/echo', undefined, 'abc'), expect: 200 },
    { name: 'unknown content-type', raw: withBody('POST', '/echo', 'application/x-evil', 'abc'), expect: 200 },
    { name: 'garbage content-type', raw: withBody('POST', '/echo', ';;;', 'abc'), expect: 400 },
    { name: 'text/plain body', raw: withBody('POST', '/echo', 'text/plain', 'hello'), expect: 200 },
    { name: 'text/plain invalid UTF-8', raw: withBody('POST', '/echo', 'text/plain', Buffer.from([0xff, 0xfe, 0xfd])), expect: 400 },
    { name: 'octet-stream body', raw: withBody('POST', '/echo', 'application/octet-stream', Buffer.from([0, 1, 2, 255])), expect: 200 },
    { name: 'declared length over the limit, no body sent', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ncontent-length: 50000000\r\n\r\n`, expect: 413 },
    { name: 'chunked body over the limit', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ntransfer-encoding: chunked\r\n\r\n${'100000\r\n'}${'x'.repeat(0x100000)}\r\n${'100000\r\n'}${'x'.repeat(0x100000)}\r\n0\r\n\r\n`, expect: 413 },
    { name: 'chunked body under the limit', raw: `POST /echo HTTP/1.1\r\n${host}content-type: text/plain\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`, expect: 200 },
    // The bytes after the declared length are a malformed second request: node answers it at once.
    { name: 'content-length shorter than the body', raw: `POST /echo HTTP/1.1\r\n${host}accept: application/json\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n{"a":1}garbage-after-the-body`, expect: 400 },
    { name: 'empty body with JSON type', raw: withBody('POST', '/echo', 'application/json', ''), expect: 200 },
    { name: 'DELETE with a JSON body', raw: withBody('DELETE', '/echo', 'application/json', '{"a":1}'), expect: 200 },
    { name: 'PATCH with a form body', raw: withBody('PATCH', '/echo', 'application/x-www-form-urlencoded', 'a=1'), expect: 200 },
    // Values handlers echo into headers.
    { name: 'CRLF into location', raw: get('/redirect?to=%0d%0aSet-Cookie:%20evil=1'), expect: 500, absentHeader: 'set-cookie' },
    { name: 'LF into location', raw: get('/redirect?to=/ok%0aX-Injected:%201'), expect: 500, absentHeader: 'x-injected' },
    { name: 'CR into location', raw: get('/redirect?to=/ok%0dX-Injected:%201'), expect: 500, absentHeader: 'x-injected' },
    { name: 'CRLF into a header', raw: get('/header?v=a%0d%0aX-Injected:%201'), expect: 500, absentHeader: 'x-injected' },
    { name: 'NUL into a header', raw: get('/header?v=a%00b'), expect: 500 },
    { name: 'unicode line separator into a header', raw: get('/header?v=a%E2%80%A8b'), expect: 500 },
    { name: 'clean location', raw: get('/redirect?to=/about'), expect: 302 },
    { name: 'clean header', raw: get('/header?v=fine'), expect: 200 },
    { name: 'CRLF into the session', raw: get('/remember?v=%0d%0aSet-Cookie:%20evil=1'), expect: 200 },
    { name: 'huge value into the session', raw: get(`/remember?v=${'x'.repeat(6000)}`), expect: 500 },
    // Errors in production.
    { name: 'handler throws (JSON)', raw: get('/boom', 'accept: application/json\r\n'), expect: 500 },
    { name: 'handler throws (HTML)', raw: get('/boom', 'accept: text/html\r\n'), expect: 500 },
    { name: 'unknown route (HTML)', raw: get('/no/such/thing', 'accept: text/html\r\n'), expect: 404 },
    { name: 'unknown route (JSON)', raw: get('/no/such/thing', 'accept: application/json\r\n'), expect: 404 },
    // Cross-site forms.
    { name: 'cross-site form post', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', 'a=1', 'origin: https://evil.example\r\n'), expect: 403 },
    { name: 'cross-site text/plain post', raw: withBody('POST', '/echo', 'text/plain', 'a', 'origin: https://evil.example\r\n'), expect: 403 },
    { name: 'cross-site multipart post', raw: withBody('POST', '/echo', 'multipart/form-data; boundary=XyZ', '--XyZ--\r\n', 'origin: https://evil.example\r\n'), expect: 403 },
    { name: 'cross-site form via Referer', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', 'a=1', 'referer: https://evil.example/page\r\n'), expect: 403 },
    { name: 'null origin form post', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', 'a=1', 'origin: null\r\n'), expect: 403 },
    { name: 'same-origin form post', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', 'a=1', 'origin: http://127.0.0.1\r\n'), expect: 200 },
    { name: 'cross-site JSON post is left to CORS', raw: withBody('POST', '/echo', 'application/json', '{}', 'origin: https://evil.example\r\n'), expect: 200 },
    ...stallFramingSessionCases,
];
//# sourceMappingURL=cases.js.map