import type { RenderContext } from './context.js';
import type { Expansion, Fragment, Resolved, Scope } from './scope.js';
/** A text hole's value, memoised on the scope (slots and hoisting read it before it is emitted). */
export declare function resolveText(ctx: RenderContext, scope: Scope, index: number): Resolved;
/**
 * What an element function (or the head) returned, as a fragment: markup tokens and data as in a
 * text hole; `site` (the function) remembers trusted markup's tree between renders.
 */
export declare function resultFragment(ctx: RenderContext, tag: string, result: unknown, owner: Expansion, site: object): Fragment;
/**
 * Parses markup the app vouches for (trusted, developer constants, a template's string form, and
 * every string in `enhance` mode). With a `site`, the tree is remembered there for the next
 * render (parse-cache.ts); without one, only short strings are kept.
 */
export declare function parseFragment(markup: string, owner: Expansion, site: object | null, slot: number, flat: boolean): Fragment;
