/**
 * Document assembly (src/ssr/output/document.ts): the hoisted `<style>` goes inside a head that ends with
 * `</head>` — any letter case, whitespace inside the tag or after it — and nowhere else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhance, styleTransform, trusted } from '../../src/ssr/index.js';
const elements = { 'x-a': ({ html }) => html `<style>:host { color: red; }</style><p>a</p>` };
const style = '<style>x-a {\n  color: red;\n}</style>';
function render(head) {
    return enhance({ elements, styleTransforms: [styleTransform] }) `${trusted(head)}<x-a></x-a>`;
}
test('the hoisted style goes before a closing head tag that ends the head', () => {
    const cases = [
        ['<!DOCTYPE html><html><head><title>t</title></head>', `<title>t</title>${style}</head><body><x-a`],
        ['<!DOCTYPE html><html><head></HEAD >\n', `<head>${style}</HEAD >\n<body><x-a`],
        // Space the tokenizer keeps out of the body stays in the head part; a no-break space starts the body.
        ['<!DOCTYPE html><html><head></hEaD\t>\n\u00a0', `<head>${style}</hEaD\t>\n<body>\u00a0<x-a`],
    ];
    for (const [head, expected] of cases) {
        const out = render(head);
        assert.ok(out.includes(expected), JSON.stringify(out));
    }
});
test('a head that does not end with its closing tag gets the style at its end', () => {
    for (const head of ['<!DOCTYPE html><html><head><title>t</title>', '<!DOCTYPE html><html><head></heady>', '<!DOCTYPE html><html><head></head x>']) {
        const out = render(head);
        assert.ok(out.includes(head + style + '<x-a'), JSON.stringify(out));
    }
});
//# sourceMappingURL=ssr-document.test.js.map