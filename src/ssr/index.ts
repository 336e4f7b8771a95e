/**
 * `uplift/ssr`: the Enhance-compatible renderer. Code that calls `@enhance/ssr` switches by
 * changing its import; the style transform replaces `@enhance/enhance-style-transform`.
 *
 * @example
 * import enhance, { styleTransform } from 'uplift-html/ssr';
 * const html = enhance({ elements, initialState: store, styleTransforms: [styleTransform] });
 * const page = html`${head}<my-page></my-page>`;
 */
import { enhance } from './enhance.js';

export { enhance, createLookup } from './enhance.js';
export type { EnhanceOptions } from './enhance.js';
export { styleTransform, scopeCss } from './style/style-scope.js';
export { trusted, TrustedHtml } from './markup/trusted.js';
export type { EnhanceHtmlTag } from './render/html-tag.js';
export type { ElementRender, ElementStateArg, ScriptTransform, StyleTransform, TransformAttr } from './render/element-api.js';

// `@enhance/ssr` is imported as a default export; keeping that shape makes the switch one line.
export default enhance;
