/**
 * Safe by default (issue 4, part 6): untrusted strings never become markup in any context, while
 * markup the app builds itself — in `html` or in plain template literals — keeps its structure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, serialize } from 'parse5';
import { enhance, styleTransform, trusted } from '../../src/ssr/index.js';
import { escapeAttribute, escapeScript, escapeStyle, escapeText } from '../../src/ssr/strings/escape.js';
import { createTaint, escapeTaintedIn, isTainted, taintString } from '../../src/ssr/render/taint.js';

type Args = { html: (s: TemplateStringsArray, ...v: unknown[]) => string; state: { attrs: Record<string, any>; store: Record<string, any> } };

const attacks = {
  script: '<script>alert(1)</script>',
  breakout: '"><img src=x onerror=alert(1)>',
  single: "' onmouseover='alert(1)",
  style: '</style><script>alert(2)</script>',
  comment: '--><script>alert(3)</script>',
};

function render(elements: Record<string, (args: Args) => string>, markup = '<x-el></x-el>'): string {
  const html = enhance({ elements, initialState: attacks, styleTransforms: [styleTransform] });
  return serialize(parse(html([markup] as unknown as TemplateStringsArray)));
}

type Tree = { nodeName: string; attrs?: { name: string }[]; childNodes?: Tree[]; value?: string };

/** No element or attribute the attacks could have added, checked on the parsed tree. */
function assertNoInjection(dom: string): void {
  const walk = (node: Tree): void => {
    assert.notEqual(node.nodeName, 'img', 'no injected <img>');
    for (const attr of node.attrs ?? []) assert.doesNotMatch(attr.name, /^on/, `no event handler attribute ${attr.name}`);
    if (node.nodeName === 'script') assert.doesNotMatch(JSON.stringify(node.childNodes), /alert/, 'no injected script');
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(dom) as unknown as Tree);
}

