/**
 * The shapes Enhance hands to app code: an element's render function and its `state`, and the
 * style and script transforms an app passes to `enhance()`.
 */
import type { HtmlTag } from '../../types.js';
/** An element's render function, as Enhance calls it. */
export type ElementRender = (args: {
    html: HtmlTag;
    state: ElementStateArg;
}) => unknown;
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
/** Enhance's style transform signature (docs/enhance-compat.md §6.1, §6.5). */
export type StyleTransform = (args: {
    attrs: TransformAttr[];
    raw: string;
    tagName: string;
    context: string;
}) => string;
/** Enhance's script transform signature (docs/enhance-compat.md §6.1, §6.6). */
export type ScriptTransform = (args: {
    attrs: TransformAttr[];
    raw: string;
    tagName: string;
}) => string;
