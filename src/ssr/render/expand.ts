/**
 * The render walk: emits nodes in document order and expands each registered custom element when
 * it is reached (enhance-compat §6.2 step 3), so instance ids, context and store access happen in the order
 * Enhance's pre-order walk gives them.
 *
 * Fix (enhance-compat §6.4): each expansion gets its own copy of its parent's `context`, so a value an
 * element sets reaches its descendants but not its later siblings.
 */
import type { ElementNode, HoleNode, Node } from '../parse/nodes.js';
import { CUSTOM, DYNAMIC, INERT, enhancedAttribute, insertAttribute, glyphFromTagEnd } from '../parse/nodes.js';
import type { ElementRender } from './element-api.js';
import type { RenderContext } from './context.js';
import type { Expansion, Item, Scope } from './scope.js';
import type { Template } from '../parse/compile.js';
import { slotContent } from './scope.js';
import { nodesText, scopeHole, startTagParts } from './hole-text.js';
import { resolveText, resultFragment } from './fragments.js';
import { attributeValue } from './attribute-values.js';
import { stripPlaceholders } from '../parse/markers.js';
import { hoistTop } from './hoist.js';
import { fillSlots } from './slots.js';
import { escapeAttribute } from '../strings/escape.js';
import { parseMarkup } from '../parse/parse-markup.js';
import { UpliftError } from '../../common/errors.js';

/** How deep custom elements may nest before the render is stopped as runaway recursion. */
const maxDepth = 200;

/** The end of an expanded element's start tag, its `enhanced` attribute included, made once. */
const enhancedTagEnd = `${enhancedAttribute}>`;

/** Emits nodes in `scope`, expanding custom elements with `context` as their parent's context. */
export function emitNodes(ctx: RenderContext, nodes: readonly Node[], scope: Scope, context: Record<string, unknown>): void {
  for (let i = 0; i < nodes.length; i++) emitNode(ctx, nodes[i] as Node, scope, context);
}

/** Emits one node. */
export function emitNode(ctx: RenderContext, node: Node, scope: Scope, context: Record<string, unknown>): void {
  if (typeof node === 'string') ctx.out += node;
  else if (node.type === 'hole') emitHole(ctx, node, scope, context);
  else emitElement(ctx, node, scope, context);
}

function emitHole(ctx: RenderContext, hole: HoleNode, scope: Scope, context: Record<string, unknown>): void {
  if (hole.context !== 'text') {
    ctx.out += scopeHole(ctx, scope, hole.index);
    return;
  }
  const value = resolveText(ctx, scope, hole.index);
  if (typeof value === 'string') ctx.out += value;
  else if (value !== null) emitNodes(ctx, value.nodes, value.scope, context);
}

function emitElement(ctx: RenderContext, el: ElementNode, scope: Scope, context: Record<string, unknown>): void {
  if (el.flags & CUSTOM) {
    const render = ctx.lookup(el.tag);
    if (render !== undefined) {
      expandElement(ctx, el, scope, context, render);
      return;
    }
  } else if (el.tag === 'slot') {
    const content = slotContent(scope.owner, el);
    if (content !== undefined) {
      if (!Array.isArray(content)) emitNodes(ctx, content.nodes, content.scope, context);
      else for (const item of content) emitNode(ctx, item.node, item.scope, context);
      return;
    }
  }
  ctx.out += renderStartTag(ctx, el, scope);
  if (el.flags & INERT || !(el.flags & DYNAMIC)) emitInert(ctx, el.children, scope);
  else emitNodes(ctx, el.children, scope, context);
  ctx.out += el.close;
}

/** Emits nodes as written: nothing inside is expanded (template content, static subtrees). */
export function emitInert(ctx: RenderContext, nodes: readonly Node[], scope: Scope): void {
  const text = nodesText(ctx, nodes, scope);
  ctx.out += ctx.objects.size > 0 ? stripPlaceholders(text) : text;
}

