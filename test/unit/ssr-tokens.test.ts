/**
 * Markup tokens (src/ssr/markup/tokens.ts) and the shortcuts the renderer takes with them: a
 * token means markup only in the render that made it, and a flag written where an attribute name
 * goes reaches a custom element as the attribute the parser would read, short cut or not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhance } from '../../src/ssr/index.js';
import { importTagged } from '../helpers/tagged-copy.js';

type Args = { html: (s: TemplateStringsArray, ...v: unknown[]) => string; state: { store: Record<string, unknown>; attrs: Record<string, unknown> } };
type Elements = { elements: Record<string, (args: Args) => string>; kept: () => string };

const { elements, kept } = await importTagged<Elements>(`
  let last = '';
  export const kept = () => last;
  export const elements = {
    // Keeps a markup result past its render, then shows whatever the store holds as data.
    'keep-markup': ({ html, state }) => {
      last = html\`<b id="kept">bold</b>\`;
      return html\`<p>\${state.store.value ?? ''}</p>\`;
    },
    // Developer flags (string literals, so markup), chosen by the store's index.
    'flag-list': ({ state }) => {
      const i = state.store.flag;
      return \`<flag-item \${i === 0 ? ' done' : i === 1 ? '\\n\\tdone-2_x ' : i === 2 ? ' ' : i === 3 ? '' : i === 4 ? ' Done' : i === 5 ? ' a b' : ' data-x="1"'}></flag-item>\`;
    },
    'flag-item': ({ html, state }) => html\`<i>\${JSON.stringify(state.attrs)}</i>\`,
  };`);

function render(tag: string, store: Record<string, unknown>): string {
  const html = enhance({ elements, initialState: store, enhancedAttr: false });
  return html`<${tag}></${tag}>` as string;
}

test('a token kept from an earlier render is data in the next one, never its markup', () => {
  render('keep-markup', {});
  for (let round = 0; round < 3; round++) {
    const stale = kept();
    const page = render('keep-markup', { value: stale });
    assert.ok(!page.includes('<b id="kept">'), `round ${round}: the stale token became markup: ${page}`);
    assert.ok(page.includes('<p>&#57344;'), `round ${round}: the stale token is shown as escaped text: ${page}`);
  }
});

test('a token copied with its text changed is data', () => {
  render('keep-markup', {});
  const token = kept();
  for (const forged of [token.slice(0, -1) + '7\uE001', token.slice(0, 1) + token.slice(2), token + token.slice(0, -1)]) {
    const page = render('keep-markup', { value: forged });
    assert.ok(!page.includes('<b id="kept">'), `${JSON.stringify(forged)} became markup: ${page}`);
  }
});

test('a flag where an attribute name goes reaches the custom element as the parser reads it', () => {
  // In the order of the element's ternary.
  const cases: [string, Record<string, string>][] = [
    [' done', { done: '' }],
    ['\n\tdone-2_x ', { 'done-2_x': '' }],
    [' ', {}],
    ['', {}],
    [' Done', { done: '' }],
    [' a b', { a: '', b: '' }],
    [' data-x="1"', { 'data-x': '1' }],
  ];
  for (const [flag, attrs] of cases) {
    const page = render('flag-list', { flag: cases.findIndex(([written]) => written === flag) });
    const shown = /<i>(.*)<\/i>/.exec(page)?.[1]?.replace(/&quot;/g, '"');
    assert.deepEqual(JSON.parse(shown ?? 'null'), attrs, `${JSON.stringify(flag)}: ${page}`);
  }
});
