/**
 * The `html` tag handed to elements. It returns a markup token (markup/tokens.ts): a string, as
 * Enhance's result is, so element code that joins, concatenates or nests results keeps working,
 * while the renderer knows the result's template and values and never parses it again.
 */
import type { HtmlTag } from '../../types.js';
import type { Template } from '../parse/compile.js';
import type { RenderContext } from './context.js';
import { TrustedHtml } from './trusted.js';
/** The `html` tag type with its `raw` helper (same as `trusted`). */
export type EnhanceHtmlTag = HtmlTag & {
    raw(markup: string): TrustedHtml;
};
/** The per-render `html` tag: registers the call with the render and returns its token. */
export declare function createElementHtml(ctx: RenderContext): EnhanceHtmlTag;
/**
 * The markup of a template whose structure is only known per render (a hole in a tag name): its
 * static text with every value escaped for its hole. Objects in attribute values become
 * placeholders that decode back to the object when a custom element reads its attributes, so
 * arrays and objects pass from parent to child; they are registered per render, never globally.
 */
export declare function stringForm(ctx: RenderContext, template: Template, values: readonly unknown[]): string;
/** Values Enhance passes through attributes as themselves (objects, arrays, booleans…), not as text. */
export declare function isPassedValue(value: unknown): boolean;
