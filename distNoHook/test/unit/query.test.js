import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { HttpError } from '../../src/common/errors.js';
import { parseQuery } from '../../src/request/parse-query.js';
const many = (count) => Array.from({ length: count }, (_, i) => `k${i}=${i}`).join('&');
const rows = [
    { input: '', expected: {} },
    { input: '?', expected: {} },
    { input: 'a=1', expected: { a: '1' } },
    { input: '?a=1&b=2', expected: { a: '1', b: '2' } },
    { input: 'a=1&a=2&b=x%20y', expected: { a: '1,2', b: 'x y' } },
    { input: 'a=1&a=&a=3', expected: { a: '1,,3' } },
    { input: 'q=hello+world', expected: { q: 'hello world' } },
    { input: 'q=a%2Bb', expected: { q: 'a+b' } },
    { input: 'name=Ren%C3%A9e', expected: { name: 'Renée' } },
    { input: 'emoji=%F0%9F%98%80', expected: { emoji: '😀' } },
    { input: 'k%20ey=v', expected: { 'k ey': 'v' } },
    { input: 'flag', expected: { flag: '' } },
    { input: 'flag&x=1', expected: { flag: '', x: '1' } },
    { input: 'a=1&&&b=2&', expected: { a: '1', b: '2' } },
    { input: '=v', expected: { '': 'v' } },
    { input: 'a=b=c', expected: { a: 'b=c' } },
    { input: 'bad=%zz', expected: { bad: '%zz' } },
    { input: 'pct=100%', expected: { pct: '100%' } },
    { input: 'deal=50%+off', expected: { deal: '50% off' } },
    { input: 'latin=%E9', expected: { latin: '%E9' } },
    { input: 'half=%C3', expected: { half: '%C3' } },
    { input: 'mixed=%41%zz', expected: { mixed: '%41%zz' } },
    { input: '__proto__=x&a=1', expected: { a: '1' } },
    { input: 'constructor=x&prototype=y', expected: {} },
    { input: '__proto__[polluted]=1', expected: { '__proto__[polluted]': '1' } },
    { input: '%5F%5Fproto%5F%5F=x', expected: {} },
    { input: 'toString=1&hasOwnProperty=2', expected: { toString: '1', hasOwnProperty: '2' } },
    { input: 'a=1;b=2', expected: { a: '1;b=2' } },
    { input: 'a=%00', expected: { a: '\u0000' } },
    { input: 'x=1#frag', expected: { x: '1#frag' } },
    { input: many(1000), expected: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, String(i)])) },
];
describe('parseQuery table', () => {
    for (const { input, expected } of rows) {
        test(JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input), () => {
            const query = parseQuery(input);
            assert.deepStrictEqual(query, expected);
            assert.equal(Object.getPrototypeOf(query), Object.prototype);
        });
    }
});
describe('parseQuery limits', () => {
    test('more than 1000 parameters is a 400', () => {
        assert.throws(() => parseQuery(many(1001)), (error) => {
            assert.ok(error instanceof HttpError);
            assert.equal(error.status, 400);
            assert.match(error.message, /more than 1000 parameters/);
            return true;
        });
    });
    test('1001 repeats of one name still count as 1001 parameters', () => {
        assert.throws(() => parseQuery('a=1&'.repeat(1001)), { status: 400 });
    });
    test('empty pairs do not count towards the limit', () => {
        assert.deepStrictEqual(parseQuery(`${'&'.repeat(5000)}a=1`), { a: '1' });
    });
    test('an oversized query string is a 400 naming the limit', () => {
        assert.throws(() => parseQuery(`q=${'x'.repeat(70_000)}`), { status: 400, message: /70002 characters, over the 65536-character limit/ });
    });
    test('a long name-only query stays linear and answers', () => {
        // 32k pairs without '=' would be quadratic with a naive indexOf; it must still give a 400 quickly.
        assert.throws(() => parseQuery('a&'.repeat(32_000)), { status: 400 });
        assert.deepStrictEqual(parseQuery('a&'.repeat(999)), { a: Array.from({ length: 999 }, () => '').join(',') });
    });
    test('hostile names leave Object.prototype untouched', () => {
        const before = Object.getOwnPropertyNames(Object.prototype).sort();
        parseQuery('__proto__=1&__proto__[x]=1&constructor[prototype][x]=1&prototype=1');
        assert.deepStrictEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
        assert.equal({}['x'], undefined);
    });
});
describe('parseQuery properties', () => {
    test('any string gives a record of strings or an HttpError', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
            try {
                const query = parseQuery(input);
                for (const value of Object.values(query))
                    assert.equal(typeof value, 'string');
            }
            catch (error) {
                assert.ok(error instanceof HttpError);
            }
        }), { numRuns: 300 });
    });
    test('agrees with URLSearchParams on well-formed input', () => {
        const name = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));
        fc.assert(fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 12 })), { maxLength: 10 }), (pairs) => {
            const search = new URLSearchParams(pairs).toString();
            const expected = {};
            for (const [key, value] of new URLSearchParams(search)) {
                expected[key] = Object.hasOwn(expected, key) ? `${expected[key]},${value}` : value;
            }
            assert.deepStrictEqual(parseQuery(search), expected);
        }), { numRuns: 300 });
    });
});
//# sourceMappingURL=query.test.js.map