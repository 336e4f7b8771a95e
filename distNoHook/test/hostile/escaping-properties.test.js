/**
 * Fuzzing: for any string in any hole of any context of the table (context-cases.ts), the page
 * parsed by parse5 has exactly the elements and attributes the template wrote, and a URL hole
 * never yields a script URL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'parse5';
import { enhance } from '../../src/ssr/index.js';
import { isDangerousUrl } from '../../src/ssr/strings/escape.js';
import { contextCases } from './context-cases.js';
/** Every element with its attribute names, in document order. */
function shape(node, out = []) {
    if (node.tagName !== undefined)
        out.push(`${node.tagName}[${(node.attrs ?? []).map((a) => a.name).join(' ')}]`);
    for (const child of node.childNodes ?? [])
        shape(child, out);
    if (node.content !== undefined)
        shape(node.content, out);
    return out;
}
function urls(node, out = []) {
    for (const a of node.attrs ?? [])
        if (a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'formaction')
            out.push(a.value);
    for (const child of node.childNodes ?? [])
        urls(child, out);
    return out;
}
function render(source, value) {
    const parts = source.split('{}');
    const strings = Object.assign([...parts], { raw: [...parts] });
    return parse(enhance()(strings, ...parts.slice(1).map(() => value)));
}
const templates = [...new Set(contextCases.filter((row) => row.context !== 'attribute name').map((row) => row.template))];
/** Strings made mostly of the characters that end contexts, with markers and odd code points. */
const hostile = fc.string({
    unit: fc.oneof(fc.constantFrom('<', '>', '"', "'", '`', '&', '=', '/', '-', '!', ';', '{', '}', '(', ')', '\\', '$', ':', ' ', '\n', '\t', '\0', '\uE000', '\uE001', '\u2028'), fc.constantFrom('script', 'style', 'javascript:', 'data:', '--', '<!--', '-->', '</', 'img', 'onerror', 'x', '#', '?', '*/', '/*'), fc.string({ maxLength: 2 })),
    maxLength: 40,
});
test(`no string adds an element or attribute, in any of ${templates.length} contexts`, () => {
    for (const template of templates) {
        const expected = shape(render(template, 'x'));
        fc.assert(fc.property(hostile, (value) => {
            const tree = render(template, value);
            assert.deepEqual(shape(tree), expected, `${template} ← ${JSON.stringify(value)}`);
            for (const url of urls(tree))
                assert.equal(isDangerousUrl(url) && !url.startsWith('/'), false, url);
        }), { numRuns: 150 });
    }
});
test('where an attribute name goes, data adds at most one bare attribute name', () => {
    fc.assert(fc.property(hostile, (value) => {
        const names = shape(render('<input {}>', value)).filter((s) => s.startsWith('input'));
        assert.ok(names.length === 1 && /^input\[[A-Za-z_:][-\w:.]*\]$|^input\[\]$/.test(names[0]), JSON.stringify([value, names]));
    }), { numRuns: 500 });
});
//# sourceMappingURL=escaping-properties.test.js.map