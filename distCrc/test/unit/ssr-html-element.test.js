/**
 * `.html` element expressions: state paths are read without evaluating code; anything else is
 * refused at start-up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePath, createHtmlElement } from '../../src/ssr/page/html-element.js';
import { enhance } from '../../src/ssr/index.js';
const state = { attrs: { title: 'T', 'data-id': '7', empty: '' }, store: { user: { name: 'Ada' }, items: [{ name: 'first' }] }, instanceID: 'i1', context: {} };
test('supported paths', () => {
    const table = [
        ['attrs.title', 'T'],
        ['store.user.name', 'Ada'],
        ['store.items[0].name', 'first'],
        ["attrs['data-id']", '7'],
        ['attrs["data-id"]', '7'],
        ['store.missing?.deep', undefined],
        ['store.missing.deep', undefined],
        ['instanceID', 'i1'],
        ["attrs.empty || 'fallback'", 'fallback'],
        ["attrs.empty ?? 'fallback'", ''],
        ['attrs.nope ?? "dflt"', 'dflt'],
        ['attrs.constructor', undefined],
        ['store.user.__proto__', undefined],
    ];
    for (const [expression, expected] of table) {
        const resolve = compilePath(expression);
        assert.ok(resolve !== null, expression);
        assert.equal(resolve(state), expected, expression);
    }
});
test('expressions that are not paths are refused', () => {
    for (const expression of ['attrs.items.map(x => x)', 'a + b', 'attrs.title.toUpperCase()', '`x`', '', '1', 'attrs[title]', 'process.exit()']) {
        assert.equal(compilePath(expression), null, expression);
    }
});
test('an .html element renders through html, missing values print undefined', () => {
    const element = createHtmlElement('<h1>${attrs.title}</h1><p>${attrs.subtitle}</p><slot></slot>', 'my-heading.html');
    const out = enhance({ elements: { 'my-heading': element } }) `<my-heading title="Hi">kid</my-heading>`;
    assert.match(out, /<my-heading title="Hi" enhanced="✨"><h1>Hi<\/h1><p>undefined<\/p>kid<\/my-heading>/);
});
test('an unclosed ${ names the file', () => {
    assert.throws(() => createHtmlElement('<p>${attrs.title</p>', 'app/elements/x-y.html'), /app\/elements\/x-y\.html: "\$\{" at offset 3 is never closed/);
});
//# sourceMappingURL=ssr-html-element.test.js.map