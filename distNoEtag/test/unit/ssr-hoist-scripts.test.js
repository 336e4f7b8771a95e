/**
 * Hoisted scripts (src/ssr/render/hoist.ts): whatever scripts elements write, the end of the body
 * gets each distinct one (by text and `src`) exactly once; script transforms change only scripts
 * with text, so an external script keeps its empty body.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'parse5';
import { enhance } from '../../src/ssr/index.js';
const appended = '/* transformed */';
const transform = ({ raw }) => raw + appended;
const scriptArbitrary = fc.record({
    src: fc.constantFrom(null, '/_public/a.mjs', '/_public/b.mjs', ''),
    text: fc.constantFrom('', 'go()', 'x = 1'),
    module: fc.boolean(),
});
function markup(script) {
    const type = script.module ? ' type="module"' : '';
    const src = script.src === null ? '' : ` src="${script.src}"`;
    return `<script${type}${src}>${script.text}</script>`;
}
/** The scripts at the end of the rendered body, as `text|src` pairs in document order. */
function hoistedScripts(html) {
    const document = parse(html);
    const htmlElement = document.childNodes.find((node) => 'tagName' in node && node.tagName === 'html');
    const body = htmlElement.childNodes.find((node) => 'tagName' in node && node.tagName === 'body');
    const scripts = [];
    for (const node of body.childNodes) {
        if (!('tagName' in node) || node.tagName !== 'script')
            continue;
        const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        const src = node.attrs.find((attr) => attr.name === 'src')?.value ?? null;
        scripts.push(`${text}|${src}`);
    }
    return scripts;
}
test('every distinct script is hoisted once, external ones untransformed', () => {
    fc.assert(fc.property(fc.array(fc.array(scriptArbitrary, { maxLength: 4 }), { minLength: 1, maxLength: 3 }), (elementScripts) => {
        const elements = {};
        elementScripts.forEach((scripts, i) => {
            // Text between the scripts, as authors write them (one per line).
            elements[`x-e${i}`] = ({ html }) => html([`<p>${i}</p>\n${scripts.map(markup).join('\n')}\n`]);
        });
        const page = elementScripts.map((_, i) => `<x-e${i}></x-e${i}><x-e${i}></x-e${i}>`).join('');
        const out = enhance({ elements, scriptTransforms: [transform] })([page]);
        const expected = new Set();
        for (const script of elementScripts.flat()) {
            if (script.text === '' && script.src === null)
                continue;
            expected.add(`${script.text === '' ? '' : script.text + appended}|${script.src}`);
        }
        const found = hoistedScripts(out);
        assert.deepEqual([...found].sort(), [...expected].sort());
        assert.equal((out.match(/<script/g) ?? []).length, found.length, 'no script is left inside an element');
    }), { numRuns: 200 });
});
//# sourceMappingURL=ssr-hoist-scripts.test.js.map