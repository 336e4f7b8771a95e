/**
 * Document assembly. Markup passes through as written; Uplift only decides where the hoisted
 * `<style>` and `<link>`s go (the end of `<head>`, after every tag the parser would still put
 * there) and appends the hoisted scripts, which the parser places at the end of `<body>` (enhance-compat
 * §6.2 steps 4–7). Like Enhance, nothing before the body is expanded.
 */
import type { Node } from '../parse/nodes.js';
import type { RenderContext } from '../render/context.js';
import type { Item, Scope } from '../render/scope.js';
import { emitInert, emitNode } from '../render/expand.js';
import { resolveText } from '../render/fragments.js';
import { headElements } from '../parse/html-rules.js';
import { hoistedHead, hoistedScripts } from '../render/hoist.js';
import { restoreEnhancedGlyphs } from '../strings/enhanced-glyph.js';
import { documentText } from './document-bytes.js';
import type { DocumentParts } from './document-bytes.js';

interface DocumentState {
  /** Output up to the end of the head, once the body has started. */
  head: string | null;
  /** Whether the markup wrote its own `<html>`, `<head>`, `<body>` or doctype. */
  skeleton: boolean;
  /** Whether the markup wrote its own `<body>` start tag. */
  bodyTag: boolean;
  /** Whether an `<html>` start tag was never closed. */
  openHtml: boolean;
  /** For `bodyContent`: the output of the body's first child, once captured. */
  first: string | null;
  capture: boolean;
}

/**
 * Renders top-level nodes as a whole document. With `bodyContent`, returns only the body's
 * first child, as Enhance's option does (enhance-compat §6.1).
 */
export function renderToString(ctx: RenderContext, items: readonly Item[], bodyContent = false): string {
  const state = walkDocument(ctx, items, bodyContent);
  if (bodyContent) return state.first ?? '';
  return documentText(assemble(ctx, state), ctx.glyphPositions);
}

/** Renders top-level nodes as a whole document, left in parts for documentBytes (document-bytes.ts). */
export function renderToParts(ctx: RenderContext, items: readonly Item[]): DocumentParts {
  return assemble(ctx, walkDocument(ctx, items, false));
}

function walkDocument(ctx: RenderContext, items: readonly Item[], capture: boolean): DocumentState {
  const state: DocumentState = { head: null, skeleton: false, bodyTag: false, openHtml: false, first: null, capture };
  walkTop(ctx, items, state);
  if (state.head === null) startBody(ctx, state);
  return state;
}

function assemble(ctx: RenderContext, state: DocumentState): DocumentParts {
  const body = ctx.out;
  const scripts = hoistedScripts(ctx);
  const before = state.head ?? '';
  // Without a skeleton of its own, the markup gets one (as parse5 would add); whatever came before
  // the body (comments, head tags) stays in front, where the parser puts it in the same place.
  if (!state.skeleton) return { before: before + '<html><head>' + hoistedHead(ctx) + '</head><body>', body, after: scripts + '</body></html>' };
  const after = scripts + (state.openHtml ? '</body></html>' : '');
  // A head that ends with `</head>` (the usual head.mjs) gets the hoisted tags inside it and an
  // explicit `<body>`: the same tree the parser would build from tags after `</head>`, as valid markup.
  const headClose = headCloseAtEnd(before);
  if (headClose !== -1) {
    return { before: before.slice(0, headClose) + hoistedHead(ctx) + before.slice(headClose) + (state.bodyTag ? '' : '<body>'), body, after };
  }
  return { before: before + hoistedHead(ctx), body, after };
}

function startBody(ctx: RenderContext, state: DocumentState): void {
  state.head = ctx.out;
  ctx.out = '';
}

function walkTop(ctx: RenderContext, items: readonly Item[], state: DocumentState): void {
  for (const { node, scope } of items) {
    if (state.head !== null) {
      emitBody(ctx, node, scope, state);
    } else if (typeof node === 'string') {
      const start = bodyTextStart(node);
      if (start === -1) {
        if (/<!doctype/i.test(node)) state.skeleton = true;
        ctx.out += node;
        continue;
      }
      ctx.out += node.slice(0, start);
      startBody(ctx, state);
      emitBody(ctx, node.slice(start), scope, state);
    } else if (node.type === 'hole') {
      const value = node.context === 'text' ? resolveText(ctx, scope, node.index) : null;
      if (typeof value === 'string') walkTop(ctx, [{ node: value, scope }], state);
      else if (value !== null) walkTop(ctx, value.nodes.map((child) => ({ node: child, scope: value.scope })), state);
    } else if (node.tag === 'html') {
      state.skeleton = true;
      ctx.out += node.open ?? '<html>';
      walkTop(ctx, node.children.map((child) => ({ node: child, scope })), state);
      if (node.close === '') state.openHtml = true;
      else {
        if (state.head === null) startBody(ctx, state);
        ctx.out += node.close;
      }
    } else if (node.tag === 'head' || headElements.has(node.tag)) {
      if (node.tag === 'head') state.skeleton = true;
      emitInert(ctx, [node], scope);
    } else {
      if (node.tag === 'body') {
        state.skeleton = true;
        state.bodyTag = true;
      }
      startBody(ctx, state);
      emitBody(ctx, node, scope, state);
    }
  }
}

/** Emits body content, capturing the first child for `bodyContent`. */
function emitBody(ctx: RenderContext, node: Node, scope: Scope, state: DocumentState): void {
  if (!state.capture) {
    emitNode(ctx, node, scope, {});
    return;
  }
  if (typeof node !== 'string' && node.type === 'element' && node.tag === 'body') {
    ctx.out += node.open ?? '<body>';
    for (const child of node.children) emitBody(ctx, child, scope, state);
    ctx.out += node.close;
    return;
  }
  const start = ctx.out.length;
  emitNode(ctx, node, scope, {});
  if (state.first !== null) return;
  const emitted = ctx.out.slice(start);
  // The first child of a text run is the text up to its first tag.
  const first = typeof node === 'string' && emitted.includes('<') ? emitted.slice(0, emitted.indexOf('<')) : emitted;
  state.first = restoreEnhancedGlyphs(first, ctx.glyphPositions, start);
  state.capture = state.first === '';
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator), for a scan that matches `/\s/` exactly. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Where the `</head>` that ends `text` (whitespace aside, inside the tag too) starts, or -1: what
 * `text.search(/<\/head\s*>\s*$/i)` finds, without a regex run over the whole head on every render.
 */
function headCloseAtEnd(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 62 /* > */) return -1;
  i--;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const start = i - 5;
  if (start < 0 || text.charCodeAt(start) !== 60 /* < */ || text.charCodeAt(start + 1) !== 47 /* / */) return -1;
  // `/i` without `/u` folds only ASCII letters here: `c | 32` lowers exactly those.
  const head = (text.charCodeAt(start + 2) | 32) === 104 && (text.charCodeAt(start + 3) | 32) === 101 &&
    (text.charCodeAt(start + 4) | 32) === 97 && (text.charCodeAt(start + 5) | 32) === 100;
  return head ? start : -1;
}

/**
 * Where body content starts in a top-level string: after whitespace, comments, a doctype and end
 * tags (which the parser keeps out of the body), or -1 when none starts.
 */
function bodyTextStart(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
      i++;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end === -1 ? text.length : end + 3;
    } else if (text.startsWith('<!', i) || text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      i = end === -1 ? text.length : end + 1;
    } else {
      return i;
    }
  }
  return -1;
}