test('text context: store strings are text', () => {
  const dom = render({ 'x-el': ({ html, state }) => html`<p>${state.store.script}</p><p>${state.store.breakout}</p>` });
  assertNoInjection(dom);
  assert.match(dom, /<p>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
});

test('attribute context: quotes cannot end the value, in either quote style', () => {
  const dom = render({ 'x-el': ({ html, state }) => html`<a title="${state.store.breakout}" class='${state.store.single}' data-x=${state.store.single}>x</a>` });
  assertNoInjection(dom);
  assert.match(dom, /class="' onmouseover='alert\(1\)"/);
});

test('style context: </style> cannot end the style, hoisted or nested', () => {
  const dom = render({ 'x-el': ({ html, state }) => html`<style>.a::after { content: "${state.store.style}" }</style><div><style>.b::after { content: "${state.store.style}" }</style></div>` });
  assertNoInjection(dom);
  assert.match(dom, /content: "\\3c \/style\\3e \\3c script\\3e alert\(2\)\\3c \/script\\3e "/);
  assert.equal(dom.match(/<style>/g)?.length, 2, 'one hoisted, one nested style, no extra elements');
});

test('script context: </script> cannot end the script', () => {
  const dom = render({ 'x-el': ({ html, state }) => html`<div><script>const v = "${state.store.script}";</script></div>` });
  assert.match(dom, /<script>const v = "\\u003cscript\\u003ealert\(1\)\\u003c\/script\\u003e";<\/script>/);
  assert.equal(dom.match(/<script>/g)?.length, 1);
});

test('comment context: --> cannot end the comment', () => {
  const dom = render({ 'x-el': ({ html, state }) => html`<!-- ${state.store.comment} --><p>x</p>` });
  assertNoInjection(dom);
});

test('plain template literals: lists keep their markup, untrusted strings inside are escaped', () => {
  const dom = render({
    'x-el': ({ html, state }) => html`<ul>${Object.values(state.store).map((v) => `<li title="${v}"><b>${v}</b></li>`).join('')}</ul>`,
  });
  assertNoInjection(dom);
  assert.equal(dom.match(/<li title=/g)?.length, 5, 'every list item is an element');
  assert.equal(dom.match(/<b>/g)?.length, 5, 'the markup around the values stays markup');
});

test('an element returning a plain string is checked the same way', () => {
  const dom = render({ 'x-el': ({ state }) => `<p>${state.store.script}</p><p class="${state.store.breakout}">y</p>` });
  assertNoInjection(dom);
  assert.match(dom, /<p class="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;">y<\/p>/);
});

test('attributes an element receives are untrusted, even when the parent wrote them', () => {
  const dom = render(
    {
      'x-parent': ({ html }) => html`<x-child label="&lt;b&gt;not bold&lt;/b&gt;"></x-child>`,
      'x-child': ({ html, state }) => html`<p>${state.attrs.label}</p>`,
    },
    '<x-parent></x-parent>',
  );
  assert.match(dom, /<p>&lt;b&gt;not bold&lt;\/b&gt;<\/p>/);
});

test('request values passed as `untrusted` are escaped too', () => {
  const html = enhance({ elements: { 'x-q': ({ html, state }: Args) => html`<p>${state.attrs.q}</p>` }, untrusted: [{ q: '<i>q</i>' }] });
  const query = '<i>q</i>';
  assert.match(html`<x-q q="${query}"></x-q><div>${`<span>${query}</span>`}</div>`, /<div><span>&lt;i&gt;q&lt;\/i&gt;<\/span><\/div>/);
});

test('opt-out: trusted() and html.raw() insert stored HTML as markup', () => {
  const stored = '<em>rich</em> <b>text</b>';
  const elements = {
    'x-a': ({ html, state }: Args) => html`<article>${trusted(state.store.rich)}</article>`,
    'x-b': ({ html, state }: Args) => html`<article>${(html as unknown as { raw(s: string): unknown }).raw(state.store.rich)}</article>`,
    'x-c': ({ html, state }: Args) => html`<article>${state.store.rich}</article>`,
  };
  const out = enhance({ elements, initialState: { rich: stored } })`<x-a></x-a><x-b></x-b><x-c></x-c>`;
  assert.equal(out.match(/<article><em>rich<\/em> <b>text<\/b><\/article>/g)?.length, 2);
  assert.match(out, /<article>&lt;em&gt;rich&lt;\/em&gt; &lt;b&gt;text&lt;\/b&gt;<\/article>/);
});

test('app strings stay markup (Enhance compatibility)', () => {
  const out = enhance({ elements: { 'x-el': ({ html }: Args) => html`<p>${'<b>bold</b>'} ${'Fish &amp; Chips'}</p>` } })`<x-el></x-el>`;
  assert.match(out, /<p><b>bold<\/b> Fish &amp; Chips<\/p>/);
});

test('escape helpers', () => {
  assert.equal(escapeText(`a<b>&"'`), `a&lt;b&gt;&amp;"'`);
  assert.equal(escapeAttribute(`a<b>&"'`), 'a&lt;b&gt;&amp;&quot;&#39;');
  assert.equal(escapeStyle('</style>'), '\\3c /style\\3e ');
  assert.equal(escapeScript('</script>'), '\\u003c/script\\u003e');
  assert.equal(escapeText('plain'), 'plain');
});

test('taint set: exact strings, dangerous substrings, harmless punctuation left alone', () => {
  const taint = createTaint([{ a: 'x <b>y</b>', b: ['"', 'safe', { c: "it's" }, '27"', '"Pro" edition', "' onclick='x()"] }]);
  assert.equal(isTainted(taint, 'x <b>y</b>'), true);
  assert.equal(isTainted(taint, 'safe'), false, 'strings without special characters are never collected');
  assert.equal(isTainted(taint, '"'), true);
  assert.equal(escapeTaintedIn(taint, '<p class="q">x <b>y</b></p>'), '<p class="q">x &lt;b&gt;y&lt;/b&gt;</p>');
  const appMarkup = `<td colspan="27" title="it's">27" — "Pro" edition</td>`;
  assert.equal(escapeTaintedIn(taint, appMarkup), appMarkup, 'strings that cannot add a tag or attribute are not searched for');
  assert.equal(escapeTaintedIn(taint, `<a title='' onclick='x()'>`), '<a title=\'&#39; onclick=&#39;x()\'>');
  taintString(taint, '<i>');
  assert.equal(escapeTaintedIn(taint, '<i>x</i>'), '&lt;i&gt;x</i>', 'a taint equal to app markup is escaped: the documented limit');
});

test('taint set: cycles and deep values are bounded', () => {
  const cyclic: Record<string, unknown> = { s: '<x>' };
  cyclic.self = cyclic;
  let deep: Record<string, unknown> = { s: '<deep>' };
  for (let i = 0; i < 10_000; i++) deep = { next: deep };
  const taint = createTaint([cyclic, deep]);
  assert.equal(isTainted(taint, '<x>'), true);
  assert.equal(isTainted(taint, '<deep>'), false, 'beyond the depth bound');
});

test('taint set: shared records, cycles through lists and wide sharing are walked once', { timeout: 10_000 }, () => {
  const list: unknown[] = [];
  const record = { s: '<in-list>', list };
  list.push(record, record, new Map([['k', record]]), new Set([list]));
  // 2^40 paths, 40 records: only a walk that remembers containers finishes.
  let wide: Record<string, unknown> = { s: '<wide>' };
  for (let i = 0; i < 40; i++) wide = { a: wide, b: wide };
  const taint = createTaint([list, wide]);
  assert.equal(isTainted(taint, '<in-list>'), true);
  assert.equal(isTainted(taint, '<wide>'), true);
});

test('taint set: only own values are walked, with or without a polluted Object.prototype', () => {
  const inherited = Object.create({ fromProto: '<proto>' }) as Record<string, unknown>;
  inherited['own'] = '<own>';
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { own: '<null-proto>' });
  assert.equal(isTainted(createTaint([inherited, nullProto]), '<own>'), true);
  assert.equal(isTainted(createTaint([inherited]), '<proto>'), false, 'inherited values are not the data');
  assert.equal(isTainted(createTaint([nullProto]), '<null-proto>'), true);
  const proto = Object.prototype as Record<string, unknown>;
  proto['polluted'] = '<polluted>';
  try {
    const taint = createTaint([{ plain: '<plain>' }]);
    assert.equal(isTainted(taint, '<plain>'), true);
    assert.equal(isTainted(taint, '<polluted>'), false, 'a polluted prototype adds nothing to the set');
  } finally {
    delete proto['polluted'];
  }
});

test('an attribute named __proto__ is an ordinary attribute', () => {
  const out = enhance({ elements: { 'x-el': ({ html, state }: Args) => html`<p>${Object.getPrototypeOf(state.attrs) === Object.prototype ? 'plain' : 'polluted'} ${String(state.attrs['__proto__'])}</p>` } })`<x-el __proto__="x"></x-el>`;
  assert.match(out, /<p>plain x<\/p>/);
});
