/**
 * Attribute values as a custom element receives them (Enhance's `state.attrs`): a lone hole passes
 * its value through, objects, arrays and markup tokens included (object placeholders decode back to
 * the object); static text is decoded, data is handed over as it is.
 */
import type { AttrNode, ElementNode } from '../parse/nodes.js';
import { decodeAttributeValue } from '../parse/decode.js';
import { placeholderStart, stripPlaceholders } from '../parse/markers.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
import { TrustedHtml } from '../markup/trusted.js';
import { entryText, holeString } from './hole-text.js';
import { onlyEntry, tokenStart } from '../markup/tokens.js';
import { rcdataSink } from '../parse/hole-sinks.js';

/**
 * The value a custom element sees for one attribute: a lone hole passes its value through (objects
 * and arrays included); anything else is the decoded static text joined with the values.
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
  return value;
}

/**
 * Trusted text reads as the attribute text it would be if written in the template: a developer
 * constant (`sidebar-position="${end ? 'end' : 'start'}"`) reaches the element as `end`, not as
 * the token standing for it.
 */
function holeAttribute(ctx: RenderContext, value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return decodeAttributeValue(value.html);
  if (typeof value === 'string' && value.startsWith(tokenStart)) {
    const entry = onlyEntry(ctx.registry, value);
    if (entry !== null && entry.template === null) return decodeAttributeValue(entryText(ctx, entry));
  }
  return value;
}

/** A parsed attribute value that is an object placeholder decodes to the object. */
function decodePlaceholder(ctx: RenderContext, value: string): unknown {
  if (value.indexOf(placeholderStart) === -1) return value;
  const object = ctx.objects.get(value);
  return object !== undefined || ctx.objects.has(value) ? object : stripPlaceholders(value);
}

/** An attribute's text (decoded, holes as text), or null when the element lacks it. */
export function attributeText(ctx: RenderContext, node: ElementNode, scope: Scope, name: string): string | null {
  for (const attr of node.attrs) {
    if (attr.name !== name) continue;
    if (attr.parts === null) return stripPlaceholders(attr.value);
    let text = '';
    for (const part of attr.parts) {
      text += typeof part === 'string' ? decodeAttributeValue(part) : holeString(ctx, scope.values[part], rcdataSink);
    }
    return text;
  }
  return null;
}
