import type { RenderContext } from '../render/context.js';
import type { Item } from '../render/scope.js';
import type { DocumentParts } from './document-bytes.js';
/**
 * Renders top-level nodes as a whole document. With `bodyContent`, returns only the body's
 * first child, as Enhance's option does (enhance-compat §6.1).
 */
export declare function renderToString(ctx: RenderContext, items: readonly Item[], bodyContent?: boolean): string;
/** Renders top-level nodes as a whole document, left in parts for documentBytes (document-bytes.ts). */
export declare function renderToParts(ctx: RenderContext, items: readonly Item[]): DocumentParts;
