/**
 * Everything one render owns. A new context is made per document and dropped after it, so no
 * value, object attribute or escaped string can reach another request (style.md anti-pattern 1).
 */
import type { ElementNode, Node } from './nodes.js';
import type { Template } from './compile.js';
import type { Taint } from './taint.js';
import { createTaint } from './taint.js';
import type { HtmlTag } from '../types.js';

/** An element's render function, as Enhance calls it. */
export type ElementRender = (args: { html: HtmlTag; state: ElementStateArg }) => unknown;

/** The `state` handed to an element (see ElementState in types.ts). */
export interface ElementStateArg {
  attrs: Record<string, unknown>;
  store: Record<string, unknown>;
  instanceID: string;
  context: Record<string, unknown>;
}

/** An attribute as Enhance hands it to transforms (parse5's shape). */
export interface TransformAttr {
  name: string;
  value: string;
}

/** Enhance's style transform signature (spec §6.1). */
export type StyleTransform = (args: { attrs: TransformAttr[]; raw: string; tagName: string; context: string }) => string;
/** Enhance's script transform signature (spec §6.1). */
export type ScriptTransform = (args: { attrs: TransformAttr[]; raw: string; tagName: string }) => string;

/** An `html` call: its compiled template and the values it was called with. */
export interface Instance {
  readonly template: Template;
  readonly values: readonly unknown[];
  /** Bit i: value i is a string without special characters (see Scope.clean). */
  clean: number;
  /** The string the call returned. */
  text: string;
}

/** What replaces each slot of one expansion: `contents[i]` replaces `slots[i]`. */
export interface SlotFill {
  readonly slots: readonly ElementNode[];
  readonly contents: readonly Item[][];
}

/** One element expansion; its slot fill is set once the element's output is known. */
export interface Expansion {
  fill: SlotFill | null;
}

/** The content replacing `slot` in this expansion, if it is one of its slots. */
export function slotContent(owner: Expansion, slot: ElementNode): Item[] | undefined {
  const fill = owner.fill;
  if (fill === null) return undefined;
  const i = fill.slots.indexOf(slot);
  return i === -1 ? undefined : fill.contents[i];
}

/** What a run of nodes is rendered against: hole values and the expansion they belong to. */
export interface Scope {
  readonly values: readonly unknown[];
  readonly template: Template | null;
  readonly owner: Expansion;
  /**
   * Bit i (i < 31): value i is a string without `& < > " '`, which renders as itself in any hole.
   * The string form of an `html` call found that already; emitting the holes again skips the scan.
   */
  readonly clean: number;
  /** Memoised text-hole values (a hole is read for slots and hoisting before it is emitted). */
  resolved: (Resolved | undefined)[] | null;
}

/** A parsed string or an `html` result, ready to emit. */
export interface Fragment {
  readonly nodes: readonly Node[];
  readonly scope: Scope;
  /** Known to hold no slot (parsed markup without `<slot`), so slot assignment skips it. */
  readonly slotFree: boolean;
}

/** A text hole's value: text to emit, a fragment, or null for a dropped non-string value. */
export type Resolved = string | Fragment | null;

/** A node with the scope it renders in; slot content mixes nodes from several scopes. */
export interface Item {
  readonly node: Node;
  readonly scope: Scope;
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
  /** Where each expansion's ✨ starts in `out`, in order, once the body has started (sparkles.ts). */
  readonly sparkles: number[];
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
   * special characters are known clean, so `html` skips scanning them again (template.ts).
   */
  expanding: ElementNode | null;
}

/** A fresh per-render context. `html` is filled in by the caller (template.ts). */
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
    sparkles: [],
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

/** A scope for `values` rendered as part of `owner`. */
export function createScope(values: readonly unknown[], template: Template | null, owner: Expansion, clean = 0): Scope {
  return { values, template, owner, clean, resolved: null };
}
