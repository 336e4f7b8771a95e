/**
 * Attribute values as a custom element receives them (Enhance's `state.attrs`): a lone hole passes
 * its value through, objects, arrays and markup tokens included (object placeholders decode back to
 * the object); static text is decoded, data is handed over as it is.
 */
import type { AttrNode, ElementNode } from '../parse/nodes.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
/**
 * The value a custom element sees for one attribute: a lone hole passes its value through (objects
 * and arrays included); anything else is the decoded static text joined with the values.
 */
export declare function attributeValue(ctx: RenderContext, attr: AttrNode, scope: Scope): unknown;
/** An attribute's text (decoded, holes as text), or null when the element lacks it. */
export declare function attributeText(ctx: RenderContext, node: ElementNode, scope: Scope, name: string): string | null;
