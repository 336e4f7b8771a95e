import { EncryptJWT, SignJWT, UnsecuredJWT } from 'jose';
import { get, host, withBody } from './raw-requests.js';
/**
 * Hostile requests against stalls (super-linear work on request text), response framing,
 * session algorithm confusion, and response headers built from request data. Header inputs stay
 * under node's 16 KB header limit, bodies under the 1 MiB body limit, so each one reaches Uplift.
 */
/** The session secret the corpus app runs with. */
export const corpusSecret = 'hostile-corpus-secret-of-enough-length!!';
const fill = (pattern, size) => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
const header = 15_000;
const body = 500_000;
const page = (path, headers) => get(path, `accept: text/html\r\n${headers}`);
const admin = (token) => get('/admin', `accept: application/json\r\ncookie: _idx=${token}\r\n`);
const bytes = (text) => new TextEncoder().encode(text);
const keyOf = (length) => bytes(corpusSecret).slice(0, length);
const now = Math.floor(Date.now() / 1000);
const claims = { user: 'mallory' };
// Tokens an attacker could make. Only the first is what the app itself writes.
const honest = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().encrypt(keyOf(32));
const fromPrefix16 = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).setIssuedAt().encrypt(keyOf(16));
const fromPrefix24 = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A192GCM' }).setIssuedAt().encrypt(keyOf(24));
const cbc = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A128CBC-HS256' }).setIssuedAt().encrypt(keyOf(32));
const keyWrapped = await new EncryptJWT(claims).setProtectedHeader({ alg: 'A256KW', enc: 'A256GCM' }).setIssuedAt().encrypt(keyOf(32));
const signedOnly = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(bytes(corpusSecret));
const unsecured = new UnsecuredJWT(claims).setIssuedAt().encode();
const expired = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt(now - 8 * 24 * 3600).encrypt(keyOf(32));
const fromTheFuture = await new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt(now + 3600).encrypt(keyOf(32));
const compressedHeader = `${Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' })).toString('base64url')}${honest.slice(honest.indexOf('.'))}`;
const expecting = (method, length, expect = '100-continue') => `${method} /echo HTTP/1.1\r\n${host}accept: application/json\r\ncontent-type: text/plain\r\ncontent-length: ${length}\r\nexpect: ${expect}\r\n\r\n`;
const chunkedGet = `GET /about HTTP/1.1\r\n${host}transfer-encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`;
/** Request data a handler copies into a response header, which Uplift refuses to send (500). */
const refusedHeaderValues = [
    ['CRLF into vary', '/vary-echo?v=accept%0d%0aX-Injected:%201'],
    ['LF into content-type', '/vary-echo?t=text/html%0aX-Injected:%201'],
    ['CRLF into set-cookie', '/cookie-echo?theme=dark%0d%0aX-Injected:%201'],
    ['DEL into a header', '/header?v=a%7Fb'],
    ['a character past Latin-1 into location', '/redirect?to=/%E2%82%AC'],
];
export const stallFramingSessionCases = [
    // Stalls: the two attacks that froze the server, then ReDoS probes for every parser.
    { name: 'GET page with a 128 KB text/plain body of quotes', raw: withBody('GET', '/about', 'text/plain', fill('"', 128 * 1024)), expect: 200 },
    { name: 'page with a 15 KB User-Agent of quotes', raw: page('/echo-page', `user-agent: ${fill('"', header)}\r\n`), expect: 200 },
    { name: 'page with a 15 KB User-Agent of quotes then =', raw: page('/echo-page', `user-agent: ${fill('"', header)}=\r\n`), expect: 200 },
    { name: 'page with a 15 KB Referer of tag openers', raw: page('/echo-page', `referer: ${fill(`<a "'=`, header)}\r\n`), expect: 200 },
    { name: 'page with a 15 KB User-Agent of <', raw: page('/echo-page', `user-agent: ${fill('<', header)}\r\n`), expect: 200 },
    { name: 'page with a 7 KB query of quotes', raw: page(`/echo-page?q=${fill('%22', 7000)}`, ''), expect: 200 },
    { name: 'page with a 7 KB query of tag openers', raw: page(`/echo-page?q=${fill('%3Ca%20', 7000)}`, ''), expect: 200 },
    { name: 'page with a 7 KB query of placeholder markers', raw: page(`/echo-page?q=${fill('%EE%80%82', 7200)}`, ''), expect: 200 },
    { name: 'page with a 7 KB query of spaces before a tag end', raw: page(`/echo-page?q=${fill('%20', 7000)}%2F%3E`, ''), expect: 200 },
    { name: '15 KB Accept of quotes', raw: get('/echo', `accept: ${fill('"', header)}\r\n`), expect: 200 },
    { name: '15 KB Accept of semicolons', raw: get('/echo', `accept: ${fill(';', header)}\r\n`), expect: 200 },
    { name: '15 KB Accept of escaped quotes in a q-value', raw: get('/echo', `accept: text/html;q="${fill('\\"', header)}"\r\n`), expect: 200 },
    { name: '15 KB content-type parameter of escaped quotes', raw: withBody('POST', '/echo', `text/plain; a="${fill('\\"', header)}"`, 'hi'), expect: 200 },
    { name: '15 KB content-type of semicolons', raw: withBody('POST', '/echo', `text/plain${fill(';', header)}`, 'hi'), expect: 200 },
    { name: '15 KB cookie of session names without separators', raw: get('/echo', `cookie: ${fill('_idx=', header)}\r\n`), expect: 200 },
    { name: '15 KB cookie of semicolons', raw: get('/echo', `cookie: _idx=a${fill(';', header)}\r\n`), expect: 200 },
    { name: '15 KB cookie of pairs without =', raw: get('/echo', `cookie: ${fill('_idx;', header)}\r\n`), expect: 200 },
    { name: '15 KB Origin on a form post', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', 'a=1', `origin: http://${fill('a.', header)}\r\n`), expect: 403 },
    { name: 'JSON body of 500 KB of \\u escapes', raw: withBody('POST', '/echo', 'application/json', `"${'\\u0022'.repeat(Math.floor(body / 6))}"`), expect: 200 },
    { name: 'JSON body of 500 KB of brackets inside strings', raw: withBody('POST', '/echo', 'application/json', `["${fill('[{', body)}"]`), expect: 200 },
    { name: 'form body of 500 KB of pluses', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', `a=${fill('+', body)}`), expect: 200 },
    { name: 'form body of 500 KB of stray %', raw: withBody('POST', '/echo', 'application/x-www-form-urlencoded', `a=${fill('%', body)}`), expect: 200 },
    { name: 'multipart body of 500 KB of boundary prefixes', raw: withBody('POST', '/echo', 'multipart/form-data; boundary=XyZ', `--XyZ\r\ncontent-disposition: form-data; name="a"\r\n\r\n${fill('\r\n--Xy', body)}\r\n--XyZ--\r\n`), expect: 200 },
    { name: 'text body of 500 KB of quotes', raw: withBody('POST', '/echo', 'text/plain', fill('"', body)), expect: 200 },
    { name: 'path of 2000 encoded dot segments', raw: get(`/files/${fill('%2e/', 8000)}`), expect: 400 },
    // Paths: a raw backslash is refused like %5C.
    { name: 'raw backslash traversal to a $$ handler', raw: get('/files/..\\..\\..\\etc\\passwd'), expect: 400 },
    { name: 'raw backslash inside a segment', raw: get('/files/a\\b'), expect: 400 },
    { name: 'raw backslash at the root', raw: get('/\\evil.example'), expect: 400 },
    { name: 'encoded backslash inside a segment is data', raw: get('/files/a%5Cb'), expect: 200 },
    // Ignored bodies and Expect.
    { name: 'GET body is ignored, even malformed JSON', raw: withBody('GET', '/echo', 'application/json', '{nope'), expect: 200 },
    { name: 'HEAD body is ignored', raw: withBody('HEAD', '/about', 'application/json', '{nope'), expect: 200 },
    { name: 'OPTIONS body is ignored', raw: withBody('OPTIONS', '/echo', 'application/json', '{nope'), expect: 204 },
    { name: 'chunked GET body is drained', raw: chunkedGet, expect: 200 },
    { name: 'GET body declared over the limit', raw: `GET /about HTTP/1.1\r\n${host}content-length: 50000000\r\n\r\n`, expect: 413 },
    { name: 'Expect: 100-continue POST over the limit', raw: expecting('POST', 50_000_000), expect: 413 },
    { name: 'Expect: 100-continue GET over the limit', raw: expecting('GET', 50_000_000), expect: 413 },
    { name: 'Expect of something else', raw: expecting('POST', 5, 'the-moon'), expect: 417 },
    // Framing: the framework owns content-length and the connection headers.
    { name: 'handler content-length of text.length', raw: get('/wrong-length'), expect: 200, absentHeader: 'transfer-encoding' },
    { name: 'handler copies upstream transfer-encoding and upgrade', raw: get('/proxied'), expect: 200, absentHeader: ['transfer-encoding', 'upgrade'] },
    { name: 'no Server-Timing on a production page', raw: page('/echo-page', ''), expect: 200, absentHeader: 'server-timing' },
    // Sessions: only the configured algorithm under the configured secret.
    { name: 'session made by the app itself (control)', raw: admin(honest), expect: 200 },
    { name: 'session sealed A128GCM from the first 16 bytes of the secret', raw: admin(fromPrefix16), expect: 401 },
    { name: 'session sealed A192GCM from the first 24 bytes of the secret', raw: admin(fromPrefix24), expect: 401 },
    { name: 'session sealed with CBC under the secret', raw: admin(cbc), expect: 401 },
    { name: 'session with a wrapped key (A256KW)', raw: admin(keyWrapped), expect: 401 },
    { name: 'session signed (JWS HS256) instead of encrypted', raw: admin(signedOnly), expect: 401 },
    { name: 'unsecured session (alg none)', raw: admin(unsecured), expect: 401 },
    { name: 'session older than tokenMaxAge', raw: admin(expired), expect: 401 },
    { name: 'session issued an hour in the future', raw: admin(fromTheFuture), expect: 401 },
    { name: 'session header claiming compression', raw: admin(compressedHeader), expect: 401 },
    { name: 'forged session after a real one in the same header', raw: get('/admin', `accept: application/json\r\ncookie: _idx=${honest}; _idx=${fromPrefix16}\r\n`), expect: 401 },
    // Response headers built from request data.
    ...refusedHeaderValues.map(([name, target]) => ({ name, raw: get(target), expect: 500, absentHeader: 'x-injected' })),
    { name: 'tab in a header value is fine', raw: get('/header?v=a%09b'), expect: 200 },
];
//# sourceMappingURL=cases-stalls-framing-sessions.js.map