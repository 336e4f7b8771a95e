/**
 * Hole values → text, for every hole but element content being emitted (fragments.ts does that):
 * attribute values, attribute-name positions, script and style bodies, comments, RCDATA, and the
 * text of markup landing in one of those. Data is escaped for the hole's sink (parse/hole-sinks.ts);
 * markup (a token) is written as its text there, and that text is then escaped for where it landed,
 * except where an attribute name goes, where an attribute fragment or developer markup is written
 * as is. Numbers print; every other value prints nothing, as Enhance's placeholder deletion makes
 * it do (a custom element's attributes pass them through: attribute-values.ts).
 */
import { SinkKind, escapeForSink, textSink } from '../parse/hole-sinks.js';
import { escapeText, filterAttributeName } from '../strings/escape.js';
import { splitTokens, tokenStart } from '../markup/tokens.js';
import { createScope } from './scope.js';
import { TrustedHtml } from './trusted.js';
/** A value as text for a hole of `sink`. */
export function holeString(ctx, value, sink) {
    if (typeof value === 'string') {
        if (value.indexOf(tokenStart) !== -1)
            return composedString(ctx, value, sink);
        return ctx.escape === 'enhance' ? value : escapeForSink(sink, value);
    }
    if (typeof value === 'number')
        return String(value);
    if (value instanceof TrustedHtml)
        return value.html;
    return '';
}
/** Hole `index` of `scope` as holeString renders it for the hole's sink. */
export function scopeHole(ctx, scope, index) {
    return holeString(ctx, scope.values[index], scope.template?.sinks[index] ?? textSink);
}
/** A string holding markup tokens, for `sink`. */
function composedString(ctx, value, sink) {
    const pieces = splitTokens(ctx.registry, value);
    const raw = ctx.escape === 'enhance';
    let text = '';
    if (sink.kind === SinkKind.text || sink.kind === SinkKind.attributeName) {
        // Markup is written as is; the data between it is escaped piece by piece.
        const escapeData = sink.kind === SinkKind.text ? escapeText : filterAttributeName;
        for (const piece of pieces)
            text += typeof piece === 'string' ? (raw ? piece : escapeData(piece)) : entryText(ctx, piece);
        return text;
    }
    for (const piece of pieces)
        text += typeof piece === 'string' ? piece : entryText(ctx, piece);
    return raw ? text : escapeForSink(sink, text);
}
/** Trusted markup that holds tokens (`trusted(list.join(''))`): its text with each token's markup. */
function trustedText(ctx, text) {
    let out = '';
    for (const piece of splitTokens(ctx.registry, text))
        out += typeof piece === 'string' ? piece : entryText(ctx, piece);
    return out;
}
/** The markup an entry stands for, as text (custom elements in it are not expanded). */
export function entryText(ctx, entry) {
    const template = entry.template;
    if (template === null)
        return entry.text.indexOf(tokenStart) === -1 ? entry.text : trustedText(ctx, entry.text);
    const values = entry.values;
    if (template.fallback) {
        // Every hole of such a template may only hold a name (compile.ts), so concatenating is safe.
        let text = template.strings[0];
        for (let i = 0; i < values.length; i++)
            text += holeString(ctx, values[i], template.sinks[i] ?? textSink) + template.strings[i + 1];
        return text;
    }
    return nodesText(ctx, template.nodes, createScope(values, template, noOwner));
}
const noOwner = { fill: null, tag: '' };
/**
 * Nodes written as markup text, holes filled and nothing expanded. It walks with its own stack,
 * so markup nested thousands deep cannot overflow the call stack.
 */
export function nodesText(ctx, nodes, scope) {
    let text = '';
    const lists = [nodes];
    const positions = [0];
    const closes = [''];
    while (lists.length > 0) {
        const top = lists.length - 1;
        const list = lists[top];
        const i = positions[top];
        if (i >= list.length) {
            text += closes[top];
            lists.pop();
            positions.pop();
            closes.pop();
            continue;
        }
        positions[top] = i + 1;
        const node = list[i];
        if (typeof node === 'string')
            text += node;
        else if (node.type === 'hole')
            text += scopeHole(ctx, scope, node.index);
        else {
            text += startTag(ctx, node, scope);
            lists.push(node.children);
            positions.push(0);
            closes.push(node.close);
        }
    }
    return text;
}
/** A compiled start tag with its attribute holes filled (always double-quoted: compile.ts). */
export function startTag(ctx, el, scope) {
    return el.open ?? startTagParts(ctx, el, scope) + '>';
}
/** A start tag with holes, without its `>`: the attributes' pieces, holes filled. */
export function startTagParts(ctx, el, scope) {
    let tag = '';
    for (const part of el.openParts ?? [])
        tag += typeof part === 'string' ? part : part.type === 'hole' ? scopeHole(ctx, scope, part.index) : '';
    return tag;
}
//# sourceMappingURL=hole-text.js.map