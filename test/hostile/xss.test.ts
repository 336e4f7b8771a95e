/**
 * The rendering attacks, over HTTP against a real app (xss-app.ts): each must leave the page with
 * exactly the elements and attributes the app's templates wrote, and the app's own list markup
 * must stay markup around a hostile title.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../helpers/app.js';
import { rawGet } from '../helpers/http.js';
import { attr, pageElements, textOf, type Tree } from '../helpers/dom-tree.js';
import { xssApp } from './xss-app.js';

describe('rendering attacks against a hostile store, over HTTP', () => {
  let page = '';
  let all: Tree[] = [];
  before(async () => {
    const app = await serve(xssApp);
    const response = await rawGet(app.port, '/?q=%3C/title%3E%3Cscript%3Ealert(8)%3C/script%3E', { accept: 'text/html' });
    assert.equal(response.status, 200);
    page = response.body;
    all = pageElements(page);
  });

  it('adds no element and no event handler the templates did not write', () => {
    assert.equal(all.filter((el) => el.tagName === 'img').length, 0, 'no injected <img>');
    const handlers = all.flatMap((el) => (el.attrs ?? []).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
    assert.deepEqual(handlers, ['button onclick']);
    const scripts = all.filter((el) => el.tagName === 'script');
    assert.equal(scripts.length, 2, 'the JSON script and the inline script, nothing more');
  });

  it('keeps every list item an element around a title like </b></li><li><b>', () => {
    const items = all.filter((el) => el.tagName === 'li');
    assert.equal(items.length, 3);
    assert.match(textOf(items[0] as Tree), /^<\/b><\/li><li><b><img/);
    assert.equal(textOf(items[1] as Tree), 'Second <b>safe</b>');
    assert.equal(items.every((li) => li.childNodes?.length === 1 && li.childNodes[0]?.tagName === 'b'), true);
  });

  it('escapes store values cut or rewritten with slice, replace, toUpperCase and trim', () => {
    for (const name of ['br', 'upper', 'trim']) {
      const p = all.find((el) => el.tagName === 'p' && attr(el, 'class') === name) as Tree;
      assert.equal(p.childNodes?.every((child) => child.nodeName === '#text'), true, `${name}: text only`);
      assert.match(textOf(p), /<script>alert\(2\)<\/script>/i);
    }
  });

  it('escapes the truncated description and the query in the head', () => {
    const meta = all.find((el) => el.tagName === 'meta' && attr(el, 'name') === 'description') as Tree;
    assert.equal(attr(meta, 'content'), 'line one\n<script>alert(2)</scr');
    assert.equal(textOf(all.find((el) => el.tagName === 'title') as Tree), '</title><script>alert(8)</script>');
  });

  it('escapes replies nested 41 levels deep', () => {
    const replies = all.filter((el) => el.tagName === 'div' && attr(el, 'class') === 'reply');
    assert.equal(replies.length, 41);
    assert.match(textOf(replies[40] as Tree), /^<img src=x onerror=alert\(1\)>/);
  });

  it('keeps values inside JSON, JS strings, template literals, onclick, href and style inert', () => {
    const [json, inline] = all.filter((el) => el.tagName === 'script') as [Tree, Tree];
    const data = JSON.parse(textOf(json)) as { name: string };
    assert.equal(data.name, "');alert(5);('`${alert(6)}</script><script>alert(7)</script>");
    const code = textOf(inline);
    assert.doesNotMatch(code, /<\/script/i);
    const globals: Record<string, unknown> = {};
    new Function('window', code)(globals);
    assert.equal(globals['name1'], data.name);
    assert.equal(globals['name2'], data.name);
    assert.deepEqual(globals['data'], data);
    const onclick = attr(all.find((el) => el.tagName === 'button') as Tree, 'onclick') as string;
    let tracked = '';
    new Function('track', onclick)((value: string) => (tracked = value));
    assert.equal(tracked, data.name);
    assert.equal(attr(all.find((el) => attr(el, 'class') === 'link') as Tree, 'href'), 'about:invalid#uplift-refused-url');
    assert.equal(attr(all.find((el) => el.tagName === 'p' && attr(el, 'style') !== undefined) as Tree, 'style'), 'color: zUpliftRefusedz');
    assert.match(page, /\.themed \{\s*color: zUpliftRefusedz;\s*\}/);
  });
});

describe("escape: 'enhance' (raw mode) inserts data as Enhance does", () => {
  it('lets the same store add elements, which is why it is opt-in', async () => {
    const app = await serve(xssApp, { escape: 'enhance' });
    const response = await rawGet(app.port, '/', { accept: 'text/html' });
    const raw = pageElements(response.body);
    assert.ok(raw.filter((el) => el.tagName === 'img').length > 0);
    assert.ok(raw.filter((el) => el.tagName === 'li').length > 3, 'the hostile title split the list');
  });
});

describe('development warnings for markup shown as text', () => {
  it('names the element and the fix when a concatenated string that looks like markup is escaped', async () => {
    const app = await serve(
      {
        'app/elements/glued-list.mjs': `export default function GluedList({ html }) { return html\`<div>\${'<ul>' + ['a'].map((x) => '<li>' + x + '</li>').join('') + '</ul>'}</div>\` }`,
        'app/pages/index.html': '<glued-list></glued-list>',
      },
      { dev: true },
    );
    const response = await rawGet(app.port, '/', { accept: 'text/html' });
    assert.match(response.body, /<div>&lt;ul&gt;&lt;li&gt;a/);
    const warning = app.logger.lines.find((line) => line.includes('UPLIFT_ESCAPED_MARKUP'));
    assert.ok(warning?.includes('<glued-list>') && warning.includes('trusted()'), app.logger.lines.join('\n'));
  });
});
