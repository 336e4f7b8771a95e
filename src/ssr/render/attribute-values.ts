/**
 * Attribute values as a custom element receives them (Enhance's `state.attrs`): a lone hole passes
 * its value through, objects and arrays included (object placeholders decode back to the object);
 * any other value is the decoded text. Untrusted strings join the taint set (taint.ts).
 */
import type { AttrNode, ElementNode } from '../parse/nodes.js';
import { decodeAttributeValue } from '../parse/decode.js';
import { placeholderEnd, placeholderStart } from '../parse/markers.js';
import { taintString } from './taint.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
import { TrustedHtml } from './trusted.js';
import { holeString, tainted } from './hole-text.js';

/**
 * The value a custom element sees for one attribute: a lone hole passes its value through (objects
 * and arrays included); anything else is the decoded text. Untrusted strings join the taint set.
 */
export function attributeValue(ctx: RenderContext, attr: AttrNode, scope: Scope): unknown {
  let value: unknown;
  const parts = attr.parts;
  if (parts === null) value = attr.plain ? attr.value : decodePlaceholder(ctx, attr.value);
  else if (parts.length === 3 && parts[0] === '' && parts[2] === '') value = holeAttribute(ctx, scope.values[parts[1] as number]);
  else {
    let text = '';
    for (const part of parts) {
      text += typeof part === 'string' ? decodeAttributeValue(part) : String(holeAttribute(ctx, scope.values[part]) ?? '');
    }
    value = text;
  }
  if (typeof value === 'string' && !attr.plain) taintString(ctx.taint, value);
  return value;
}

function holeAttribute(ctx: RenderContext, value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return decodeAttributeValue(value.html);
  if (typeof value !== 'string') return value;
  return tainted(ctx, value) ? value : decodeAttributeValue(value);
}

/** A parsed attribute value that is an object placeholder decodes to the object. */
function decodePlaceholder(ctx: RenderContext, value: string): unknown {
  if (value.indexOf(placeholderStart) === -1) return value;
  const object = ctx.objects.get(value);
  return object !== undefined || ctx.objects.has(value) ? object : stripPlaceholders(value);
}

/**
 * Removes object placeholders (from a start marker to the next end marker) from markup, as
 * Enhance deletes its `__b_N` tokens. A scan with indexOf: the regex `/\uE002[^\uE003]*\uE003/g`
 * rescans to the end from every start marker that has no end marker after it.
 */
export function stripPlaceholders(markup: string): string {
  let start = markup.indexOf(placeholderStart);
  if (start === -1) return markup;
  let out = '';
  let from = 0;
  while (start !== -1) {
    const end = markup.indexOf(placeholderEnd, start + 1);
    if (end === -1) break;
    out += markup.slice(from, start);
    from = end + 1;
    start = markup.indexOf(placeholderStart, from);
  }
  return out + markup.slice(from);
}

/** An attribute's text (decoded, holes as text), or null when the element lacks it. */
export function attributeText(ctx: RenderContext, node: ElementNode, scope: Scope, name: string): string | null {
  for (const attr of node.attrs) {
    if (attr.name !== name) continue;
    if (attr.parts === null) return stripPlaceholders(attr.value);
    let text = '';
    for (const part of attr.parts) {
      text += typeof part === 'string' ? decodeAttributeValue(part) : holeString(ctx, scope.values[part], 'rcdata');
    }
    return text;
  }
  return null;
}
