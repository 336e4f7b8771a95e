/**
 * Every documented difference from `@enhance/ssr` 4.0.3 (docs/differences-ssr.md), each shown
 * with both outputs: what Enhance produces and what Uplift produces instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domOf, renderWithEnhance, renderWithUplift } from '../helpers/ssr-compare.js';
import { enhance } from '../../src/ssr/index.js';
import enhanceSsr from '@enhance/ssr';
import enhanceStyleTransform from '@enhance/enhance-style-transform';
import { styleTransform } from '../../src/ssr/index.js';
import { importTagged } from '../helpers/tagged-copy.js';
/** Both outputs; Uplift renders `tagged`, the fixture as the app loader serves it, when given. */
function both(fixture, tagged = fixture) {
    return { enhance: domOf(renderWithEnhance(fixture)), uplift: domOf(renderWithUplift(tagged)) };
}
test('escaping: store strings never become markup (Enhance inserts them raw)', () => {
    const out = both({
        name: 'escaping',
        initialState: { bio: '<script>alert(1)</script>', link: '"><img src=x onerror=alert(1)>' },
        elements: { 'my-bio': ({ html, state }) => html `<p>${state.store.bio}</p><a title="${state.store.link}">x</a>` },
        render: (html) => html `<my-bio></my-bio>`,
    });
    assert.match(out.enhance, /<p><script>alert\(1\)<\/script><\/p>/);
    assert.match(out.enhance, /<img src="x" onerror="alert\(1\)">/);
    assert.match(out.uplift, /<p>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
    assert.match(out.uplift, /<a title="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;">x<\/a>/);
    assert.doesNotMatch(out.uplift, /<img/);
});
test('escaping: data inside map/join markup is escaped, the markup is kept', async () => {
    const source = `export default {
    name: 'escaping in lists',
    initialState: { items: [{ name: '<b>bold</b>' }, { name: 'plain' }] },
    elements: { 'my-list': ({ html, state }) => html\`<ul>\${state.store.items.map((i) => \`<li>\${i.name}</li>\`).join('')}</ul>\` },
    render: (html) => html\`<my-list></my-list>\`,
  };`;
    const plain = (await import(`data:text/javascript,${encodeURIComponent(source)}`));
    const tagged = await importTagged(source);
    const out = both(plain.default, tagged.default);
    assert.match(out.enhance, /<li><b>bold<\/b><\/li>/);
    assert.match(out.uplift, /<ul><li>&lt;b&gt;bold&lt;\/b&gt;<\/li><li>plain<\/li><\/ul>/);
});
test('context reaches descendants only (Enhance leaks it to later siblings)', () => {
    const out = both({
        name: 'context',
        elements: {
            'my-parent': ({ html, state }) => {
                state.context.color = 'red';
                return html `<slot></slot>`;
            },
            'my-child': ({ html, state }) => html `<i>${state.context.color ?? 'none'}</i>`,
        },
        render: (html) => html `<my-parent><my-child></my-child></my-parent><my-child></my-child>`,
    });
    assert.match(out.enhance, /<\/my-parent><my-child enhanced="✨"><i>red<\/i>/);
    assert.match(out.uplift, /<my-parent enhanced="✨"><my-child enhanced="✨"><i>red<\/i><\/my-child><\/my-parent>/);
    assert.match(out.uplift, /<\/my-parent><my-child enhanced="✨"><i>none<\/i>/);
});
test('text that looks like a placeholder is kept (Enhance deletes every __b_N)', () => {
    const out = both({
        name: 'placeholder text',
        elements: {},
        render: (html) => html `<p>ticket __b_12 stays</p>`,
    });
    assert.match(out.enhance, /<p>ticket  stays<\/p>/);
    assert.match(out.uplift, /<p>ticket __b_12 stays<\/p>/);
});
test('a script right after a style is hoisted too (Enhance skips it)', () => {
    const out = both({
        name: 'skip quirk',
        elements: { 'my-el': ({ html }) => html `<style>p{color:red}</style><script>once()</script><p>x</p>` },
        render: (html) => html `<my-el></my-el><my-el></my-el>`,
    });
    assert.equal(out.enhance.match(/once\(\)/g)?.length, 2, 'Enhance leaves the script in each instance');
    assert.match(out.enhance, /<my-el enhanced="✨"><script>once\(\)<\/script><p>x<\/p><\/my-el>/);
    assert.equal(out.uplift.match(/once\(\)/g)?.length, 1, 'Uplift hoists it once');
    assert.match(out.uplift, /<\/my-el><script>once\(\)<\/script><\/body>/);
});
test('two scripts with the same text but different sources are both kept (Enhance drops one)', () => {
    const out = both({
        name: 'same text, two sources',
        elements: { 'my-el': ({ html }) => html `<p>x</p>\n<script src="/a.js">boot()</script>\n<script src="/b.js">boot()</script>\n` },
        render: (html) => html `<my-el></my-el><my-el></my-el>`,
    });
    assert.doesNotMatch(out.enhance, /src="\/a\.js"/, 'Enhance keys hoisted scripts by their text alone');
    assert.equal(out.enhance.match(/src="\/b\.js"/g)?.length, 1);
    assert.match(out.uplift, /<\/my-el><script src="\/a\.js">boot\(\)<\/script><script src="\/b\.js">boot\(\)<\/script><\/body>/);
});
test('several children for one named slot all land in it (Enhance overwrites the slot\'s last sibling)', () => {
    const out = both({
        name: 'many inserts',
        elements: { 'my-el': ({ html }) => html `<p><slot name="a"></slot>tail</p>` },
        render: (html) => html `<my-el><b slot="a">1</b><i slot="a">2</i></my-el>`,
    });
    assert.match(out.enhance, /<p><b slot="a">1<\/b><i slot="a">2<\/i><\/p>/);
    assert.match(out.uplift, /<p><b slot="a">1<\/b><i slot="a">2<\/i>tail<\/p>/);
});
test('a second unnamed slot shows its own content (Enhance duplicates the children)', () => {
    const out = both({
        name: 'two unnamed slots',
        elements: { 'my-el': ({ html }) => html `<p><slot></slot></p><div><slot>second</slot></div>` },
        render: (html) => html `<my-el><b>1</b></my-el>`,
    });
    assert.match(out.enhance, /<p><b>1<\/b><\/p><div><b>1<\/b><\/div>/);
    assert.match(out.uplift, /<p><b>1<\/b><\/p><div>second<\/div>/);
});
test('a quote in an app string stays inside its attribute (Enhance ends the attribute there)', () => {
    const out = both({
        name: 'quote in attribute',
        elements: { 'my-el': ({ html }) => html `<p title="${'say "hi"'}" data-n=${'a b'}>x</p>` },
        render: (html) => html `<my-el></my-el>`,
    });
    assert.match(out.enhance, /<p title="say " hi""="" data-n="a" b="">/);
    assert.match(out.uplift, /<p title="say &quot;hi&quot;" data-n="a b">/);
});
test('initialState is copied per document, so store writes do not reach the next render', () => {
    const elements = {
        'my-count': ({ html, state }) => {
            state.store.n = (state.store.n ?? 0) + 1;
            return html `<b>${state.store.n}</b>`;
        },
    };
    const reference = enhanceSsr({ elements, initialState: {} });
    const ours = enhance({ elements, initialState: {} });
    const call = (html) => html `<my-count></my-count>`;
    call(reference);
    call(ours);
    assert.match(call(reference), /<b>2<\/b>/);
    assert.match(call(ours), /<b>1<\/b>/);
});
test('style scoping keeps odd selectors whole (Enhance mangles them)', () => {
    const raw = ':host(.a) :host(.b) p { x: y } ::slotted(p) > a:not(.x) { x: y }';
    const args = { attrs: [], raw, tagName: 'my-el', context: 'markup' };
    assert.equal(enhanceStyleTransform(args), '__TAGNAME__.a) my-el(.b p {\n  x: y;\n}\n\nmy-el p) > a:not(.x {\n  x: y;\n}');
    assert.equal(styleTransform(args), 'my-el.a my-el.b p {\n  x: y;\n}\n\nmy-el p > a:not(.x) {\n  x: y;\n}');
});
test('unknown at-rules are kept and malformed CSS does not throw (Enhance mangles or throws)', () => {
    const property = { attrs: [], raw: '@property --x { syntax: "<length>"; inherits: false }', tagName: 'my-el', context: 'markup' };
    assert.match(enhanceStyleTransform(property), /^my-el @property --x \{/);
    assert.equal(styleTransform(property), '@property --x {\n  syntax: "<length>";\n  inherits: false;\n}');
    const broken = { attrs: [], raw: 'h1 { color: red', tagName: 'my-el', context: 'markup' };
    assert.throws(() => enhanceStyleTransform(broken), /missing '}'/);
    assert.equal(styleTransform(broken), 'my-el h1 {\n  color: red;\n}');
});
test('an element that returns no string fails with a message naming it (Enhance: a TypeError)', () => {
    const elements = { 'my-el': () => undefined };
    assert.throws(() => enhanceSsr({ elements }) `<my-el></my-el>`, TypeError);
    assert.throws(() => enhance({ elements }) `<my-el></my-el>`, /The element <my-el> returned undefined instead of a string/);
});
//# sourceMappingURL=ssr-differences.test.js.map