/**
 * Hole values → output. Strings are markup, as in Enhance (spec §6.2), except untrusted strings
 * (taint.ts), which are escaped for the place they land. Numbers print; every other value prints
 * nothing, as Enhance's placeholder deletion makes it do, except in a custom element's attributes,
 * where it passes through as itself.
 */
import type { AttrNode, ElementNode, HoleContext, Node } from './nodes.js';
import { escapeAttribute, escapeScript, escapeStyle, escapeText, hasSpecialCharacter } from './escape.js';
import { escapeTaintedIn, isTainted, taintString } from './taint.js';
import { parseMarkup } from './parse-markup.js';
import { decodeAttributeValue } from './decode.js';
import type { Expansion, Fragment, RenderContext, Resolved, Scope } from './render-context.js';
import { createScope, findInstance } from './render-context.js';
import { TrustedHtml } from './trusted.js';
import { placeholderStart } from './markers.js';

function tainted(ctx: RenderContext, value: string): boolean {
  return hasSpecialCharacter(value) && isTainted(ctx.taint, value);
}

/** A value as text for any hole but a `text` one being emitted (and for string forms). */
export function holeString(ctx: RenderContext, value: unknown, context: HoleContext): string {
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return value.html;
  if (typeof value !== 'string') return '';
  if (!tainted(ctx, value)) {
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
    resolved = toResolved(ctx, scope.values[index], scope.owner);
    memo[index] = resolved;
  }
  return resolved;
}

function toResolved(ctx: RenderContext, value: unknown, owner: Expansion): Resolved {
  if (typeof value === 'string') {
    // Without `<` no tag can open: the string is text, escaped only if it is untrusted.
    if (value.indexOf('<') === -1) return tainted(ctx, value) ? escapeText(value) : value;
    return toFragment(ctx, value, owner) ?? escapeText(value);
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return parseFragment(ctx, value.html, owner, true);
  return null;
}

/**
 * The fragment for markup `value`: its recorded `html` call, or the string parsed after escaping
 * untrusted strings inside it. Returns null for a string that is itself untrusted (plain text).
 */
export function toFragment(ctx: RenderContext, value: string, owner: Expansion): Fragment | null {
  const instance = findInstance(ctx, value);
  if (instance !== undefined) {
    if (instance.template.fallback) return parseFragment(ctx, value, owner, false);
    return { nodes: instance.template.nodes, scope: createScope(instance.values, instance.template, owner), source: null };
  }
  if (tainted(ctx, value)) return null;
  return parseFragment(ctx, value, owner, false);
}

/**
 * Small strings that recur across requests (a head, a shared snippet) keep their parsed tree;
 * trees are immutable, so sharing them is safe. Bounded by entry count and string length.
 */
const parsedCache = new Map<string, readonly Node[]>();
const cacheEntries = 256;
const cacheLength = 1024;

/** Parses markup made at render time (rare for apps that use `html`; bounded by its length). */
export function parseFragment(ctx: RenderContext, markup: string, owner: Expansion, trusted: boolean): Fragment {
  const source = trusted ? markup : escapeTaintedIn(ctx.taint, markup);
  return { nodes: parseCached(source), scope: createScope([], null, owner), source };
}

function parseCached(source: string): readonly Node[] {
  if (source.length > cacheLength) return parseMarkup(source);
  let nodes = parsedCache.get(source);
  if (nodes === undefined) {
    nodes = parseMarkup(source);
    if (parsedCache.size >= cacheEntries) parsedCache.delete(parsedCache.keys().next().value as string);
    parsedCache.set(source, nodes);
  }
  return nodes;
}

/**
 * The value a custom element sees for one attribute: a lone hole passes its value through (objects
 * and arrays included); anything else is the decoded text. Untrusted strings join the taint set.
 */
export function attributeValue(ctx: RenderContext, attr: AttrNode, scope: Scope): unknown {
  let value: unknown;
  const parts = attr.parts;
  if (parts === null) value = decodePlaceholder(ctx, attr.value);
  else if (parts.length === 3 && parts[0] === '' && parts[2] === '') value = holeAttribute(ctx, scope.values[parts[1] as number]);
  else {
    let text = '';
    for (const part of parts) {
      text += typeof part === 'string' ? decodeAttributeValue(part) : String(holeAttribute(ctx, scope.values[part]) ?? '');
    }
    value = text;
  }
  if (typeof value === 'string') taintString(ctx.taint, value);
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

const placeholderPattern = /\uE002[^\uE003]*\uE003/g;

/** Removes object placeholders from markup (Enhance deletes its `__b_N` tokens the same way). */
export function stripPlaceholders(markup: string): string {
  return markup.indexOf(placeholderStart) === -1 ? markup : markup.replace(placeholderPattern, '');
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
