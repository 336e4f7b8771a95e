import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseAccept, prefersJson } from '../../src/http/negotiate.js';

const json = 'application/json';
const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** [accept, content-type, wants JSON] */
const rows: ReadonlyArray<readonly [string | undefined, string | undefined, boolean]> = [
  // The brief's required examples.
  ['application/json', undefined, true],
  ['application/json, text/html', undefined, true],
  ['text/html, application/json;q=0.9', undefined, false],
  ['*/*', undefined, false],
  ['*/*, application/json', undefined, true],
  ['text/*, application/json;q=0.5', undefined, false],
  [';;;,,', undefined, false],
  // q-values
  ['text/html;q=0.1, application/json', undefined, true],
  ['application/json;q=0.9, text/html', undefined, false],
  ['text/html;q=0.5, application/json;q=0.5', undefined, false],
  ['application/json;q=0.5, text/html;q=0.5', undefined, true],
  ['application/json;q=0', undefined, false],
  ['application/json;q=0, */*', undefined, false],
  ['application/json;q=0', json, false],
  ['text/html;q=0, */*', undefined, true],
  ['text/html;q=0, application/json;q=0', json, false],
  ['application/json;q=1.000, text/html;q=0.999', undefined, true],
  ['application/json;q=0.8765, text/html;q=0.8764', undefined, true],
  // wildcards and specificity
  ['application/*', undefined, true],
  ['application/*, text/html', undefined, false],
  ['text/html, application/*', undefined, false],
  ['*/*;q=0.8, application/json', undefined, true],
  ['application/json;q=0.8, */*', undefined, false],
  ['text/*;q=0.5, text/html;q=0', undefined, true],
  ['text/json', undefined, true],
  ['text/json, text/html', undefined, true],
  [browser, undefined, false],
  [browser, json, false],
  // case, whitespace, parameters
  ['APPLICATION/JSON', undefined, true],
  ['  application/json  ;  q=0.9 ,text/html;q=0.1', undefined, true],
  ['application/json; charset=utf-8', undefined, true],
  ['text/html;level=1, application/json;q=0.9', undefined, false],
  ['application/json;q="0.5", text/html', undefined, false],
  // no preference: Content-Type decides (Enhance compat)
  [undefined, json, true],
  [undefined, 'application/json; charset=utf-8', true],
  [undefined, 'application/vnd.api+json', true],
  [undefined, 'text/plain', false],
  [undefined, undefined, false],
  ['', json, true],
  ['*/*', json, true],
  ['image/png', json, true],
  ['image/png', undefined, false],
  ['text/*', json, true],
  ['text/html', json, false],
  ['text/html,application/json', json, false],
  ['application/json,text/html', undefined, true],
  // Only a first entry that is exactly the type, with nothing after it but a comma, is read
  // without parsing; these are parsed in full and keep their answers.
  ['text/html;q=0, application/json', undefined, true],
  ['text/html2, application/json', undefined, true],
  ['application/json;q=0, text/html', undefined, false],
  ['application/jsonx, text/html', undefined, false],
  [';;;,,', json, true],
  [undefined, ';;;', false],
  // malformed entries are dropped, the rest still count
  ['application/json;q=abc, text/html', undefined, false],
  ['application/json;q=1e999, text/html;q=0.5', undefined, false],
  ['application/json;q=2', json, true],
  ['*/json, text/html', undefined, false],
  ['application/json\u0000, text/html', undefined, false],
  ['"application/json", text/html', undefined, false],
];

describe('prefersJson table', () => {
  for (const [accept, contentType, expected] of rows) {
    test(`accept ${JSON.stringify(accept)} + content-type ${JSON.stringify(contentType)} → ${expected ? 'json' : 'html'}`, () => {
      assert.equal(prefersJson(accept, contentType), expected);
    });
  }
});

describe('parseAccept', () => {
  test('reads types, q-values and parameters in order', () => {
    assert.deepStrictEqual(parseAccept('Text/HTML;Level=1;q=0.5, */*;q=0.1, application/json;charset="utf-8"'), [
      { type: 'text', subtype: 'html', q: 0.5, params: { level: '1' } },
      { type: '*', subtype: '*', q: 0.1, params: {} },
      { type: 'application', subtype: 'json', q: 1, params: { charset: 'utf-8' } },
    ]);
  });

  test('drops malformed entries and keeps the rest', () => {
    const ranges = parseAccept('html, */json, a/b;q=1.5, c/d;q=-1, e/f;q=abc, g/h;q=0.000, i/j;q, k/l');
    assert.deepStrictEqual(ranges.map((range) => `${range.type}/${range.subtype}@${range.q}`), ['g/h@0', 'i/j@1', 'k/l@1']);
  });

  test('keeps a comma inside a quoted parameter', () => {
    assert.deepStrictEqual(parseAccept('a/b;x="1,2", c/d'), [
      { type: 'a', subtype: 'b', q: 1, params: { x: '1,2' } },
      { type: 'c', subtype: 'd', q: 1, params: {} },
    ]);
  });

  test('reads at most 100 entries', () => {
    const ranges = parseAccept(Array.from({ length: 10_000 }, (_, i) => `x/y${i}`).join(','));
    assert.equal(ranges.length, 100);
    assert.equal(ranges[99]?.subtype, 'y99');
  });

  test('an entry after the first 100 does not count', () => {
    const header = `${Array.from({ length: 100 }, () => 'image/png').join(',')}, application/json`;
    assert.equal(prefersJson(header, undefined), false);
  });

  test('hostile headers give an answer', () => {
    assert.equal(prefersJson(`${'text/html;q=0.5,'.repeat(10_000)}application/json`, undefined), false);
    assert.equal(prefersJson('"'.repeat(100_000), json), true);
    assert.equal(prefersJson(`a/b;${'x=1;'.repeat(50_000)}`, undefined), false);
    assert.equal(prefersJson(`application/json;q=${'0'.repeat(100_000)}`, undefined), false);
    assert.deepStrictEqual(parseAccept('\u0000/\u0000, a/b;__proto__=x'), [{ type: 'a', subtype: 'b', q: 1, params: {} }]);
  });

  test('parameters named __proto__ leave prototypes untouched', () => {
    const [range] = parseAccept('a/b;__proto__=x;constructor=y');
    assert.deepStrictEqual(range?.params, {});
    assert.equal(Object.getPrototypeOf(range?.params), Object.prototype);
  });
});

describe('negotiation properties', () => {
  test('any Accept and Content-Type give a boolean, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.option(fc.string({ unit: 'binary', maxLength: 60 })), (accept, contentType) => {
        assert.equal(typeof prefersJson(accept, contentType ?? undefined), 'boolean');
        for (const range of parseAccept(accept)) assert.ok(range.q >= 0 && range.q <= 1);
      }),
      { numRuns: 300 },
    );
  });

  test('listing application/json first with the highest q always gives JSON', () => {
    const entry = fc.constantFrom('text/html', 'text/json', '*/*', 'application/*', 'image/png', 'text/*', 'text/html;q=1');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.constantFrom(',', ', '), (rest, separator) => {
        assert.equal(prefersJson(['application/json', ...rest].join(separator), undefined), true);
      }),
      { numRuns: 300 },
    );
  });

  test('listing text/html first with the highest q always gives HTML', () => {
    const entry = fc.constantFrom('application/json', 'text/json', '*/*', 'application/*', 'image/png', 'text/*');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (rest) => {
        assert.equal(prefersJson(['text/html', ...rest].join(', '), json), false);
      }),
      { numRuns: 300 },
    );
  });
});
