/**
 * The registry of the render in progress. Rendering is synchronous (element functions and the
 * head return strings), so the tags the loader adds to app modules find the render they belong to
 * here instead of being handed a context; a render sets it and puts the previous one back.
 */
import type { MarkupRegistry } from './tokens.js';
/** The registry markup made now belongs to. */
export declare function currentRegistry(): MarkupRegistry;
/** Runs `fn` with `registry` as the current one. */
export declare function withRegistry<T>(registry: MarkupRegistry, fn: () => T): T;
