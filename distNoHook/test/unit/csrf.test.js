import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { UpliftError } from '../../src/common/errors.js';
import { checkCsrf, csrfRefusal, resolveRequestOrigin, validateAllowedOrigins, } from '../../src/security/csrf.js';
const form = 'application/x-www-form-urlencoded';
function post(headers) {
    return { host: 'example.com', 'content-type': form, ...headers };
}
const cases = [
    // Methods
    { name: 'GET from another site', method: 'GET', headers: post({ origin: 'http://evil.test' }), allowed: true },
    { name: 'HEAD from another site', method: 'HEAD', headers: post({ origin: 'http://evil.test' }), allowed: true },
    { name: 'OPTIONS from another site', method: 'OPTIONS', headers: post({ origin: 'http://evil.test' }), allowed: true },
    { name: 'POST from another site', headers: post({ origin: 'http://evil.test' }), allowed: false },
    { name: 'PUT from another site', method: 'PUT', headers: post({ origin: 'http://evil.test' }), allowed: false },
    { name: 'PATCH from another site', method: 'PATCH', headers: post({ origin: 'http://evil.test' }), allowed: false },
    { name: 'DELETE from another site', method: 'DELETE', headers: post({ origin: 'http://evil.test' }), allowed: false },
    { name: 'lower-case post from another site', method: 'post', headers: post({ origin: 'http://evil.test' }), allowed: false },
    // Content types
    { name: 'multipart from another site', headers: post({ origin: 'http://evil.test', 'content-type': 'multipart/form-data; boundary=x' }), allowed: false },
    { name: 'text/plain from another site', headers: post({ origin: 'http://evil.test', 'content-type': 'text/plain;charset=UTF-8' }), allowed: false },
    { name: 'upper-case form type from another site', headers: post({ origin: 'http://evil.test', 'content-type': ' APPLICATION/X-WWW-FORM-URLENCODED ' }), allowed: false },
    { name: 'no content type from another site', headers: { host: 'example.com', origin: 'http://evil.test' }, allowed: false },
    { name: 'empty content type from another site', headers: post({ origin: 'http://evil.test', 'content-type': '' }), allowed: false },
    { name: 'JSON from another site (needs a preflight)', headers: post({ origin: 'http://evil.test', 'content-type': 'application/json' }), allowed: true },
    { name: 'XML from another site', headers: post({ origin: 'http://evil.test', 'content-type': 'application/xml' }), allowed: true },
    // Same origin
    { name: 'same origin over http', headers: post({ origin: 'http://example.com' }), allowed: true },
    { name: 'same origin over https', secure: true, headers: post({ origin: 'https://example.com' }), allowed: true },
    { name: 'same host, other scheme', headers: post({ origin: 'https://example.com' }), allowed: false },
    { name: 'same host, other port', headers: post({ host: 'localhost:3000', origin: 'http://localhost:3001' }), allowed: false },
    { name: 'same host and port', headers: post({ host: 'localhost:3000', origin: 'http://localhost:3000' }), allowed: true },
    { name: 'IPv6 host', headers: post({ host: '[::1]:3000', origin: 'http://[::1]:3000' }), allowed: true },
    { name: 'default port in Host', secure: true, headers: post({ host: 'example.com:443', origin: 'https://example.com' }), allowed: true },
    { name: 'default port in Origin', headers: post({ origin: 'http://example.com:80' }), allowed: true },
    { name: 'upper-case Host', headers: post({ host: 'EXAMPLE.COM', origin: 'http://example.com' }), allowed: true },
    { name: 'subdomain is another origin', headers: post({ origin: 'http://evil.example.com' }), allowed: false },
    { name: 'suffix trick', headers: post({ origin: 'http://example.com.evil.test' }), allowed: false },
    // Origin vs Referer
    { name: 'Origin: null', headers: post({ origin: 'null' }), allowed: false },
    { name: 'neither Origin nor Referer (curl, old clients)', headers: post({}), allowed: true },
    { name: 'same-origin Referer without Origin', headers: post({ referer: 'http://example.com/notes?x=1' }), allowed: true },
    { name: 'cross-site Referer without Origin', headers: post({ referer: 'http://evil.test/page' }), allowed: false },
    { name: 'garbage Referer', headers: post({ referer: 'not a url' }), allowed: false },
    { name: 'Origin wins over a same-origin Referer', headers: post({ origin: 'http://evil.test', referer: 'http://example.com/' }), allowed: false },
    { name: 'same Origin wins over a cross-site Referer', headers: post({ origin: 'http://example.com', referer: 'http://evil.test/' }), allowed: true },
    { name: 'two Origin values', headers: post({ origin: ['http://example.com', 'http://evil.test'] }), allowed: false },
    { name: 'file: origin', headers: post({ origin: 'file://' }), allowed: false },
    { name: 'javascript: referer', headers: post({ referer: 'javascript:alert(1)' }), allowed: false },
    // Host problems
    { name: 'no Host header', headers: { 'content-type': form, origin: 'http://example.com' }, allowed: false },
    { name: 'Host with a path', headers: post({ host: 'example.com/evil', origin: 'http://example.com' }), allowed: false },
    { name: 'Host with userinfo', headers: post({ host: 'evil.test@example.com', origin: 'http://example.com' }), allowed: false },
    // Allow-list
    { name: 'allow-listed origin', allowedOrigins: ['https://www.example.com'], headers: post({ origin: 'https://www.example.com' }), allowed: true },
    { name: 'allow-list entry with a path and default port', allowedOrigins: ['https://WWW.example.com:443/'], headers: post({ origin: 'https://www.example.com' }), allowed: true },
    { name: 'allow-list does not cover other origins', allowedOrigins: ['https://www.example.com'], headers: post({ origin: 'http://www.example.com' }), allowed: false },
    { name: '"null" in the allow-list never admits Origin: null', allowedOrigins: ['null'], headers: post({ origin: 'null' }), allowed: false },
    { name: 'opaque origin in the allow-list is ignored', allowedOrigins: ['chrome-extension://abc'], headers: post({ origin: 'chrome-extension://abc' }), allowed: false },
    { name: 'allow-list covers a missing Host', allowedOrigins: ['http://example.com'], headers: { 'content-type': form, origin: 'http://example.com' }, allowed: true },
    // Proxies
    {
        name: 'trustProxy: forwarded host and proto decide the origin',
        trustProxy: true,
        headers: post({ host: 'app:8080', 'x-forwarded-host': 'example.com', 'x-forwarded-proto': 'https', origin: 'https://example.com' }),
        allowed: true,
    },
    {
        name: 'trustProxy: the first forwarded value is used',
        trustProxy: true,
        headers: post({ host: 'app:8080', 'x-forwarded-host': 'example.com, app', 'x-forwarded-proto': 'https, http', origin: 'https://example.com' }),
        allowed: true,
    },
    {
        name: 'without trustProxy the forwarded headers are ignored',
        headers: post({ host: 'app:8080', 'x-forwarded-host': 'example.com', 'x-forwarded-proto': 'https', origin: 'https://example.com' }),
        allowed: false,
    },
    {
        name: 'without trustProxy a spoofed forwarded host does not help an attacker',
        headers: post({ 'x-forwarded-host': 'evil.test', origin: 'http://evil.test' }),
        allowed: false,
    },
    {
        name: 'trustProxy: an unknown forwarded proto keeps the connection scheme',
        trustProxy: true,
        secure: true,
        headers: post({ 'x-forwarded-proto': 'gopher', origin: 'https://example.com' }),
        allowed: true,
    },
];
function inputOf(row) {
    return {
        method: row.method ?? 'POST',
        headers: row.headers,
        secure: row.secure ?? false,
        ...(row.allowedOrigins ? { allowedOrigins: row.allowedOrigins } : {}),
        ...(row.trustProxy ? { trustProxy: true } : {}),
    };
}
describe('checkCsrf', () => {
    for (const row of cases) {
        test(`${row.allowed ? 'allows' : 'refuses'}: ${row.name}`, () => {
            assert.equal(checkCsrf(inputOf(row)), row.allowed ? null : csrfRefusal);
        });
    }
    test('the refusal never echoes the request', () => {
        const message = checkCsrf({ method: 'POST', secure: false, headers: post({ origin: 'http://<script>.test' }) });
        assert.equal(message, csrfRefusal);
        assert.doesNotMatch(csrfRefusal, /[<>]/);
    });
    const headerText = fc.string({ maxLength: 60 });
    const optionalHeader = fc.option(fc.oneof(headerText, fc.array(headerText, { maxLength: 3 })), { nil: undefined });
    test('property: any headers give null or the refusal, never an exception', () => {
        fc.assert(fc.property(fc.string({ maxLength: 10 }), fc.record({
            host: optionalHeader,
            origin: optionalHeader,
            referer: optionalHeader,
            'content-type': optionalHeader,
            'x-forwarded-host': optionalHeader,
            'x-forwarded-proto': optionalHeader,
        }), fc.boolean(), fc.boolean(), fc.array(headerText, { maxLength: 3 }), (method, headers, secure, trustProxy, allowedOrigins) => {
            const result = checkCsrf({ method, headers, secure, trustProxy, allowedOrigins });
            assert.ok(result === null || result === csrfRefusal);
        }), { numRuns: 300 });
    });
    const unsafeMethod = fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE');
    const formType = fc.constantFrom(form, 'multipart/form-data; boundary=b', 'text/plain', undefined);
    test('property: a form post from any other host is refused', () => {
        fc.assert(fc.property(fc.domain(), fc.domain(), unsafeMethod, formType, fc.boolean(), (host, attacker, method, type, secure) => {
            fc.pre(host.toLowerCase() !== attacker.toLowerCase());
            const scheme = secure ? 'https' : 'http';
            const headers = { host, origin: `${scheme}://${attacker}`, 'content-type': type };
            assert.equal(checkCsrf({ method, headers, secure }), csrfRefusal);
        }), { numRuns: 300 });
    });
    test('property: a form post from the same origin is allowed', () => {
        fc.assert(fc.property(fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), unsafeMethod, formType, fc.boolean(), (domain, port, method, type, secure) => {
            const host = port === undefined ? domain : `${domain}:${port}`;
            const headers = { host, origin: `${secure ? 'https' : 'http'}://${host}`, 'content-type': type };
            assert.equal(checkCsrf({ method, headers, secure }), null);
        }), { numRuns: 300 });
    });
});
describe('resolveRequestOrigin', () => {
    const rows = [
        ['plain http', { headers: { host: 'example.com' }, secure: false }, { origin: 'http://example.com', secure: false }],
        ['TLS connection', { headers: { host: 'example.com:8443' }, secure: true }, { origin: 'https://example.com:8443', secure: true }],
        ['no Host', { headers: {}, secure: false }, { origin: undefined, secure: false }],
        ['invalid Host', { headers: { host: 'a b' }, secure: false }, { origin: undefined, secure: false }],
        [
            'forwarded https, trusted',
            { headers: { host: 'app', 'x-forwarded-proto': 'HTTPS', 'x-forwarded-host': 'example.com' }, secure: false, trustProxy: true },
            { origin: 'https://example.com', secure: true },
        ],
        [
            'forwarded http over a TLS hop, trusted',
            { headers: { host: 'example.com', 'x-forwarded-proto': 'http' }, secure: true, trustProxy: true },
            { origin: 'http://example.com', secure: false },
        ],
        [
            'forwarded https, not trusted',
            { headers: { host: 'app', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'example.com' }, secure: false },
            { origin: 'http://app', secure: false },
        ],
    ];
    for (const [name, input, expected] of rows) {
        test(name, () => assert.deepEqual(resolveRequestOrigin(input), expected));
    }
});
describe('validateAllowedOrigins', () => {
    test('normalises entries', () => {
        assert.deepEqual(validateAllowedOrigins(['https://Example.com:443/path', 'http://localhost:3000']), [
            'https://example.com',
            'http://localhost:3000',
        ]);
    });
    for (const entry of ['example.com', 'null', '', 'ftp://example.com', 'chrome-extension://abc']) {
        test(`refuses ${JSON.stringify(entry)} with UPLIFT_CONFIG`, () => {
            assert.throws(() => validateAllowedOrigins(['https://ok.test', entry]), (error) => error instanceof UpliftError && error.code === 'UPLIFT_CONFIG' && error.message.includes(JSON.stringify(entry)));
        });
    }
});
//# sourceMappingURL=csrf.test.js.map