import type { Node } from './nodes.js';
/**
 * Parses markup into the light tree. With `holes`, hole markers become hole nodes and holes in
 * attributes are recorded; a hole where Uplift cannot place it throws UnsupportedHoleError.
 */
export declare function parseMarkup(source: string, holes?: boolean): Node[];
