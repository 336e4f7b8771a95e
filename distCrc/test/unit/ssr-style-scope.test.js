/**
 * Style scoping: byte-identical to `@enhance/enhance-style-transform` on ordinary sheets, and
 * never throwing or hanging on malformed, hostile or oversized CSS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import enhanceStyleTransform from '@enhance/enhance-style-transform';
import { scopeCss, styleTransform } from '../../src/ssr/index.js';
import { scopeSelector } from '../../src/ssr/style/style-scope.js';
import { parseCss } from '../../src/ssr/style/css-parse.js';
const sameAsEnhance = [
    ':host { display: block }',
    ':host(.active) { color: blue } :host-context(.dark) h1 { color: white } :host:hover > p { x: y }',
    '::slotted(p) { margin: 0 } ::slotted(*) , ::slotted(span) { color: gray } :host > ::slotted(p) { x: y }',
    'button::part(label) { color: green } .x::part(foo bar) { x: y }',
    'h1 > p + span ~ a, h2 { color: red !important; }',
    '@media (min-width: 400px) { h1 { font-size: 2em } :host { padding: 1px } }',
    '@supports not (display:grid) { @media print { h1 { x: y } } }',
    '@container card (min-width: 400px) { @media print { h1 { x: y } } }',
    '@import url("foo.css");\nh1{color:red}',
    '@font-face { font-family: x; src: url(x.woff) }',
    '@keyframes spin { from { transform: rotate(0) } to { transform: rotate(360deg) } }',
    '@-webkit-keyframes x { 0% {a:b} 50%, 100% {c:d} }',
    '@layer base { h1 { color: red } } @layer a, b;',
    '@charset "utf-8"; @namespace svg url(http://www.w3.org/2000/svg); h1{x:y}',
    '@page :first { margin: 1in } @page{margin:0}',
    '/* a */ /* b */ h1 { color: red; /* inner */ }',
    'h1 /* c */ p {x:y} h1 { color : red /* c */ ; }',
    'h1{x:y} h2{} h3{x:y}',
    '[data-x="a,b"], h1:is(.a, .b) p { x: y } h1 { content: "}" }',
    'h1 { background: url(data:image/png;base64,abc) } h1 { x: "a;b" }',
    "h1 {\n  x:\n   y\n   z;\n}\nh1 { grid-template-areas: \"a b\"\n \"c d\"; }",
    '*{x:y} :root{--a:1} html, body {x:y} H1.Foo {x:y}',
    '@media print { } @media (min-width:1px){h1{}}',
    '',
];
for (const css of sameAsEnhance) {
    test(`scopes like Enhance: ${JSON.stringify(css.slice(0, 50))}`, () => {
        const args = { attrs: [], raw: css, tagName: 'my-el', context: 'markup' };
        assert.equal(styleTransform(args), enhanceStyleTransform(args));
    });
}
test('scope="global" is left alone in markup and dropped from templates', () => {
    const attrs = [{ name: 'scope', value: 'global' }];
    assert.equal(styleTransform({ attrs, raw: 'body{margin:0}', tagName: 'my-el', context: 'markup' }), 'body{margin:0}');
    assert.equal(styleTransform({ attrs, raw: 'body{margin:0}', tagName: 'my-el', context: 'template' }), '');
    assert.equal(styleTransform({ attrs: [], raw: 'p{}', tagName: 'my-el', context: 'template' }), 'p{}');
});
test('selector rewriting', () => {
    const table = [
        [':host', 'x-a'],
        [':host(.a.b)', 'x-a.a.b'],
        [':host-context(body.dark) p', 'body.dark x-a p'],
        ['::slotted(p):hover', 'x-a p:hover'],
        [':host(.a) :host(.b) p', 'x-a.a x-a.b p'],
        ['::slotted(p) > a:not(.x)', 'x-a p > a:not(.x)'],
        [':hostile', 'x-a :hostile'],
        ['a::part(label)', 'x-a a [part*="label"][part*="a"]'],
    ];
    for (const [selector, expected] of table)
        assert.equal(scopeSelector(selector, 'x-a'), expected, selector);
});
test('malformed CSS never throws', () => {
    const table = [
        ['h1 { color: red', 'x-a h1 {\n  color: red;\n}'],
        ['h1 { x: y } /* trailing', 'x-a h1 {\n  x: y;\n}\n\n/* trailing*/'],
        ['}}} h1 { x: y }', 'x-a h1 {\n  x: y;\n}'],
        ['h1 { x: y; z } p { ;; :v; q: r }', 'x-a h1 {\n  x: y;\n}\n\nx-a p {\n  q: r;\n}'],
        ['{ x: y }', ''],
        ['garbage without braces', ''],
        ['h1 { content: "unclosed }', 'x-a h1 {\n  content: "unclosed };\n}'],
        ['@media screen { h1 { x: y }', '@media screen {\n  x-a h1 {\n    x: y;\n  }\n}'],
        ['@', '@;'],
    ];
    for (const [css, expected] of table)
        assert.equal(scopeCss(css, 'x-a'), expected, css);
});
test('nested rules are kept inside their scoped rule (Enhance throws on them)', () => {
    const css = '.a { color: red; .b { color: blue; } &:hover { x: y } @media (min-width: 48em) { padding: 0; .c { x: y } } .empty {} } p { q: r }';
    const expected = [
        'x-a .a {',
        '  color: red;',
        '  .b {',
        '    color: blue;',
        '  }',
        '  &:hover {',
        '    x: y;',
        '  }',
        '  @media (min-width: 48em) {',
        '    padding: 0;',
        '    .c {',
        '      x: y;',
        '    }',
        '  }',
        '}',
        '',
        'x-a p {',
        '  q: r;',
        '}',
    ].join('\n');
    assert.equal(scopeCss(css, 'x-a'), expected);
    assert.equal(scopeCss(':host { & > span { a: b } }', 'x-a'), 'x-a {\n  & > span {\n    a: b;\n  }\n}');
    assert.throws(() => enhanceStyleTransform({ attrs: [], raw: css, tagName: 'x-a', context: 'markup' }), /missing '}'/);
});
test('hostile nesting is cut off instead of recursing without bound', () => {
    const depth = 20_000;
    const css = '@media a {'.repeat(depth) + 'h1 { x: y }' + '}'.repeat(depth) + ' p { q: r }';
    const out = scopeCss(css, 'x-a');
    assert.match(out, /x-a p \{\n {2}q: r;\n\}$/);
    assert.ok(out.split('@media a').length - 1 <= 33);
    const rules = 'a{'.repeat(depth) + 'x: y' + '}'.repeat(depth) + ' p { q: r }';
    const nested = scopeCss(rules, 'x-a');
    assert.match(nested, /x-a p \{\n {2}q: r;\n\}$/);
    assert.ok(nested.split('{').length - 1 <= 34);
});
test('oversized sheets scope every rule', () => {
    const rules = 20_000;
    const css = Array.from({ length: rules }, (_, i) => `.c${i} { width: ${i}px }`).join('\n');
    const parsed = parseCss(css);
    assert.equal(parsed.length, rules);
    assert.equal(scopeCss(css, 'x-a').split('x-a .c').length - 1, rules);
});
//# sourceMappingURL=ssr-style-scope.test.js.map