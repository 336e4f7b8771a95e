/**
 * Hole values → output. Strings are markup, as in Enhance (spec §6.2), except untrusted strings
 * (taint.ts), which are escaped for the place they land. Numbers print; every other value prints
 * nothing, as Enhance's placeholder deletion makes it do, except in a custom element's attributes,
 * where it passes through as itself.
 */
import type { AttrNode, ElementNode, HoleContext } from './nodes.js';
import { escapeAttribute, escapeScript, escapeStyle, escapeText, hasSpecialCharacter } from './escape.js';
import { escapeTaintedIn, isTainted, taintString } from './taint.js';
import { parseAt, parseCached } from './parse-cache.js';
import { decodeAttributeValue } from './decode.js';
import type { Expansion, Fragment, RenderContext, Resolved, Scope } from './render-context.js';
import { createScope, findInstance } from './render-context.js';
import { TrustedHtml } from './trusted.js';
import type { Template } from './compile.js';
import { placeholderEnd, placeholderStart } from './markers.js';

function tainted(ctx: RenderContext, value: string): boolean {
  return hasSpecialCharacter(value) && isTainted(ctx.taint, value);
}

/** A value as text for any hole but a `text` one being emitted (and for string forms). */
export function holeString(ctx: RenderContext, value: unknown, context: HoleContext): string {
  // One scan decides the common case: without the five characters a string is safe anywhere.
  if (typeof value === 'string') return hasSpecialCharacter(value) ? specialString(ctx, value, context) : value;
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return value.html;
  return '';
}

/** Hole `index` of `scope` as holeString renders it, without a second scan of a clean string. */
export function scopeHole(ctx: RenderContext, scope: Scope, index: number, context: HoleContext): string {
  const value = scope.values[index];
  return index < 31 && (scope.clean >> index) & 1 ? (value as string) : holeString(ctx, value, context);
}

/** A string holding a special character: escaped if untrusted, else only its quotes in attributes. */
function specialString(ctx: RenderContext, value: string, context: HoleContext): string {
  if (!isTainted(ctx.taint, value)) {
    // Holes are emitted inside double quotes; a quote in app-made text would end the value.
    if (context !== 'attr' || (value.indexOf('"') === -1 && value.indexOf("'") === -1)) return value;
    return value.replace(/["']/g, (q) => (q === '"' ? '&quot;' : '&#39;'));
  }
  switch (context) {
    case 'style':
      return escapeStyle(value);
    case 'script':
      return escapeScript(value);
    case 'text':
    case 'rcdata':
      return escapeText(value);
    default:
      return escapeAttribute(value);
  }
}

/** A text hole's value, memoised on the scope (slots and hoisting read it before it is emitted). */
export function resolveText(ctx: RenderContext, scope: Scope, index: number): Resolved {
  const memo = (scope.resolved ??= []);
  let resolved = memo[index];
  if (resolved === undefined) {
    resolved = toResolved(ctx, scope.values[index], scope.owner, scope.template, index);
    memo[index] = resolved;
  }
  return resolved;
}

function toResolved(ctx: RenderContext, value: unknown, owner: Expansion, site: Template | null, index: number): Resolved {
  if (typeof value === 'string') {
    // Without `<` no tag can open: the string is text, escaped only if it is untrusted.
    if (value.indexOf('<') === -1) return tainted(ctx, value) ? escapeText(value) : value;
    return toFragment(ctx, value, owner, site, index, site?.flatHoles[index] === true) ?? escapeText(value);
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return parseFragment(ctx, value.html, owner, true, site, index, site?.flatHoles[index] === true);
  return null;
}

/**
 * The fragment for markup `value`: its recorded `html` call, or the string parsed after escaping
 * untrusted strings inside it. Returns null for a string that is itself untrusted (plain text).
 * `site` and `slot` say where the string came from, so its tree can be reused (parse-cache.ts).
 */
export function toFragment(ctx: RenderContext, value: string, owner: Expansion, site: object | null, slot: number, flat = false): Fragment | null {
  const instance = findInstance(ctx, value);
  if (instance !== undefined) {
    const template = instance.template;
    if (template.fallback) return parseFragment(ctx, value, owner, false, template, template.strings.length);
    return { nodes: template.nodes, scope: createScope(instance.values, template, owner, instance.clean), slotFree: false };
  }
  if (tainted(ctx, value)) return null;
  return parseFragment(ctx, value, owner, false, site, slot, flat);
}

/**
 * Parses markup made at render time. With a `site`, the tree is remembered there for the next
 * render (parse-cache.ts); without one, only short strings are kept.
 */
export function parseFragment(ctx: RenderContext, markup: string, owner: Expansion, trusted: boolean, site: object | null, slot: number, flat = false): Fragment {
  const source = trusted ? markup : escapeTaintedIn(ctx.taint, markup);
  const parsed = site === null ? parseCached(source) : parseAt(site, slot, source, flat);
  return { nodes: parsed.nodes, scope: createScope([], null, owner), slotFree: parsed.slotFree };
}

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
