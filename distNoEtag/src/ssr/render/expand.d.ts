/**
 * The render walk: emits nodes in document order and expands each registered custom element when
 * it is reached (enhance-compat §6.2 step 3), so instance ids, context and store access happen in the order
 * Enhance's pre-order walk gives them.
 *
 * Fix (enhance-compat §6.4): each expansion gets its own copy of its parent's `context`, so a value an
 * element sets reaches its descendants but not its later siblings.
 */
import type { Node } from '../parse/nodes.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
/** Emits nodes in `scope`, expanding custom elements with `context` as their parent's context. */
export declare function emitNodes(ctx: RenderContext, nodes: readonly Node[], scope: Scope, context: Record<string, unknown>): void;
/** Emits one node. */
export declare function emitNode(ctx: RenderContext, node: Node, scope: Scope, context: Record<string, unknown>): void;
/** Emits nodes as written: nothing inside is expanded (template content, static subtrees). */
export declare function emitInert(ctx: RenderContext, nodes: readonly Node[], scope: Scope): void;
