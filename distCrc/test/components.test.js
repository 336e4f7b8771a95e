/**
 * `app/components` single-file components, rendered by Uplift and by the real Enhance runtime
 * (@enhance/arc-plugin-enhance behind node:http) from one app folder, with the built-in head: the
 * documents must be equal.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serveWithEnhance } from './helpers/enhance-server.js';
import { startApp, tmpApp } from './helpers/app.js';
const files = {
    // A class, as a component that also runs in the browser is written: the server uses prototype.render.
    'app/components/counter-button.mjs': `export default class CounterButton {
  static get observedAttributes() { return ['count'] }
  render({ html, state }) {
    const { count = '0', label = 'Add' } = state.attrs
    return html\`<style>button { color: red; }</style><button>\${label} \${count}</button><span>\${state.store.total}</span><script type="module">console.log('upgrade')</script>\`
  }
}`,
    // An object with render, in a folder: its tag is folder-name.
    'app/components/blog/card.mjs': "export default { render({ html, state }) { return html`<article><slot name=\"title\"></slot><slot></slot>${state.attrs.id}</article>` } }",
    // Browser-only code beside them: Enhance loads only .mjs, so this never runs on the server.
    'app/components/upgrade.js': "customElements.define('x-upgrade', class extends HTMLElement {})",
    // No render: skipped, so the tag stays as written.
    'app/components/plain-thing.mjs': 'export default class PlainThing {}',
    'app/pages/index.html': '<counter-button count="3" label="Plus"></counter-button><blog-card id="7"><h2 slot="title">T</h2><p>body</p></blog-card><plain-thing>as is</plain-thing>',
    'app/api/index.mjs': 'export async function get() { return { json: { total: 42 } } }',
};
describe('app/components, against the real Enhance runtime', async () => {
    // Enhance reads the `@enhance-elements` list from ELEMENTS whenever app/components exists.
    process.env['ELEMENTS'] ??= '[]';
    const root = await tmpApp(files);
    const [enhanceUrl, uplift] = await Promise.all([serveWithEnhance(root), startApp(root)]);
    it('renders components as Enhance does: prototype.render or render, folders, styles, scripts', async () => {
        const [ours, theirs] = await Promise.all([fetch(`${uplift.url}/`), fetch(`${enhanceUrl}/`)]);
        assert.equal(ours.status, 200);
        assert.equal(theirs.status, 200);
        const body = await ours.text();
        assert.equal(body, await theirs.text());
        assert.match(body, /<counter-button count="3" label="Plus" enhanced="✨"><button>Plus 3<\/button><span>42<\/span><\/counter-button>/);
        assert.match(body, /<style>counter-button button \{/);
        assert.match(body, /<blog-card id="7" enhanced="✨"><article><h2 slot="title">T<\/h2><p>body<\/p>7<\/article><\/blog-card>/);
        assert.match(body, /<plain-thing>as is<\/plain-thing>/);
    });
});
//# sourceMappingURL=components.test.js.map