/** The start tag, rebuilt with hole values when an attribute holds one; `enhanced` adds `enhanced="✨"`. */
function renderStartTag(ctx: RenderContext, el: ElementNode, scope: Scope, enhanced = false): string {
  if (el.open !== null) {
    const open = ctx.objects.size > 0 ? stripPlaceholders(el.open) : el.open;
    return enhanced ? insertAttribute(open, enhancedAttribute) : open;
  }
  // One append to the tag's rope, not two: this runs for every element with a hole.
  if (el.openParts !== null) return startTagParts(ctx, el, scope) + (enhanced ? enhancedTagEnd : '>');
  // Only nodes made at render time (slot fallbacks) get here: rebuild from the attributes.
  let tag = '<' + el.tag;
  for (const attr of el.attrs) {
    if (attr.spread >= 0) tag += ' ' + scopeHole(ctx, scope, attr.spread);
    else if (attr.parts === null) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
    else {
      tag += ` ${attr.name}="`;
      for (const part of attr.parts) tag += typeof part === 'string' ? part.replace(/"/g, '&quot;') : scopeHole(ctx, scope, part);
      tag += '"';
    }
  }
  return tag + (enhanced ? enhancedTagEnd : '>');
}

/** Expands one custom element: runs it, hoists, fills slots, then walks into the result. */
function expandElement(ctx: RenderContext, el: ElementNode, scope: Scope, context: Record<string, unknown>, render: ElementRender): void {
  if (++ctx.depth > maxDepth) {
    throw new UpliftError('UPLIFT_RENDER', `<${el.tag}> is nested more than ${maxDepth} custom elements deep: an element probably renders itself. Check that its template does not contain <${el.tag}>.`);
  }
  const attrs = elementAttrs(ctx, el, scope);
  const childContext = copyContext(context);
  const state = { attrs, store: ctx.store, instanceID: ctx.uuid(), context: childContext };
  const owner: Expansion = { fill: null, tag: el.tag };
  const result = render({ html: ctx.html, state });
  const fragment = resultFragment(ctx, el.tag, result, owner, render, true);
  const top = hoistTop(ctx, fragment, el.tag);
  owner.fill = fillSlots(ctx, fragment, top, el.children, scope);
  // Without object placeholders in this render, nothing in a static tag needs stripping.
  if (el.hostOpen !== null && ctx.enhancedAttr && ctx.objects.size === 0) ctx.out += el.hostOpen;
  else ctx.out += renderStartTag(ctx, el, scope, ctx.enhancedAttr);
  if (ctx.enhancedAttr) ctx.glyphPositions.push(ctx.out.length - glyphFromTagEnd);
  if (top === null) emitNodes(ctx, (fragment.scope.template as Template).top, fragment.scope, childContext);
  else {
    for (let i = 0; i < top.length; i++) {
      const item = top[i] as Item;
      emitNode(ctx, item.node, item.scope, childContext);
    }
  }
  ctx.out += el.hostClose;
  ctx.depth--;
}

/**
 * The child's own copy of its parent's context (enhance-compat §6.4). Most contexts stay empty; a fresh
 * literal skips the generic object-spread path they would otherwise take once per element.
 */
function copyContext(context: Record<string, unknown>): Record<string, unknown> {
  // Any enumerable key at all means a real copy.
  for (const _key in context) return { ...context };
  return {};
}

function elementAttrs(ctx: RenderContext, el: ElementNode, scope: Scope): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const attr of el.attrs) {
    if (attr.spread < 0) {
      setAttr(attrs, attr.name, attributeValue(ctx, attr, scope));
      continue;
    }
    const spread = scopeHole(ctx, scope, attr.spread);
    const bare = bareName(spread);
    if (bare !== null) {
      if (bare !== '' && !Object.hasOwn(attrs, bare)) setAttr(attrs, bare, '');
      continue;
    }
    const parsed = parseMarkup(`<x ${spread}>`)[0];
    if (parsed !== undefined && typeof parsed !== 'string' && parsed.type === 'element') {
      for (const inner of parsed.attrs) if (!Object.hasOwn(attrs, inner.name)) setAttr(attrs, inner.name, attributeValue(ctx, inner, scope));
    }
  }
  return attrs;
}

/**
 * The attribute a spread writes when it is one lower-case name without a value (` done`, the
 * usual `${flag}`), as the parser would read it; '' for nothing but whitespace; null for anything
 * else, which is parsed. Saves a parse per flag per expansion.
 */
function bareName(text: string): string | null {
  let start = 0;
  while (start < text.length && isHtmlSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isNameCode(text.charCodeAt(end), end === start)) end++;
  let rest = end;
  while (rest < text.length && isHtmlSpace(text.charCodeAt(rest))) rest++;
  return rest === text.length ? text.slice(start, end) : null;
}

function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** a–z, then also 0–9, `-` and `_`: characters the tokenizer keeps as they are in a name. */
function isNameCode(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (!first && ((c >= 48 && c <= 57) || c === 45 || c === 95));
}

/** Sets an attribute as an own property, so a `__proto__` attribute cannot change the prototype. */
function setAttr(attrs: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(attrs, name, { value, enumerable: true, writable: true, configurable: true });
  else attrs[name] = value;
}
