/**
 * Developer constants (string literals written in an element's source) are as trusted as the
 * template's own text, so they are written as is wherever they land: in a <style>, a <script>, a
 * plain or URL attribute value, an event handler, a custom element's attribute. Store values in
 * the very same places are still escaped or refused. Over HTTP, against a real app.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../helpers/app.js';
import { rawGet } from '../helpers/http.js';
import { attr, pageElements, textOf, type Tree } from '../helpers/dom-tree.js';

const hostile = {
  css: 'color: red; } body { background: url(javascript:alert(1))',
  js: 'alert(2)</script><script>alert(3)',
  attr: '" onmouseover="alert(4)',
  url: 'javascript:alert(5)',
};

const constantsApp: Record<string, string> = {
  'app/api/index.mjs': `export async function get() {
    return { json: { end: true, hostile: ${JSON.stringify(hostile)} } }
  }`,
  // Written the way @enhance/layout-elements writes its sheets: plain literals in the holes.
  'app/elements/constant-sinks.mjs': `function star(on) { return on ? '<b class="star">*</b>' : '' }
  export default function ConstantSinks({ html, state }) {
    const { end, hostile } = state.store
    const order = end ? 'order: 1;' : 'order: 0;'
    const marks = [end, !end].map((on) => \`<i \${on ? 'data-on' : ''} title="\${on ? hostile.attr : 'off'}">\${on ? 'on' : hostile.js}</i>\`).join('')
    return html\`<p class="returned">\${typeof star(end) === 'string' ? star(end) + ' <rated>' : 'not a string'}</p>
      <p class="marks">\${marks}</p>
      <style>.side { \${end ? 'order: 1;' : 'order: 0;'} } .via-const { \${order} }</style>
      <style>.data { \${hostile.css} }</style>
      <script>window.level = \${end ? '"debug"' : '"info"'}; window.handler = \${end ? 'function () { return 1 }' : 'null'};</script>
      <script>window.fromStore = \${hostile.js};</script>
      <p class="constant" title='\${end ? 'say "hi" &amp; go' : ''}' onclick="\${end ? 'track(1)' : ''}">c</p>
      <p class="data" title="\${hostile.attr}" onclick="\${hostile.js}">d</p>
      <a class="constant" href="\${end ? 'javascript:void(0)' : '/'}">c</a>
      <a class="data" href="\${hostile.url}">d</a>
      <side-note position="\${end ? 'end' : 'start'}"></side-note>
      <side-note class="data" position="\${hostile.attr}"></side-note>\`
  }`,
  'app/elements/side-note.mjs': `export default function SideNote({ html, state }) {
    return html\`<span>\${state.attrs.position === 'end' ? 'at the end' : state.attrs.position}</span>\`
  }`,
  'app/pages/index.html': '<constant-sinks></constant-sinks>',
};

describe('developer constants are written as is in every context; store values there stay escaped', () => {
  let page = '';
  let all: Tree[] = [];
  const byClass = (tag: string, name: string): Tree => all.find((el) => el.tagName === tag && attr(el, 'class') === name) as Tree;
  before(async () => {
    const app = await serve(constantsApp);
    const response = await rawGet(app.port, '/', { accept: 'text/html' });
    assert.equal(response.status, 200);
    page = response.body;
    all = pageElements(page);
  });

  it('in a <style>: the declaration is kept, directly and through a const; a store value that would end the rule is refused', () => {
    assert.match(page, /\.side \{\s*order: 1;\s*\}/);
    assert.match(page, /\.via-const \{\s*order: 1;\s*\}/);
    assert.match(page, /\.data \{\s*zUpliftRefusedz\s*\}/);
    assert.doesNotMatch(page, /body \{ background/);
  });

  it('in a <script>: the code runs as written; a store value is a string and cannot end the script', () => {
    const [constants, data] = all.filter((el) => el.tagName === 'script') as [Tree, Tree];
    const globals: Record<string, unknown> = {};
    new Function('window', textOf(constants))(globals);
    assert.equal(globals['level'], 'debug');
    assert.equal(typeof globals['handler'], 'function');
    assert.doesNotMatch(textOf(data), /<\/script/i);
    new Function('window', textOf(data))(globals);
    assert.equal(globals['fromStore'], hostile.js);
    assert.equal(all.filter((el) => el.tagName === 'script').length, 2, 'no script the template did not write');
  });

  it('in attribute values: the constant is the value the source spelt; a store value is only text', () => {
    const constant = byClass('p', 'constant');
    assert.equal(attr(constant, 'title'), 'say "hi" & go', 'entities as written, quotes kept inside the value');
    assert.equal(attr(constant, 'onclick'), 'track(1)');
    const data = byClass('p', 'data');
    assert.equal(attr(data, 'title'), hostile.attr);
    assert.equal(attr(data, 'onmouseover'), undefined);
    let seen: unknown;
    new Function('alert', attr(data, 'onclick') as string)((value: unknown) => (seen = value));
    assert.equal(seen, undefined, 'the handler holds the store value as a string, never as code');
  });

  it('in a URL attribute: a constant scheme is the developer\'s; a store javascript: URL is refused', () => {
    assert.equal(attr(byClass('a', 'constant'), 'href'), 'javascript:void(0)');
    assert.equal(attr(byClass('a', 'data'), 'href'), 'about:invalid#uplift-refused-url');
  });

  it('markup a function returns is a string its caller can test and join; a constant in a list item\'s tag is an attribute', () => {
    const returned = byClass('p', 'returned');
    assert.deepEqual((returned.childNodes ?? []).map((child) => child.tagName === undefined ? child.value : `${child.tagName}.${attr(child, 'class')}`), ['b.star', ' <rated>']);
    const marks = all.filter((el) => el.tagName === 'i');
    assert.deepEqual(marks.map((el) => [attr(el, 'data-on'), attr(el, 'title'), textOf(el)]), [['', hostile.attr, 'on'], [undefined, 'off', hostile.js]]);
  });

  it("in a custom element's attribute: the element receives the constant's text, and store text as it is", () => {
    const notes = all.filter((el) => el.tagName === 'side-note');
    assert.equal(textOf(notes[0] as Tree), 'at the end');
    assert.equal(attr(notes[1] as Tree, 'position'), hostile.attr);
    assert.equal(textOf(notes[1] as Tree), hostile.attr);
  });
});
