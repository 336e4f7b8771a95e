import type { RenderContext } from './context.js';
import type { Fragment, Item } from './scope.js';
/**
 * The top-level nodes of an element's output left after hoisting, or null when they are the
 * template's precomputed `top` list. Holes at the top level are resolved first, since markup they
 * hold is top-level too once concatenated (enhance-compat §6.2 step 1).
 */
export declare function hoistTop(ctx: RenderContext, fragment: Fragment, tagName: string): Item[] | null;
/** The head markup for hoisted styles and links: one `<style>`, `@import` sheets first. */
export declare function hoistedHead(ctx: RenderContext): string;
/** The hoisted scripts, for the end of the body. */
export declare function hoistedScripts(ctx: RenderContext): string;
