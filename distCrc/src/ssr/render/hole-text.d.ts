import type { Sink } from '../parse/hole-sinks.js';
import type { MarkupEntry } from '../markup/tokens.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
import type { ElementNode, Node } from '../parse/nodes.js';
/** A value as text for a hole of `sink`. */
export declare function holeString(ctx: RenderContext, value: unknown, sink: Sink): string;
/** Hole `index` of `scope` as holeString renders it for the hole's sink. */
export declare function scopeHole(ctx: RenderContext, scope: Scope, index: number): string;
/** The markup an entry stands for, as text (custom elements in it are not expanded). */
export declare function entryText(ctx: RenderContext, entry: MarkupEntry): string;
/**
 * Nodes written as markup text, holes filled and nothing expanded. It walks with its own stack,
 * so markup nested thousands deep cannot overflow the call stack.
 */
export declare function nodesText(ctx: RenderContext, nodes: readonly Node[], scope: Scope): string;
/** A compiled start tag with its attribute holes filled (always double-quoted: compile.ts). */
export declare function startTag(ctx: RenderContext, el: ElementNode, scope: Scope): string;
/** A start tag with holes, without its `>`: the attributes' pieces, holes filled. */
export declare function startTagParts(ctx: RenderContext, el: ElementNode, scope: Scope): string;
