/**
 * Everything one render owns. A new context is made per document and dropped after it, so no
 * value, object attribute or escaped string can reach another request.
 */
import type { Template } from '../parse/compile.js';
import type { ElementNode } from '../parse/nodes.js';
import type { Taint } from './taint.js';
import { createTaint } from './taint.js';
import type { ElementRender, ScriptTransform, StyleTransform } from './element-api.js';
import type { HtmlTag } from '../../types.js';

/** An `html` call: its compiled template and the values it was called with. */
export interface Instance {
  readonly template: Template;
  readonly values: readonly unknown[];
  /** Bit i: value i is a string without special characters (see Scope.clean). */
  clean: number;
  /** The string the call returned. */
  text: string;
}

/** Hoisted tags collected during a render (spec §6.2 steps 4–6). */
export interface Hoisted {
  readonly styles: Set<string>;
  readonly scripts: Map<string, string>;
  readonly links: Map<string, string>;
  /** Static hoist lists already taken in this render, keyed by template and tag. */
  readonly seen: Map<Template, string>;
  /** The last pair looked up in `seen` (see hoist.ts). */
  lastTemplate: Template | null;
  lastTag: string;
}

export interface RenderOptions {
  readonly lookup: (tag: string) => ElementRender | undefined;
  readonly store: Record<string, unknown>;
  readonly uuid: () => string;
  readonly styleTransforms: readonly StyleTransform[];
  readonly scriptTransforms: readonly ScriptTransform[];
  readonly enhancedAttr: boolean;
  /** Untrusted values besides the store (request data), for escaping. */
  readonly untrusted: readonly unknown[];
}

export interface RenderContext extends RenderOptions {
  out: string;
  /**
   * Where each expansion's ✨ stand-in starts in `out`, in order, once the body has started
   * (strings/enhanced-glyph.ts).
   */
  readonly glyphPositions: number[];
  readonly taint: Taint;
  /** The `html` results of this render, newest last, found again by their string. */
  readonly results: Instance[];
  readonly objects: Map<string, unknown>;
  /** Makes object placeholders unguessable by data (set when the first one is made). */
  nonce: string;
  readonly hoisted: Hoisted;
  /** The `html` tag handed to elements, bound to this context. */
  html: HtmlTag;
  depth: number;
  /**
   * The custom element whose function is running, if any: its static attribute values without
   * special characters are known clean, so `html` skips scanning them again (html-tag.ts).
   */
  expanding: ElementNode | null;
}

/** A fresh per-render context. `html` is filled in by the caller (html-tag.ts). */
export function createRenderContext(options: RenderOptions): RenderContext {
  return {
    lookup: options.lookup,
    store: options.store,
    uuid: options.uuid,
    styleTransforms: options.styleTransforms,
    scriptTransforms: options.scriptTransforms,
    enhancedAttr: options.enhancedAttr,
    untrusted: options.untrusted,
    out: '',
    glyphPositions: [],
    taint: createTaint(options.untrusted.length === 0 ? [options.store] : [options.store, ...options.untrusted]),
    results: [],
    objects: new Map(),
    nonce: '',
    hoisted: { styles: new Set(), scripts: new Map(), links: new Map(), seen: new Map(), lastTemplate: null, lastTag: '' },
    html: () => '',
    depth: 0,
    expanding: null,
  };
}

/** The recorded `html` call whose result is exactly `text`, if any (newest first). */
export function findInstance(ctx: RenderContext, text: string): Instance | undefined {
  const results = ctx.results;
  for (let i = results.length - 1; i >= 0; i--) {
    const instance = results[i] as Instance;
    // `html\`${x}\`` reads the same as x: skip it, or x would resolve to the call holding it.
    if (instance.text === text && !instance.template.bare) return instance;
  }
  return undefined;
}
