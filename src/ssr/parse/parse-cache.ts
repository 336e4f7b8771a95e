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
import { parseMarkup } from './parse-markup.js';
import { flattenMarkup } from './compile.js';
import { placeholderStart } from './markers.js';

/** Parsed render-time markup. */
export interface Parsed {
  readonly nodes: readonly Node[];
  /** The markup has no `<slot` at all, so slot assignment need not walk it (decided once). */
  readonly slotFree: boolean;
}

function parse(source: string, flat: boolean): Parsed {
  const nodes = parseMarkup(source);
  // Object placeholders in plain start tags are stripped when an element node is emitted, so
  // markup holding any stays as parsed.
  const open = flat && source.indexOf(placeholderStart) === -1 ? flattenMarkup(nodes) : nodes;
  return { nodes: open, slotFree: !/<slot/i.test(source) };
}

interface Remembered {
  readonly source: string;
  readonly parsed: Parsed;
}

/** Longer markup is parsed every time, so one site cannot hold a large tree. */
const maxSiteLength = 64 * 1024;
const sites = new WeakMap<object, Remembered[]>();

/**
 * The tree of `source`, the markup at position `slot` of `site` in this render; with `flat`, with
 * plain elements opened up (a hole that is only emitted: Template.flatHoles).
 */
export function parseAt(site: object, slot: number, source: string, flat = false): Parsed {
  if (source.length > maxSiteLength) return parse(source, flat);
  let entries = sites.get(site);
  if (entries === undefined) {
    entries = [];
    sites.set(site, entries);
  }
  const last = entries[slot];
  if (last !== undefined && last.source === source) return last.parsed;
  const parsed = parse(source, flat);
  entries[slot] = { source, parsed };
  return parsed;
}

const maxEntries = 256;
const maxLength = 1024;
const small = new Map<string, Parsed>();

/** The tree of a short `source` with no site, from a bounded global cache. */
export function parseCached(source: string): Parsed {
  if (source.length > maxLength) return parse(source, false);
  let parsed = small.get(source);
  if (parsed === undefined) {
    parsed = parse(source, false);
    if (small.size >= maxEntries) small.delete(small.keys().next().value as string);
    small.set(source, parsed);
  }
  return parsed;
}
