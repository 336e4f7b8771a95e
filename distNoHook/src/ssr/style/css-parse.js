/**
 * A small CSS parser for element styles: rules, declarations, comments, at-rules and rules nested
 * inside rules (CSS Nesting), enough to scope selectors (style-scope.ts) and print the sheet the
 * way Enhance's style transform does. It keeps each declaration's text as written, comments
 * included, which general CSS parsers do not. It never throws: an unclosed block ends at the end
 * of the sheet, stray `}` are skipped, and text that is neither a rule nor an at-rule is dropped.
 */
/** At-rules whose block holds declarations rather than rules. */
const declarationBlocks = new Set(['font-face', 'page', 'property', 'counter-style', 'font-palette-values', 'viewport', 'color-profile']);
/** Parses a style sheet. */
export function parseCss(css) {
    const parser = { css, i: 0, depth: 0 };
    return parseRules(parser, false);
}
const maxDepth = 32;
/** Skips to just after the `}` closing the block whose `{` is before `from`. */
function skipBlock(p, from) {
    let depth = 1;
    let i = from;
    while (depth > 0) {
        const next = scanTo(p, i, '{}');
        if (next === -1) {
            p.i = p.css.length;
            return;
        }
        depth += p.css[next] === '{' ? 1 : -1;
        i = next + 1;
    }
    p.i = i;
}
/** The index of the next `stop` character outside strings, comments and brackets, or -1. */
function scanTo(p, from, stops) {
    const css = p.css;
    let depth = 0;
    for (let i = from; i < css.length; i++) {
        const c = css[i];
        if (c === '"' || c === "'") {
            const end = skipString(css, i);
            i = end - 1;
        }
        else if (c === '/' && css[i + 1] === '*') {
            const end = css.indexOf('*/', i + 2);
            i = end === -1 ? css.length : end + 1;
        }
        else if (c === '(' || c === '[')
            depth++;
        else if ((c === ')' || c === ']') && depth > 0)
            depth--;
        else if (depth === 0 && stops.includes(c))
            return i;
    }
    return -1;
}
function skipString(css, start) {
    const quote = css[start];
    for (let i = start + 1; i < css.length; i++) {
        if (css[i] === '\\')
            i++;
        else if (css[i] === quote || css[i] === '\n')
            return i + 1;
    }
    return css.length;
}
function skipSpace(p) {
    while (p.i < p.css.length && /\s/.test(p.css[p.i]))
        p.i++;
}
/** Removes comments from a prelude, selector or value (as Enhance's parser does). */
function stripComments(text) {
    return text.indexOf('/*') === -1 ? text : text.replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
}
function parseRules(p, nested) {
    const nodes = [];
    const css = p.css;
    for (;;) {
        skipSpace(p);
        if (p.i >= css.length)
            return nodes;
        if (css.startsWith('/*', p.i)) {
            const end = css.indexOf('*/', p.i + 2);
            nodes.push({ type: 'comment', text: css.slice(p.i + 2, end === -1 ? css.length : end) });
            p.i = end === -1 ? css.length : end + 2;
        }
        else if (css[p.i] === '}') {
            p.i++;
            if (nested)
                return nodes;
        }
        else if (css[p.i] === '@') {
            nodes.push(parseAtRule(p));
        }
        else {
            const open = scanTo(p, p.i, '{}');
            if (open === -1 || css[open] === '}') {
                // Text with no block is not a rule; skip it.
                p.i = open === -1 ? css.length : open;
                continue;
            }
            const selectors = splitSelectors(stripComments(css.slice(p.i, open)));
            p.i = open + 1;
            const declarations = parseDeclarations(p);
            if (selectors.length > 0)
                nodes.push({ type: 'rule', selectors, declarations });
        }
    }
}
function parseAtRule(p) {
    const css = p.css;
    const nameMatch = /^@([-\w]+)/.exec(css.slice(p.i, p.i + 64));
    const name = (nameMatch?.[1] ?? '').toLowerCase();
    const end = scanTo(p, p.i + 1 + name.length, ';{}');
    const prelude = stripComments(css.slice(p.i + 1 + name.length, end === -1 ? css.length : end)).trim();
    if (end === -1 || css[end] !== '{') {
        p.i = end === -1 ? css.length : css[end] === ';' ? end + 1 : end;
        return { type: 'at', name, prelude, rules: null, declarations: null };
    }
    p.i = end + 1;
    const bare = name.replace(/^-\w+-/, '');
    if (declarationBlocks.has(bare))
        return { type: 'at', name, prelude, rules: null, declarations: parseDeclarations(p) };
    if (p.depth >= maxDepth) {
        skipBlock(p, p.i);
        return { type: 'at', name, prelude, rules: [], declarations: null };
    }
    p.depth++;
    const rules = parseRules(p, true);
    p.depth--;
    return { type: 'at', name, prelude, rules, declarations: null };
}
function parseDeclarations(p) {
    const css = p.css;
    const declarations = [];
    for (;;) {
        skipSpace(p);
        if (p.i >= css.length)
            return declarations;
        if (css[p.i] === '}') {
            p.i++;
            return declarations;
        }
        if (css[p.i] === ';') {
            p.i++;
            continue;
        }
        if (css.startsWith('/*', p.i)) {
            const end = css.indexOf('*/', p.i + 2);
            declarations.push({ comment: css.slice(p.i + 2, end === -1 ? css.length : end) });
            p.i = end === -1 ? css.length : end + 2;
            continue;
        }
        const end = scanTo(p, p.i, ';}{');
        const stop = end === -1 ? css.length : end;
        const text = css.slice(p.i, stop);
        if (css[stop] === '{') {
            p.i = stop + 1;
            const nested = parseNestedRule(p, text);
            if (nested !== null)
                declarations.push({ nested });
            continue;
        }
        p.i = css[stop] === ';' ? stop + 1 : stop;
        const colon = text.indexOf(':');
        if (colon <= 0)
            continue;
        const property = stripComments(text.slice(0, colon)).trim();
        const value = stripComments(text.slice(colon + 1).trim());
        if (property !== '')
            declarations.push({ property, value });
    }
}
/**
 * A rule nested in a declaration block, from its prelude (the text before its `{`) and its block,
 * which holds declarations and further nested rules (CSS Nesting). Null for an empty prelude.
 */
function parseNestedRule(p, prelude) {
    if (p.depth >= maxDepth) {
        skipBlock(p, p.i);
        return null;
    }
    p.depth++;
    const declarations = parseDeclarations(p);
    p.depth--;
    const head = stripComments(prelude).trim();
    if (head.startsWith('@')) {
        const name = (/^@([-\w]+)/.exec(head)?.[1] ?? '').toLowerCase();
        return { type: 'at', name, prelude: head.slice(1 + name.length).trim(), rules: null, declarations };
    }
    const selectors = splitSelectors(head);
    return selectors.length === 0 ? null : { type: 'rule', selectors, declarations };
}
/** Splits a selector list at top-level commas; trims each selector. */
export function splitSelectors(text) {
    const selectors = [];
    const cursor = { css: text, i: 0, depth: 0 };
    let start = 0;
    for (;;) {
        const comma = scanTo(cursor, start, ',');
        const part = text.slice(start, comma === -1 ? text.length : comma).trim();
        if (part !== '')
            selectors.push(part);
        if (comma === -1)
            return selectors;
        start = comma + 1;
    }
}
//# sourceMappingURL=css-parse.js.map