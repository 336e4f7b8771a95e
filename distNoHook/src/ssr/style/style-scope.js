import { parseCss } from './css-parse.js';
/** At-rules whose rules are scoped (enhance-compat §6.5); Enhance leaves `@layer` and others alone. */
const scopedBlocks = new Set(['media', 'supports', 'container']);
/** Scopes every selector of `css` to `tagName` and prints the sheet in Enhance's format. */
export function scopeCss(css, tagName) {
    return printNodes(parseCss(css), 1, tagName);
}
/** The argument of a `name(...)` pseudo-class starting at `open` (the `(`), with its end. */
function readParens(selector, open) {
    let depth = 0;
    for (let i = open; i < selector.length; i++) {
        const c = selector[i];
        if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return { inner: selector.slice(open + 1, i).trim(), end: i + 1 };
    }
    return { inner: selector.slice(open + 1).trim(), end: selector.length };
}
/** Rewrites one selector for `tag`: `:host`, `:host()`, `:host-context()`, `::slotted()`, `::part()`. */
export function scopeSelector(selector, tag) {
    let out = '';
    let hosted = false;
    let i = 0;
    while (i < selector.length) {
        if (selector.startsWith('::slotted(', i)) {
            const { inner, end } = readParens(selector, i + 9);
            out += inner;
            i = end;
        }
        else if (selector.startsWith(':host-context(', i)) {
            const { inner, end } = readParens(selector, i + 13);
            out += inner + ' ' + tag;
            hosted = true;
            i = end;
        }
        else if (selector.startsWith(':host(', i)) {
            const { inner, end } = readParens(selector, i + 5);
            out += tag + inner;
            hosted = true;
            i = end;
        }
        else if (selector.startsWith(':host', i) && !/[-\w]/.test(selector[i + 5] ?? '')) {
            out += tag;
            hosted = true;
            i += 5;
        }
        else if (selector.startsWith('::part(', i)) {
            const { inner, end } = readParens(selector, i + 6);
            const owner = trailingWord(out);
            out += ` [part*="${inner}"][part*="${owner}"]`;
            i = end;
        }
        else {
            out += selector[i];
            i++;
        }
    }
    return hosted ? out : tag + ' ' + out;
}
const indent = (level) => '  '.repeat(level - 1);
function printNodes(nodes, level, tag) {
    return nodes.map((node) => printNode(node, level, tag)).join('\n\n');
}
function printNode(node, level, tag) {
    if (node.type === 'comment')
        return indent(level) + '/*' + node.text + '*/';
    if (node.type === 'rule') {
        if (node.declarations.length === 0)
            return '';
        const selectors = tag === null ? node.selectors : node.selectors.map((s) => scopeSelector(s, tag));
        return selectors.map((s) => indent(level) + s).join(',\n') + ' {\n' + printDeclarations(node.declarations, level + 1) + '\n' + indent(level) + '}';
    }
    const head = '@' + node.name + (node.prelude === '' ? '' : ' ' + node.prelude);
    if (node.declarations !== null)
        return head + ' {\n' + printDeclarations(node.declarations, level + 1) + '\n}';
    if (node.rules === null)
        return head + ';';
    if (/keyframes$/.test(node.name))
        return head + ' {\n' + printKeyframes(node.rules, level + 1) + '}';
    const inner = printNodes(node.rules, level + 1, scopedBlocks.has(node.name) ? tag : null);
    // Enhance indents @container and @layer lines but not @media or @supports ones.
    const lead = node.name === 'container' || node.name === 'layer' ? indent(level) : '';
    const close = lead === '' ? '\n}' : '\n' + indent(level) + '}';
    return lead + head + ' {\n' + inner + close;
}
function printKeyframes(frames, level) {
    return frames
        .filter((frame) => frame.type === 'rule')
        .map((frame) => {
        const rule = frame;
        return indent(level) + rule.selectors.join(', ') + ' {\n' + printDeclarations(rule.declarations, level + 1) + '\n' + indent(level) + '}\n';
    })
        .join('\n');
}
function printDeclarations(declarations, level) {
    const lines = [];
    for (const d of declarations) {
        if ('nested' in d) {
            const nested = printNested(d.nested, level);
            if (nested !== '')
                lines.push(nested);
        }
        else
            lines.push(indent(level) + ('comment' in d ? '/*' + d.comment + '*/' : d.property + ': ' + d.value + ';'));
    }
    return lines.join('\n');
}
/**
 * A rule nested in a declaration block, indented as its level. Its selectors stay as written: they
 * are relative to the enclosing rule, which is scoped already.
 */
function printNested(node, level) {
    if (node.type === 'rule')
        return printNode(node, level, null);
    if (node.type !== 'at' || node.declarations === null)
        return '';
    const head = '@' + node.name + (node.prelude === '' ? '' : ' ' + node.prelude);
    return indent(level) + head + ' {\n' + printDeclarations(node.declarations, level + 1) + '\n' + indent(level) + '}';
}
/**
 * Scoped sheets by tag, then source; bounded, since both come from templates. Two levels rather
 * than one `tag + raw` key: a template's style text is the same string object on every render, so
 * its hash is computed once, where a joined key was a new string to hash per element type per render.
 */
const scopedCache = new Map();
const cacheEntries = 512;
let cachedSheets = 0;
/**
 * The Enhance-style transform: scopes an element's `<style>` to its tag unless it has
 * `scope="global"` (enhance-compat §6.5). Pass it in `styleTransforms` as you would
 * `@enhance/enhance-style-transform`.
 *
 * @example
 * enhance({ elements, styleTransforms: [styleTransform] })
 */
export const styleTransform = ({ attrs, raw, tagName, context }) => {
    const global = attrs.some((a) => a.name === 'scope' && a.value === 'global');
    if (context !== 'markup')
        return global ? '' : raw;
    if (global || !tagName)
        return raw;
    let sheets = scopedCache.get(tagName);
    let scoped = sheets?.get(raw);
    if (scoped === undefined) {
        scoped = scopeCss(raw, tagName);
        if (cachedSheets >= cacheEntries) {
            scopedCache.clear();
            cachedSheets = 0;
            sheets = undefined;
        }
        if (sheets === undefined) {
            sheets = new Map();
            scopedCache.set(tagName, sheets);
        }
        sheets.set(raw, scoped);
        cachedSheets++;
    }
    return scoped;
};
/**
 * The run of `[-\w]` characters at the end of `text`, found backwards. The regex `/[-\w]*$/`
 * retries from every position of such a run that is not at the end: quadratic in its length.
 */
function trailingWord(text) {
    let start = text.length;
    while (start > 0 && isWordOrDash(text.charCodeAt(start - 1)))
        start--;
    return text.slice(start);
}
function isWordOrDash(code) {
    return code === 45 || code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
//# sourceMappingURL=style-scope.js.map