/**
 * Everything one render owns. A new context is made per document and dropped after it, so no
 * value, object attribute or escaped string can reach another request.
 */
import type { Template } from '../parse/compile.js';
import type { MarkupRegistry } from '../markup/tokens.js';
import type { ElementRender, ScriptTransform, StyleTransform } from './element-api.js';
import type { HtmlTag } from '../../types.js';
/**
 * How values are escaped: `auto` by the context they land in (the default); `enhance` inserts
 * every string as markup, as `@enhance/ssr` does (`escape: 'enhance'` in uplift.config.mjs).
 */
export type EscapeMode = 'auto' | 'enhance';
/** Hoisted tags collected during a render (enhance-compat §6.2 steps 4–6). */
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
    readonly escape: EscapeMode;
    /** In development: says when escaping turned something that looks like markup into text. */
    readonly warn: ((message: string) => void) | null;
}
export interface RenderContext extends RenderOptions {
    out: string;
    /**
     * Where each expansion's ✨ stand-in starts in `out`, in order, once the body has started
     * (strings/enhanced-glyph.ts).
     */
    readonly glyphPositions: number[];
    /** The markup made during this render, found again by its tokens (markup/tokens.ts). */
    readonly registry: MarkupRegistry;
    readonly objects: Map<string, unknown>;
    /** Makes object placeholders unguessable by data (set when the first one is made). */
    nonce: string;
    readonly hoisted: Hoisted;
    /** The `html` tag handed to elements, bound to this context. */
    html: HtmlTag;
    depth: number;
}
/** A fresh per-render context. `html` is filled in by the caller (html-tag.ts). */
export declare function createRenderContext(options: RenderOptions): RenderContext;
