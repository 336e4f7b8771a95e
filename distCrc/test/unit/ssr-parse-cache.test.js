/**
 * Trusted markup parsed at render time keeps its tree between renders (src/ssr/parse/parse-cache.ts).
 * The reuse must never change what a render means: the same text is escaped when it is data and
 * stays markup when the app made it, whatever the previous render saw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhance } from '../../src/ssr/index.js';
import { parseAt, parseCached } from '../../src/ssr/parse/parse-cache.js';
import { markerCharacter } from '../../src/ssr/parse/markers.js';
import { importTagged } from '../helpers/tagged-copy.js';
// The same list text either way: from the store (data) or the app's own constant (markup).
const { elements: nameList } = await importTagged(`
  export const elements = {
    'name-list': ({ html, state }) => {
      const name = typeof state.store.name === 'string' ? state.store.name : '<b>bold</b>';
      const items = [1, 2].map((n) => \`<li>\${n}: \${typeof state.store.name === 'string' ? name : '<b>bold</b>'}</li>\`).join('');
      return html\`<ul>\${items}</ul>\`;
    },
  };`);
function render(store) {
    const html = enhance({ elements: nameList, initialState: store });
    return html `<name-list></name-list>`;
}
test('the same list text is escaped exactly when it is data, whatever an earlier render saw', () => {
    const escaped = '<li>1: &lt;b&gt;bold&lt;/b&gt;</li><li>2: &lt;b&gt;bold&lt;/b&gt;</li>';
    const markup = '<li>1: <b>bold</b></li><li>2: <b>bold</b></li>';
    for (let round = 0; round < 3; round++) {
        assert.ok(render({ name: '<b>bold</b>' }).includes(escaped), `round ${round}: store value escaped`);
        assert.ok(render({}).includes(markup), `round ${round}: app markup kept`);
    }
});
/** `tag:text` for an element holding one string; the string itself otherwise. */
function outline(node) {
    const el = node;
    return el.tag === undefined ? String(node) : `${el.tag}:${String(el.children?.[0])}`;
}
test('a site reuses its last tree only for the same markup', () => {
    const site = {};
    const first = parseAt(site, 0, '<p>a</p>');
    assert.equal(parseAt(site, 0, '<p>a</p>'), first);
    assert.notEqual(parseAt(site, 1, '<p>a</p>'), first, 'slots are separate');
    const other = parseAt(site, 0, '<p>b</p>');
    assert.notEqual(other, first);
    assert.deepEqual(other.nodes.map(outline), ['p:b']);
    assert.equal(other.slotFree, true);
    assert.equal(parseAt(site, 0, '<p><SLOT></SLOT></p>').slotFree, false);
});
test('markup without a site is cached only when short', () => {
    assert.equal(parseCached('<i>x</i>'), parseCached('<i>x</i>'));
    const long = '<i>x</i>'.repeat(200);
    assert.notEqual(parseCached(long), parseCached(long));
    assert.equal(parseCached(long).nodes.length, 200);
});
test('markup in a hole inside a plain element is opened up and still slots, expands and strips placeholders', async () => {
    const { elements } = await importTagged(`
    export const elements = {
      // The slot sits in a plain <li> inside markup held by a hole inside a plain <ul>.
      'slot-list': ({ html }) => html\`<ul>\${[\`<li><slot></slot></li>\`].join('')}</ul>\`,
      'obj-list': ({ html }) => {
        const inner = html\`<p data-x="\${{ a: 1 }}">a</p>\`;
        return html\`<div>\${\`<span>\${inner}</span>\`}</div>\`;
      },
      'item-list': ({ html }) => html\`<ol>\${[1, 2].map((n) => \`<li><x-item n="\${n}"></x-item></li>\`).join('')}</ol>\`,
      'x-item': ({ html, state }) => html\`<b>\${String(state.attrs.n)}</b>\`,
    };`);
    for (let round = 0; round < 2; round++) {
        const html = enhance({ elements, uuidFunction: () => 'id' });
        const out = html `<slot-list><em>child</em></slot-list><obj-list></obj-list><item-list></item-list>`;
        assert.ok(out.includes('<slot-list enhanced="✨"><ul><li><em>child</em></li></ul></slot-list>'), out);
        assert.ok(out.includes('<div><span><p data-x="">a</p></span></div>'), out);
        assert.doesNotMatch(out, markerCharacter);
        assert.ok(out.includes('<ol><li><x-item n="1" enhanced="✨"><b>1</b></x-item></li><li><x-item n="2" enhanced="✨"><b>2</b></x-item></li></ol>'), out);
    }
});
//# sourceMappingURL=ssr-parse-cache.test.js.map