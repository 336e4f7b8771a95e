import type { StyleTransform } from '../render/element-api.js';
/** Scopes every selector of `css` to `tagName` and prints the sheet in Enhance's format. */
export declare function scopeCss(css: string, tagName: string): string;
/** Rewrites one selector for `tag`: `:host`, `:host()`, `:host-context()`, `::slotted()`, `::part()`. */
export declare function scopeSelector(selector: string, tag: string): string;
/**
 * The Enhance-style transform: scopes an element's `<style>` to its tag unless it has
 * `scope="global"` (enhance-compat §6.5). Pass it in `styleTransforms` as you would
 * `@enhance/enhance-style-transform`.
 *
 * @example
 * enhance({ elements, styleTransforms: [styleTransform] })
 */
export declare const styleTransform: StyleTransform;
