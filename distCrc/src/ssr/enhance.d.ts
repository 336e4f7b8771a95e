/**
 * The `@enhance/ssr` compatible factory (enhance-compat §6.1): `enhance(options)` returns an `html` tag
 * that renders a whole document, so code calling `@enhance/ssr` switches by changing its import.
 *
 * Differences (docs/differences.md): values are escaped for their context; `context` reaches
 * descendants only; `initialState` is copied per document rather than once per factory, so one
 * render's store changes never reach the next.
 */
import type { ElementRender, ScriptTransform, StyleTransform } from './render/element-api.js';
import type { EscapeMode } from './render/context.js';
import type { EnhanceHtmlTag } from './render/html-tag.js';
export interface EnhanceOptions {
    /** Tag name → element function, or a class / object with `render` (or `prototype.render`). */
    elements?: Record<string, unknown>;
    /** The store every element sees as `state.store` (copied per document). */
    initialState?: Record<string, unknown>;
    styleTransforms?: StyleTransform[];
    scriptTransforms?: ScriptTransform[];
    /** Makes `state.instanceID`; default: 7 random characters from `[0-9a-z]`. */
    uuidFunction?: () => string;
    /** Return only the body's first child instead of the document. */
    bodyContent?: boolean;
    /** Add `enhanced="✨"` to expanded elements (default true). */
    enhancedAttr?: boolean;
    /**
     * `'auto'` (default): every value is escaped for the context it lands in; markup made by `html`
     * (or a template literal the app loader tagged) stays markup. `'enhance'`: strings are inserted
     * as markup, unescaped, as `@enhance/ssr` does.
     */
    escape?: EscapeMode;
}
/** Finds an element's render function the way Enhance does (enhance-compat §6.1). */
export declare function createLookup(elements: Record<string, unknown>): (tag: string) => ElementRender | undefined;
/**
 * Creates an Enhance-compatible `html` tag.
 *
 * @example
 * import { enhance, styleTransform } from 'uplift-html/ssr';
 * const html = enhance({ elements: { 'my-header': MyHeader }, styleTransforms: [styleTransform] });
 * const page = html`<my-header title="Hi"></my-header>`;
 */
export declare function enhance(options?: EnhanceOptions): EnhanceHtmlTag;
