/**
 * Development warnings for auto-escaping. A string that looks like markup but reaches element
 * content as data is shown as text: right for a user's `<b>`, wrong for markup the app built
 * somewhere the loader does not tag (a string concatenation, a module outside `app/`). The warning
 * names the element and the fix. Each message is given once per process (bounded).
 */
import type { RenderContext } from './context.js';
import type { Expansion } from './scope.js';
/** Warns (in development) when data that looks like markup is about to be escaped as text. */
export declare function warnEscapedMarkup(ctx: RenderContext, owner: Expansion, data: string): void;
