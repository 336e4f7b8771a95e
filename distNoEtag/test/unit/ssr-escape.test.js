/**
 * Safe by default: data never becomes markup in any context, while markup the app builds itself —
 * in `html` or in plain template literals the app loader tags — keeps its structure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, serialize } from 'parse5';
import { enhance, styleTransform, trusted } from '../../src/ssr/index.js';
import { escapeAttribute, escapeCssString, escapeJsString, escapeText, isDangerousUrl } from '../../src/ssr/strings/escape.js';
import { importTagged } from '../helpers/tagged-copy.js';
const attacks = {
    script: '<script>alert(1)</script>',
    breakout: '"><img src=x onerror=alert(1)>',
    single: "' onmouseover='alert(1)",
    style: '</style><script>alert(2)</script>',
    comment: '--><script>alert(3)</script>',
};
function render(elements, markup = '<x-el></x-el>') {
    const html = enhance({ elements, initialState: attacks, styleTransforms: [styleTransform] });
    return serialize(parse(html([markup])));
}
/** No element or attribute the attacks could have added, checked on the parsed tree. */
function assertNoInjection(dom) {
    const walk = (node) => {
        assert.notEqual(node.nodeName, 'img', 'no injected <img>');
        for (const attr of node.attrs ?? [])
            assert.doesNotMatch(attr.name, /^on/, `no event handler attribute ${attr.name}`);
        if (node.nodeName === 'script')
            assert.doesNotMatch(JSON.stringify(node.childNodes), /alert/, 'no injected script');
        for (const child of node.childNodes ?? [])
            walk(child);
    };
    walk(parse(dom));
}
test('text context: store strings are text', () => {
    const dom = render({ 'x-el': ({ html, state }) => html `<p>${state.store.script}</p><p>${state.store.breakout}</p>` });
    assertNoInjection(dom);
    assert.match(dom, /<p>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
});
test('attribute context: quotes cannot end the value, in either quote style', () => {
    const dom = render({ 'x-el': ({ html, state }) => html `<a title="${state.store.breakout}" class='${state.store.single}' data-x=${state.store.single}>x</a>` });
    assertNoInjection(dom);
    assert.match(dom, /class="' onmouseover='alert\(1\)"/);
});
test('style context: </style> cannot end the style, hoisted or nested', () => {
    const dom = render({ 'x-el': ({ html, state }) => html `<style>.a::after { content: "${state.store.style}" }</style><div><style>.b::after { content: "${state.store.style}" }</style></div>` });
    assertNoInjection(dom);
    assert.match(dom, /content: "\\3c \/style\\3e \\3c script\\3e alert\(2\)\\3c \/script\\3e "/);
    assert.equal(dom.match(/<style>/g)?.length, 2, 'one hoisted, one nested style, no extra elements');
});
test('script context: </script> cannot end the script', () => {
    const dom = render({ 'x-el': ({ html, state }) => html `<div><script>const v = "${state.store.script}";</script></div>` });
    assert.match(dom, /<script>const v = "\\u003cscript\\u003ealert\(1\)\\u003c\\u002fscript\\u003e";<\/script>/);
    assert.equal(dom.match(/<script>/g)?.length, 1);
});
test('comment context: --> cannot end the comment', () => {
    const dom = render({ 'x-el': ({ html, state }) => html `<!-- ${state.store.comment} --><p>x</p>` });
    assertNoInjection(dom);
});
test('plain template literals (as the loader tags them): lists keep their markup, data inside is escaped', async () => {
    const { elements } = await importTagged(`
    export const elements = {
      'x-el': ({ html, state }) => html\`<ul>\${Object.values(state.store).map((v) => \`<li title="\${v}"><b>\${v}</b></li>\`).join('')}</ul>\`,
    };`);
    const dom = render(elements);
    assertNoInjection(dom);
    assert.equal(dom.match(/<li title=/g)?.length, 5, 'every list item is an element');
    assert.equal(dom.match(/<b>/g)?.length, 5, 'the markup around the values stays markup');
});
test('an element returning an untagged string: data, shown as text', () => {
    const dom = render({ 'x-el': ({ state }) => `<p>${state.store.script}</p>` });
    assertNoInjection(dom);
    assert.match(dom, /<x-el enhanced="✨">&lt;p&gt;&lt;script&gt;/);
});
test('attributes an element receives are untrusted, even when the parent wrote them', () => {
    const dom = render({
        'x-parent': ({ html }) => html `<x-child label="&lt;b&gt;not bold&lt;/b&gt;"></x-child>`,
        'x-child': ({ html, state }) => html `<p>${state.attrs.label}</p>`,
    }, '<x-parent></x-parent>');
    assert.match(dom, /<p>&lt;b&gt;not bold&lt;\/b&gt;<\/p>/);
});
test('opt-out: trusted() and html.raw() insert stored HTML as markup', () => {
    const stored = '<em>rich</em> <b>text</b>';
    const elements = {
        'x-a': ({ html, state }) => html `<article>${trusted(state.store.rich)}</article>`,
        'x-b': ({ html, state }) => html `<article>${html.raw(state.store.rich)}</article>`,
        'x-c': ({ html, state }) => html `<article>${state.store.rich}</article>`,
    };
    const out = enhance({ elements, initialState: { rich: stored } }) `<x-a></x-a><x-b></x-b><x-c></x-c>`;
    assert.equal(out.match(/<article><em>rich<\/em> <b>text<\/b><\/article>/g)?.length, 2);
    assert.match(out, /<article>&lt;em&gt;rich&lt;\/em&gt; &lt;b&gt;text&lt;\/b&gt;<\/article>/);
});
test('developer constants and returned literals stay markup (Enhance compatibility)', async () => {
    const { elements } = await importTagged(`
    const slot = '<slot></slot>';
    export const elements = {
      'x-el': ({ html, state }) => html\`<p>\${'<b>bold</b>'} \${state.store.script ? slot : ''}</p><x-in></x-in>\`,
      'x-in': () => '<em>inner</em>',
    };`);
    const out = enhance({ elements, initialState: { script: 'yes' } }) `<x-el>kept</x-el>`;
    assert.match(out, /<p><b>bold<\/b> kept<\/p>/);
    assert.match(out, /<x-in enhanced="✨"><em>inner<\/em><\/x-in>/);
});
test('escape helpers', () => {
    assert.equal(escapeText(`a<b>&"'`), `a&lt;b&gt;&amp;"'`);
    assert.equal(escapeAttribute(`a<b>&"'`), 'a&lt;b&gt;&amp;&quot;&#39;');
    assert.equal(escapeCssString('</style>'), '\\3c /style\\3e ');
    assert.equal(escapeJsString('</script>'), '\\u003c\\u002fscript\\u003e');
    assert.equal(escapeText('plain'), 'plain');
    assert.equal(isDangerousUrl('\t\n javascript:x'), true);
    assert.equal(isDangerousUrl('https://example.com'), false);
});
test('an attribute named __proto__ is an ordinary attribute', () => {
    const out = enhance({ elements: { 'x-el': ({ html, state }) => html `<p>${Object.getPrototypeOf(state.attrs) === Object.prototype ? 'plain' : 'polluted'} ${String(state.attrs['__proto__'])}</p>` } }) `<x-el __proto__="x"></x-el>`;
    assert.match(out, /<p>plain x<\/p>/);
});
test('markup stays markup when joined, concatenated or wrapped in trusted(), and no marker reaches the output', () => {
    const elements = {
        'x-el': ({ html, state }) => {
            const items = ['a', 'b'].map((n) => html `<li>${n}</li>`);
            const rich = [trusted('<em>1</em>'), trusted('<em>2</em>')].join('');
            return html `<ul>${items.join('')}</ul><p>${rich}</p><div>${trusted('<b>x</b>' + items.join(''))}</div><i>${'<s>' + items[0]}</i><p title="${items[1]}">${state.store.script}</p>`;
        },
    };
    const out = enhance({ elements, initialState: attacks }) `<x-el></x-el>`;
    assert.match(out, /<ul><li>a<\/li><li>b<\/li><\/ul><p><em>1<\/em><em>2<\/em><\/p><div><b>x<\/b><li>a<\/li><li>b<\/li><\/div>/);
    assert.match(out, /<i>&lt;s&gt;<li>a<\/li><\/i>/, 'data concatenated with markup stays data');
    assert.match(out, /<p title="&lt;li&gt;b&lt;\/li&gt;">/, 'markup landing in an attribute is escaped there');
    assert.doesNotMatch(out, /[\uE000-\uE003]/);
});
//# sourceMappingURL=ssr-escape.test.js.map