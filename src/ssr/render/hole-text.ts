/**
 * Hole values → text, for every hole but element content being emitted (fragments.ts does that):
 * attribute values, attribute-name positions, script and style bodies, comments, RCDATA, and the
 * text of markup landing in one of those. Data is escaped for the hole's sink (parse/hole-sinks.ts);
 * markup (a token) is written as its text there, and that text is then escaped for where it landed,
 * except where an attribute name goes, where an attribute fragment or developer markup is written
 * as is, and trusted text alone (developer constants, `trusted()`), which is written as is in any
 * sink. Numbers print; every other value prints nothing, as Enhance's placeholder deletion makes
 * it do (a custom element's attributes pass them through: attribute-values.ts).
 */
import { SinkKind, escapeForSink, textSink } from '../parse/hole-sinks.js';
import type { Sink } from '../parse/hole-sinks.js';
import { escapeText, filterAttributeName, isPlainHtmlText } from '../strings/escape.js';
import type { MarkupEntry } from '../markup/tokens.js';
import { onlyEntry, splitTokens, tokenStart } from '../markup/tokens.js';
import type { RenderContext } from './context.js';
import type { Expansion, Scope } from './scope.js';
import { createScope } from './scope.js';
import type { ElementNode, Node } from '../parse/nodes.js';
import { TrustedHtml } from '../markup/trusted.js';

/** A value as text for a hole of `sink`. */
export function holeString(ctx: RenderContext, value: unknown, sink: Sink): string {
  if (typeof value === 'string') {
    // Text and attribute values without a character their escapers change (markers included)
    // render as themselves: one test instead of the token check and the escaper's own.
    if ((sink.kind <= SinkKind.rcdata || sink.kind === SinkKind.attribute) && isPlainHtmlText(value)) return value;
    // The `${done ? ' done' : ''}` flag when off: nothing in an attribute-name position is nothing.
    if (value === '' && sink.kind === SinkKind.attributeName) return value;
    if (value.indexOf(tokenStart) !== -1) return composedString(ctx, value, sink);
    return ctx.escape === 'enhance' ? value : escapeForSink(sink, value);
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return asWritten(sink, value.html);
  return '';
}

/**
 * Trusted text (a developer constant, `trusted()`) where it lands: as written, as the template's
 * own text would be. Inside an attribute value only its `"` is written `&quot;`, because the
 * compiled template writes every attribute value double-quoted whatever quotes the source used
 * (compile.ts), as it does for the template's static text.
 */
function asWritten(sink: Sink, text: string): string {
  return sink.inAttribute && text.indexOf('"') !== -1 ? text.replace(/"/g, '&quot;') : text;
}

/** Hole `index` of `scope` as holeString renders it for the hole's sink. */
export function scopeHole(ctx: RenderContext, scope: Scope, index: number): string {
  return holeString(ctx, scope.values[index], scope.template?.sinks[index] ?? textSink);
}

/** A string holding markup tokens, for `sink`. */
function composedString(ctx: RenderContext, value: string, sink: Sink): string {
  const raw = ctx.escape === 'enhance';
  // Most such values are one token (`${flag}` holding ' checked', a nested result): no split.
  const only = onlyEntry(ctx.registry, value);
  if (only !== null) {
    const text = entryText(ctx, only);
    if (raw || sink.kind === SinkKind.text || sink.kind === SinkKind.attributeName) return text;
    // Trusted text alone is written as is, as in the general case below.
    return only.template === null ? asWritten(sink, text) : escapeForSink(sink, text);
  }
  const pieces = splitTokens(ctx.registry, value);
  let text = '';
  if (sink.kind === SinkKind.text || sink.kind === SinkKind.attributeName) {
    // Markup is written as is; the data between it is escaped piece by piece.
    const escapeData = sink.kind === SinkKind.text ? escapeText : filterAttributeName;
    for (const piece of pieces) text += typeof piece === 'string' ? (raw ? piece : escapeData(piece)) : entryText(ctx, piece);
    return text;
  }
  // A value made only of trusted text (`${end ? 'order: 1;' : 'order: 0;'}` in a <style>) is
  // written as is. Mixed with data or a template's markup, the whole is escaped for the sink:
  // trusted text could change the context (open a string, end a declaration) the data lands in.
  const trustedOnly = pieces.every((piece) => typeof piece !== 'string' && piece.template === null);
  for (const piece of pieces) text += typeof piece === 'string' ? piece : entryText(ctx, piece);
  return raw ? text : trustedOnly ? asWritten(sink, text) : escapeForSink(sink, text);
}

/** Trusted markup that holds tokens (`trusted(list.join(''))`): its text with each token's markup. */
function trustedText(ctx: RenderContext, text: string): string {
  let out = '';
  for (const piece of splitTokens(ctx.registry, text)) out += typeof piece === 'string' ? piece : entryText(ctx, piece);
  return out;
}

/** The markup an entry stands for, as text (custom elements in it are not expanded). */
export function entryText(ctx: RenderContext, entry: MarkupEntry): string {
  const template = entry.template;
  if (template === null) return entry.text.indexOf(tokenStart) === -1 ? entry.text : trustedText(ctx, entry.text);
  const values = entry.values;
  if (template.fallback) {
    // Every hole of such a template may only hold a name (compile.ts), so concatenating is safe.
    let text = template.strings[0] as string;
    for (let i = 0; i < values.length; i++) text += holeString(ctx, values[i], template.sinks[i] ?? textSink) + (template.strings[i + 1] as string);
    return text;
  }
  return nodesText(ctx, template.nodes, createScope(values, template, noOwner));
}

const noOwner: Expansion = { fill: null, tag: '' };

/**
 * Nodes written as markup text, holes filled and nothing expanded. It walks with its own stack,
 * so markup nested thousands deep cannot overflow the call stack.
 */
export function nodesText(ctx: RenderContext, nodes: readonly Node[], scope: Scope): string {
  let text = '';
  const lists: (readonly Node[])[] = [nodes];
  const positions: number[] = [0];
  const closes: string[] = [''];
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top] as readonly Node[];
    const i = positions[top] as number;
    if (i >= list.length) {
      text += closes[top] as string;
      lists.pop();
      positions.pop();
      closes.pop();
      continue;
    }
    positions[top] = i + 1;
    const node = list[i] as Node;
    if (typeof node === 'string') text += node;
    else if (node.type === 'hole') text += scopeHole(ctx, scope, node.index);
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
export function startTag(ctx: RenderContext, el: ElementNode, scope: Scope): string {
  return el.open ?? startTagParts(ctx, el, scope) + '>';
}

/** A start tag with holes, without its `>`: the attributes' pieces, holes filled. */
export function startTagParts(ctx: RenderContext, el: ElementNode, scope: Scope): string {
  let tag = '';
  for (const part of el.openParts ?? []) tag += typeof part === 'string' ? part : part.type === 'hole' ? scopeHole(ctx, scope, part.index) : '';
  return tag;
}
