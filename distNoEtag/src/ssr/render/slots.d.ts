/**
 * Slot assignment (enhance-compat §6.3), computed per expansion without touching the shared template
 * trees: the result maps each slot element of the element's output to what replaces it.
 *
 * - A named slot takes the authored children with a matching `slot` attribute.
 * - The unnamed slot takes every other authored child (text and whitespace included), or shows
 *   its own content when there is none.
 * - An unused named slot shows its content, with `slot="name"` on its single element child or
 *   wrapped in `<span slot="name">` (or the `as` tag).
 *
 * Fixes (docs/differences-ssr.md): several children for one slot all land in it, in order
 * (Enhance keeps them but overwrites the slot's last sibling); a second slot of the same name or
 * a second unnamed slot shows its own content, as in a browser (Enhance moves or duplicates the
 * children).
 */
import type { Node } from '../parse/nodes.js';
import type { RenderContext } from './context.js';
import type { Fragment, Item, Scope, SlotFill } from './scope.js';
/** The authored children of an element as items, with holes resolved and slots filled. */
export declare function collectChildren(ctx: RenderContext, nodes: readonly Node[], scope: Scope, out: Item[]): Item[];
/**
 * What replaces the slots of an element's output (`fragment`, with `top` from hoistTop), given the
 * element's authored `children` in `scope`; null when the output has no slots.
 */
export declare function fillSlots(ctx: RenderContext, fragment: Fragment, top: readonly Item[] | null, children: readonly Node[], scope: Scope): SlotFill | null;
