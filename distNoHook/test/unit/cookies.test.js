import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { UpliftError } from '../../src/common/errors.js';
import { createCookieJar } from '../../src/cookies/cookie-jar.js';
import { parseCookies } from '../../src/cookies/parse-cookies.js';
import { serializeCookie } from '../../src/cookies/serialize-cookie.js';
// Any UTF-16 code unit, lone surrogates and control characters included.
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const hostileString = fc.string({ unit: anyCodeUnit, maxLength: 300 });
const tokenChar = fc.constantFrom(...'abcXYZ019!#$%&\'*+-.^_`|~');
const cookieName = fc.string({ unit: tokenChar, minLength: 1, maxLength: 20 });
function plain(record) {
    return { ...record };
}
function assertHeaderValueError(run, fragment) {
    assert.throws(run, (error) => {
        assert.ok(error instanceof UpliftError, `expected UpliftError, got ${String(error)}`);
        assert.equal(error.code, 'UPLIFT_HEADER_VALUE');
        if (fragment)
            assert.match(error.message, fragment);
        return true;
    });
}
describe('parseCookies', () => {
    const cases = [
        ['absent header', undefined, {}],
        ['empty header', '', {}],
        ['one character', 'a', {}],
        ['one pair', 'a=1', { a: '1' }],
        ['two pairs', 'a=1; b=2', { a: '1', b: '2' }],
        ['no space after ;', 'a=1;b=2', { a: '1', b: '2' }],
        ['spaces and tabs around names and values', ' \ta = 1 \t;  b=2 ', { a: '1', b: '2' }],
        ['last duplicate wins', 'a=1; a=2; a=3', { a: '3' }],
        ['last session cookie wins (enhance-compat §7)', '_idx=first; theme=dark; _idx=second', { _idx: 'second', theme: 'dark' }],
        ['pair without = is skipped', 'flag; a=1', { a: '1' }],
        ['only separators', ';;; ;', {}],
        ['= inside the value', 'a=b=c', { a: 'b=c' }],
        ['empty value', 'a=', { a: '' }],
        ['empty name', '=v', { '': 'v' }],
        ['percent-decoding', 'a=hello%20w%C3%B6rld', { a: 'hello wörld' }],
        ['broken percent-encoding kept as written', 'a=%E0%A4%A; b=%', { a: '%E0%A4%A', b: '%' }],
        ['quotes are kept', 'a="quoted"', { a: '"quoted"' }],
        ['comma does not split', 'a=1, b=2', { a: '1, b=2' }],
        ['control characters pass through as data', 'a=\u0000\u0007; b=\r\n', { a: '\u0000\u0007', b: '\r\n' }],
        ['prototype names are data', '__proto__=x; constructor=y; toString=z', { ['__proto__']: 'x', constructor: 'y', toString: 'z' }],
    ];
    for (const [name, header, expected] of cases) {
        test(name, () => {
            const parsed = parseCookies(header);
            assert.equal(Object.prototype.isPrototypeOf(parsed), false);
            assert.deepEqual(Object.entries(parsed).sort(), Object.entries(expected).sort());
        });
    }
    test('a 100 KB value is returned whole', () => {
        const value = 'v'.repeat(100_000);
        assert.equal(parseCookies(`a=${value}`).a, value);
    });
    test('10,000 pairs with one repeated name keep the last', () => {
        const header = Array.from({ length: 10_000 }, (_, index) => `k${index % 100}=${index}`).join('; ');
        const parsed = parseCookies(header);
        assert.equal(Object.keys(parsed).length, 100);
        assert.equal(parsed.k0, '9900');
        assert.equal(parsed.k99, '9999');
    });
    test('a non-string header (an array from a careless caller) gives {}', () => {
        assert.deepEqual(plain(parseCookies(['a=1'])), {});
    });
    test('property: any header string gives string values and never throws', () => {
        fc.assert(fc.property(hostileString, (header) => {
            const parsed = parseCookies(header);
            for (const value of Object.values(parsed))
                assert.equal(typeof value, 'string');
        }), { numRuns: 300 });
    });
    test('property: a pair built from cookie-ish pieces parses to the last value per name', () => {
        const pair = fc.tuple(fc.constantFrom('a', 'b', '_idx'), fc.string({ unit: fc.constantFrom('x', 'y', '1', '-'), maxLength: 5 }));
        fc.assert(fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => {
            const expected = {};
            for (const [name, value] of pairs)
                expected[name] = value;
            const parsed = parseCookies(pairs.map(([name, value]) => `${name}=${value}`).join('; '));
            assert.deepEqual(plain(parsed), expected);
        }), { numRuns: 300 });
    });
});
describe('serializeCookie', () => {
    const ok = [
        ['bare pair', 'a', 'b', undefined, 'a=b'],
        ['value is percent-encoded', 'a', 'x; y=z,ä', undefined, 'a=x%3B%20y%3Dz%2C%C3%A4'],
        ['empty value', 'a', '', undefined, 'a='],
        [
            'every attribute',
            'sid',
            'v',
            {
                maxAge: 60,
                expires: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)),
                domain: 'example.com',
                path: '/app',
                secure: true,
                httpOnly: true,
                sameSite: 'Strict',
                partitioned: true,
            },
            'sid=v; Max-Age=60; Domain=example.com; Path=/app; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; Secure; Partitioned; SameSite=Strict',
        ],
        ['SameSite=Lax', 'a', 'b', { sameSite: 'Lax' }, 'a=b; SameSite=Lax'],
        ['SameSite=None', 'a', 'b', { sameSite: 'None', secure: true }, 'a=b; Secure; SameSite=None'],
        ['false flags are left out', 'a', 'b', { secure: false, httpOnly: false }, 'a=b'],
    ];
    for (const [name, cookieName_, value, options, expected] of ok) {
        test(name, () => assert.equal(serializeCookie(cookieName_, value, options), expected));
    }
    const bad = [
        ['CR/LF in the value', () => serializeCookie('a', 'x\r\nSet-Cookie: evil=1'), /control character/],
        ['NUL in the value', () => serializeCookie('a', 'x\u0000'), /control character/],
        ['LF in the name', () => serializeCookie('a\nb', 'x'), /"a\\nb"/],
        ['CR/LF in the domain', () => serializeCookie('a', 'x', { domain: 'example.com\r\nX: 1' }), /control character/],
        ['CR/LF in the path', () => serializeCookie('a', 'x', { path: '/\r\n' }), /control character/],
        ['= in the name', () => serializeCookie('a=b', 'x'), /name is invalid/],
        ['empty name', () => serializeCookie('', 'x'), /name is invalid/],
        ['space in the name', () => serializeCookie('a b', 'x'), /name is invalid/],
        ['; in the path', () => serializeCookie('a', 'x', { path: '/;Domain=evil.com' }), /path is invalid/],
        ['invalid domain', () => serializeCookie('a', 'x', { domain: 'exa mple.com' }), /domain is invalid/],
        ['lone surrogate in the value', () => serializeCookie('a', '\ud800'), /URI/],
        ['fractional maxAge', () => serializeCookie('a', 'x', { maxAge: 1.5 }), /maxAge is invalid/],
        ['invalid expires', () => serializeCookie('a', 'x', { expires: new Date(Number.NaN) }), /expires is invalid/],
        ['unknown sameSite', () => serializeCookie('a', 'x', { sameSite: 'Bogus' }), /sameSite is invalid/],
    ];
    for (const [name, run, fragment] of bad) {
        test(`throws UPLIFT_HEADER_VALUE: ${name}`, () => assertHeaderValueError(run, fragment));
    }
    test('extra keys from JS callers (a custom encode) are ignored', () => {
        const options = { encode: (value) => value };
        assert.equal(serializeCookie('a', 'x y', options), 'a=x%20y');
    });
    test('property: any name and value give a single-line header or UPLIFT_HEADER_VALUE', () => {
        fc.assert(fc.property(hostileString, hostileString, (name, value) => {
            try {
                const header = serializeCookie(name, value, { path: '/' });
                assert.doesNotMatch(header, /[\r\n\u0000]/);
            }
            catch (error) {
                assert.ok(error instanceof UpliftError && error.code === 'UPLIFT_HEADER_VALUE', String(error));
            }
        }), { numRuns: 300 });
    });
    test('property: any text without control characters or lone surrogates round-trips', () => {
        const text = fc.string({ unit: 'grapheme', maxLength: 100 }).filter((value) => !/[\u0000-\u001f\u007f]/.test(value));
        fc.assert(fc.property(cookieName, text, (name, value) => {
            const pair = serializeCookie(name, value, { path: '/', httpOnly: true }).split('; ')[0];
            assert.equal(parseCookies(pair)[name], value);
        }), { numRuns: 300 });
    });
});
describe('createCookieJar', () => {
    test('reads request cookies, last duplicate winning', () => {
        const jar = createCookieJar('a=1; b=2; a=3');
        assert.equal(jar.get('a'), '3');
        assert.equal(jar.get('missing'), undefined);
        assert.deepEqual(plain(jar.all()), { a: '3', b: '2' });
    });
    test('set applies Path=/, HttpOnly and SameSite=Lax unless overridden', () => {
        const jar = createCookieJar(undefined);
        jar.set('theme', 'dark', { maxAge: 60 });
        jar.set('visible', '1', { httpOnly: false, sameSite: 'Strict', path: '/app' });
        assert.deepEqual(jar.setCookieHeaders(), [
            'theme=dark; Max-Age=60; Path=/; HttpOnly; SameSite=Lax',
            'visible=1; Path=/app; SameSite=Strict',
        ]);
    });
    test('a later set of the same name, path and domain replaces the earlier one', () => {
        const jar = createCookieJar(undefined);
        jar.set('a', '1');
        jar.set('a', '2');
        jar.set('a', '3', { path: '/other' });
        assert.deepEqual(jar.setCookieHeaders(), ['a=2; Path=/; HttpOnly; SameSite=Lax', 'a=3; Path=/other; HttpOnly; SameSite=Lax']);
    });
    test('delete queues an expired empty cookie', () => {
        const jar = createCookieJar('a=1');
        jar.delete('a');
        assert.deepEqual(jar.setCookieHeaders(), [
            'a=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
        ]);
    });
    test('an invalid set throws at the call, queueing nothing', () => {
        const jar = createCookieJar(undefined);
        assertHeaderValueError(() => jar.set('a', 'x\r\ny'));
        assert.deepEqual(jar.setCookieHeaders(), []);
    });
});
//# sourceMappingURL=cookies.test.js.map