/**
 * The load-time markup transform (src/loader/tag-markup.ts), rule by rule, on source text, and the
 * rendered result of a module written the way Enhance apps and npm element packages write them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagMarkup } from '../../src/loader/tag-markup.js';
import { enhance } from '../../src/ssr/index.js';
import { importTagged } from '../helpers/tagged-copy.js';

const code = (source: string): string => tagMarkup(source)?.code ?? source;

test('tags template literals whose static text holds markup, and only those', () => {
  const out = code('const a = `<li>${x}</li>`; const b = `Hello ${name}`; const c = `a < b`; const d = html`<p>${y}</p>`;');
  assert.match(out, /const a = __upliftMarkup`<li>\$\{x\}<\/li>`/);
  assert.match(out, /const b = `Hello \$\{name\}`/);
  assert.match(out, /const c = `a < b`/);
  assert.match(out, /const d = html`<p>/);
  assert.equal(tagMarkup('const n = 1 + 2;'), undefined);
});

test('keeps every line where it was', () => {
  const source = '#!/usr/bin/env node\nconst a = 1\nconst list = items.map((i) => `<li>${i}</li>`)\nthrow new Error("line 4")\n';
  const out = code(source);
  assert.equal(out.split('\n').length, source.split('\n').length);
  assert.match(out.split('\n')[2] as string, /__upliftMarkup`<li>/);
  assert.match(out.split('\n')[1] as string, /^import \{ markup as __upliftMarkup/);
});

test('developer constants: string literals a hole results in, directly, via ?: && || or a const', () => {
  const out = code(`const slot = cond ? '<slot></slot>' : '';
    const view = html\`<my-el \${title !== 'Home' && 'variant="graphite"'}>\${cond ? '<b>x</b>' : ''}\${slot}\${other || '<i>none</i>'}</my-el>\``);
  assert.match(out, /__upliftConstant\('variant="graphite"'\)/);
  assert.match(out, /cond \? __upliftConstant\('<b>x<\/b>'\) : ''/);
  assert.match(out, /\$\{__upliftConstant\(slot\)\}/);
  assert.match(out, /other \|\| __upliftConstant\('<i>none<\/i>'\)/);
});

test('developer constants wherever the hole sits: a <style>, a <script>, an attribute value', () => {
  const out = code("const view = html`<style>:host { ${end ? 'order: 1;' : 'order: 0;'} }</style><script>go(${debug && '1'})</script><p class=\"${on ? 'on' : state.c}\"></p>`;");
  assert.match(out, /\$\{end \? __upliftConstant\('order: 1;'\) : __upliftConstant\('order: 0;'\)\}/);
  assert.match(out, /go\(\$\{debug && __upliftConstant\('1'\)\}\)/);
  assert.match(out, /class="\$\{on \? __upliftConstant\('on'\) : state\.c\}"/);
});

test('markup a function returns is developer markup too, as a string (a token) its callers can treat as one', () => {
  const out = code("const star = (on) => on ? '<b>*</b>' : ''; function label() { return '<em>inner</em>' }");
  assert.match(out, /on \? __upliftConstantText\('<b>\*<\/b>'\) : ''/);
  assert.match(out, /return __upliftConstantText\('<em>inner<\/em>'\)/);
});

test('a const with a data branch stays data', () => {
  assert.match(code("const v = cond ? '<b>x</b>' : state.store.v; const out = html`<p>${v}</p>`;"), /<p>\$\{v\}<\/p>/);
});

test('package helpers: calls with no or literal arguments in element content; not arc.static(x), not in attributes', () => {
  const out = code(`import arc from '@architect/functions'
    import getStyles from '@enhance/arc-plugin-styles'
    import { local } from './local.mjs'
    const { styleTag } = getStyles
    const head = \`<head>\${styleTag()}\${getStyles.linkTag('x')}\${arc.static(track)}\${local()}<link href="\${arc.static('a.css')}"></head>\``);
  assert.match(out, /\$\{__upliftConstant\(styleTag\(\)\)\}/);
  assert.match(out, /\$\{__upliftConstant\(getStyles\.linkTag\('x'\)\)\}/);
  assert.match(out, /\$\{arc\.static\(track\)\}/);
  assert.match(out, /\$\{local\(\)\}/);
  assert.match(out, /href="\$\{arc\.static\('a\.css'\)\}"/);
});

test('attribute fragments: markup-free literals between attributes', () => {
  const out = code('const input = `<input ${id ? `id="${id}"` : \'\'} ${`name="${name}"`}>`; const text = `<p>${cond ? `id="${id}"` : \'\'}</p>`;');
  assert.match(out, /\$\{id \? __upliftAttributes`id="\$\{id\}"` : ''\}/);
  assert.match(out, /\$\{__upliftAttributes`name="\$\{name\}"`\}/);
  assert.match(out, /<p>\$\{cond \? `id="\$\{id\}"` : ''\}<\/p>/, 'in element content it is data');
});

test('a form element written like @enhance/form-elements renders its attributes escaped', async () => {
  const { elements } = await importTagged<{ elements: Record<string, unknown> }>(`
    function TextInput({ html, state }) {
      const { id, label, value } = state.attrs
      return html\`<label>\${label}<input type="text" \${id ? \`id="\${id}"\` : ''} \${value ? \`value="\${value}"\` : ''} \${state.attrs.required !== undefined && 'required'}></label>\`
    }
    export const elements = { 'text-input': TextInput }`);
  const out = enhance({ elements })`<text-input id="a&quot; onfocus=&quot;x" label="<b>L</b>" value="v" required></text-input>`;
  assert.match(out, /<label>&lt;b&gt;L&lt;\/b&gt;<input type="text"\s+id="a&quot; onfocus=&quot;x"\s+value="v"\s+required><\/label>/);
});
