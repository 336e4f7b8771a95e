/**
 * `.html` elements (enhance-compat §5.6). Enhance evaluates each `${expr}` as JavaScript against the
 * element's state; Uplift reads state paths instead, with no `eval` or `new Function`:
 * `${attrs.title}`, `${store.user.name}`, `${store.items[0].name}`, `${attrs['data-id']}`,
 * optional chaining (`?.`) and a string default (`${attrs.title || 'Untitled'}`, `??` too).
 * Anything else is rejected at start-up with the file named. As in Enhance, a missing value
 * prints `undefined`, and the result goes through `html`, so slots, hoisting and scoping apply;
 * the template is trusted and the values are data, escaped for where they land.
 */
import type { ElementRender } from '../render/element-api.js';
type Resolve = (state: Record<string, unknown>) => unknown;
/** Compiles one `${expr}` to a state reader, or null when it is not a supported path. */
export declare function compilePath(expression: string): Resolve | null;
/** Builds the element function for an `.html` element file's content. */
export declare function createHtmlElement(source: string, file: string): ElementRender;
export {};
