/**
 * Trees of trusted markup parsed at render time (developer constants, package helpers' output,
 * `trusted()`, a template with a hole in a tag name, and every string in `escape: 'enhance'`
 * mode), remembered so the same string is not parsed on every request. Markup templates are
 * never parsed at render time (compile.ts); data never reaches this cache in the default mode.
 *
 * Sharing a tree is safe: it is a pure function of its source and trees are never mutated.
 *
 * Two stores, both bounded:
 * - per site (a template's hole, an element function, the head function): the last markup parsed
 *   there and its tree. A hit costs one string comparison; a miss replaces the entry, so varied
 *   stores keep one tree per site alive, never a growing pile. A global cache keyed by the string
 *   was measured 2× slower than no cache with varied stores (every one-off tree lived long enough
 *   to be promoted, then was evicted into the old generation).
 * - small strings without a site (an `enhance()` template concatenated per render): a global map,
 *   bounded by entries and length.
 */
import type { Node } from './nodes.js';
/** Parsed render-time markup. */
export interface Parsed {
    readonly nodes: readonly Node[];
    /** The markup has no `<slot` at all, so slot assignment need not walk it (decided once). */
    readonly slotFree: boolean;
}
/**
 * The tree of `source`, the markup at position `slot` of `site` in this render; with `flat`, with
 * plain elements opened up (a hole that is only emitted: Template.flatHoles).
 */
export declare function parseAt(site: object, slot: number, source: string, flat?: boolean): Parsed;
/** The tree of a short `source` with no site, from a bounded global cache. */
export declare function parseCached(source: string): Parsed;
