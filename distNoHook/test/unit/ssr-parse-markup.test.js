/**
 * The markup parsers: the tree builder's HTML rules, template holes, and the fast render-time
 * scanner, which must build the same tree as htmlparser2's tokenizer (property test), on
 * malformed, hostile and oversized input too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkup } from '../../src/ssr/parse/parse-markup.js';
import { compileStrings } from '../../src/ssr/parse/compile.js';
import { enhance, trusted } from '../../src/ssr/index.js';
/** A compact picture of a tree: text as JSON, elements as tag(attrs)[children]. */
function show(nodes) {
    // Adjacent text emits the same however it is split (htmlparser2 splits an unfinished tag at the
    // end of input differently depending on its name), so compare it joined.
    const merged = [];
    for (const node of nodes) {
        const last = merged[merged.length - 1];
        if (typeof node === 'string' && typeof last === 'string')
            merged[merged.length - 1] = last + node;
        else
            merged.push(node);
    }
    return merged
        .map((node) => {
        if (typeof node === 'string')
            return JSON.stringify(node);
        if (node.type === 'hole')
            return `{${node.index}:${node.context}}`;
        const attrs = node.attrs.map((a) => (a.spread >= 0 ? `...${a.spread}` : a.parts ? `${a.name}=${JSON.stringify(a.parts)}` : `${a.name}=${JSON.stringify(a.value)}`)).join(' ');
        return `${node.tag}(${attrs})[${show(node.children)}]${node.close === '' ? '~' : ''}`;
    })
        .join(',');
}
const reference = (source) => show(parseMarkup(source, true));
const cases = [
    ['text only', 'hello', '"hello"'],
    ['element with attributes', '<p a="x&amp;y" b=c d>t</p>', 'p(a="x&y" b="c" d="")["t"]'],
    ['void element', '<br><img src="a">x', 'br()[]~,img(src="a")[]~,"x"'],
    ['custom element self-closing stays open', '<my-el/>after', 'my-el()["after"]~'],
    ['implied li end', '<ul><li>a<li>b</ul>', 'ul()[li()["a"]~,li()["b"]~]'],
    ['block closes p', '<p>a<div>b</div>', 'p()["a"]~,div()["b"]'],
    ['custom element inside p is closed by a block', '<p><x-a><div>x</div></x-a></p>', 'p()[x-a()[]~]~,div()["x"],"</x-a></p>"'],
    ['end tag ignored at a special element', '<x-a><div>x</x-a>y', 'x-a()[div()["x</x-a>y"]~]~'],
    ['duplicate attribute keeps the first', '<p a="1" a="2">', 'p(a="1")[]~'],
    ['raw text elements', '<style>a<b</style><script>if (a<b) {}</script><title>x &amp; <y></title>', 'style()["a<b"],script()["if (a<b) {}"],title()["x &amp; <y>"]'],
    ['comments and doctype', '<!doctype html><!-- c --><!---->x<!-->y', '"<!doctype html><!-- c --><!---->x<!-->y"'],
    ['bogus comments', '<?php x ?><!x>a</ b>', '"<?php x ?><!x>a</ b>"'],
    ['lone less-than', 'a < b <3 and <', '"a < b <3 and <"'],
    ['unfinished tag is text', 'x <div class="a', '"x <div class=\\"a"'],
    ['unterminated comment runs to the end', 'x<!-- never closed <p>', '"x<!-- never closed <p>"'],
    ['uppercase names are lower-cased', '<DIV ID="a"><My-El></MY-EL></DIV>', 'div(id="a")[my-el()[]]'],
    ['template content is inert', '<template><x-b></x-b></template>', 'template()[x-b()[]]'],
    ['svg falls back to htmlparser2', '<svg><circle r="1"/><x-y/></svg>z', 'svg()[circle(r="1")[]~,x-y()[]~],"z"'],
];
for (const [name, source, expected] of cases) {
    test(`parseMarkup: ${name}`, () => {
        assert.equal(show(parseMarkup(source)), expected);
        assert.equal(show(parseMarkup(source)), reference(source), 'the fast scanner agrees with htmlparser2');
    });
}
test('parseMarkup: `</>` is kept as written (the HTML parser ignores it)', () => {
    assert.equal(show(parseMarkup('a</></p>')), '"a</></p>"');
});
test('template holes are placed by context', () => {
    const template = compileStrings(['<div class="a ', '" ', '>t', '<style>p{', '}</style><!-- ', ' --><textarea>', '</textarea></div>']);
    assert.deepEqual(template.contexts, ['attr', 'spread', 'text', 'style', 'comment', 'rcdata']);
    assert.equal(template.fallback, false);
});
test('holes in a tag name or doctype make the template fall back to parsing per render', () => {
    assert.equal(compileStrings(['<h', '>x</h1>']).fallback, true);
    assert.equal(compileStrings(['<', '>x']).fallback, true);
    assert.equal(compileStrings(['<!doctype ', '>']).fallback, true);
    const html = enhance({});
    const level = 2;
    assert.match(html `<h${level}>title</h${level}>`, /<h2>title<\/h2>/);
});
test('a template whose own text holds a marker character falls back and keeps that text', () => {
    for (const marker of ['\x01', '\x02', '\uE002', '\uE003']) {
        assert.equal(compileStrings([`<p title="${marker}0${marker}">`, `</p>`]).fallback, true);
        const html = enhance({});
        const value = 'v';
        assert.equal(html `<p title="${marker}0${marker}">${value}</p>`.includes(`<p title="${marker}0${marker}">v</p>`), true, JSON.stringify(marker));
    }
    // A look-alike of a hole marker in text, with a real hole after it, binds the real one.
    const html = enhance({});
    assert.match(html `<p>\x011\x02 ${'x'}</p>`, /<p>\x011\x02 x<\/p>/);
});
test('the scanner builds the same tree as htmlparser2 on generated markup', () => {
    const name = fc.constantFrom('p', 'div', 'li', 'ul', 'b', 'my-el', 'x-a', 'br', 'img', 'style', 'title', 'template', 'slot', 'td', 'tr', 'table', 'option');
    const attr = fc.tuple(fc.constantFrom('a', 'class', 'slot', 'data-x', 'A'), fc.constantFrom('', '="1"', "='x y'", '=v', '="a&amp;b"', '="<>"', '=""')).map(([n, v]) => ` ${n}${v}`);
    const open = fc.tuple(name, fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([n, a, sc]) => `<${n}${a.join('')}${sc ? '/' : ''}>`);
    const close = name.map((n) => `</${n}>`);
    const text = fc.constantFrom('x', ' ', '\n', 'a < b', '&amp;', '<', '>', '"', "'", '<!-- c -->', '<!doctype html>', '<?x?>', '<!---->', '--');
    // `</>` is left out: htmlparser2 drops it or keeps it as text depending on what follows (the
    // HTML parser ignores it either way); the scanner always keeps it (see the table above).
    const markup = fc.array(fc.oneof(open, close, text), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(markup, (source) => show(parseMarkup(source)) === reference(source)), { numRuns: Number(process.env.RUNS ?? 400) });
});
test('oversized input: a 1 MB string parses into the expected number of nodes', () => {
    const item = '<li class="row"><my-item key="k">Item &amp; text</my-item></li>';
    const source = '<ul>' + item.repeat(Math.ceil(1_000_000 / item.length)) + '</ul>';
    const nodes = parseMarkup(source);
    const ul = nodes[0];
    assert.ok(ul !== undefined && typeof ul !== 'string' && ul.type === 'element');
    assert.equal(ul.children.length, Math.ceil(1_000_000 / item.length));
});
test('hostile nesting: 5000 levels parse and render without overflowing the stack', () => {
    const depth = 5000;
    const source = '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth);
    let node = parseMarkup(source)[0];
    let levels = 0;
    while (node !== undefined && typeof node !== 'string' && node.type === 'element') {
        levels++;
        node = node.children[0];
    }
    assert.equal(levels, depth);
    const html = enhance({}) `<main>${trusted(source)}</main>`;
    assert.equal(html.split('<div>').length - 1, depth);
});
test('hostile input: NUL characters and unbalanced quotes never throw', () => {
    for (const source of ['a\0b<p\0>', '<p a="unclosed>text', "<p a='x>y", '<<<<>>>>', '</p></p></p>', '<p =x>', '<p a=>']) {
        assert.equal(show(parseMarkup(source)), reference(source), source);
    }
});
//# sourceMappingURL=ssr-parse-markup.test.js.map