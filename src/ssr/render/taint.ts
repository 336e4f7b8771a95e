/**
 * Safe by default without breaking Enhance's "strings are markup" rule (docs/ssr.md, "Escaping").
 *
 * Enhance apps build markup in plain template literals (`${items.map(i => `<li>${i.name}</li>`)
 * .join('')}`), so a string value must stay markup. What must never become markup is untrusted
 * data: every string in the store, every attribute an element receives, every value of the
 * request. Only such strings holding `< > & " '` can change markup, so those are collected per
 * render (lazily, when a value first needs it). A value that equals one is escaped; inside a
 * larger markup string, every occurrence of one that could open a tag or leave an attribute is
 * escaped before the string is parsed. Strings without those characters cost nothing.
 */
import { escapeAttribute, hasSpecialCharacter } from '../strings/escape.js';
import { addSubstring, createSubstringIndex, findSubstrings, type SubstringIndex } from '../strings/substring-index.js';

/** Per-render set of untrusted strings. */
export interface Taint {
  /** Untrusted strings holding a special character. */
  readonly strings: Set<string>;
  /** Those that can change markup when found inside a larger string. */
  readonly dangerous: string[];
  /** The same strings, indexed to be found inside markup in linear time. */
  readonly index: SubstringIndex;
  /** Roots still to walk (the store, request values) before the set is complete. */
  readonly pending: unknown[];
  /**
   * The length of the longest string in `strings`. A longer value cannot be in the set, so a
   * joined list or an element's output is not hashed (a pass over kilobytes) just to miss.
   */
  longest: number;
}

/** A new, empty set; `roots` are walked the first time the set is consulted. */
export function createTaint(roots: readonly unknown[]): Taint {
  return { strings: new Set(), dangerous: [], index: createSubstringIndex(), pending: [...roots], longest: 0 };
}

/** `<` that can open a tag or comment: `a<b` is markup, `a < b` and `<3` are text. */
const opensTag = /<[A-Za-z!/?]/;
/**
 * A quote followed later by `=`: it can end an attribute value and start a new attribute. Two
 * index searches rather than `/["'][^]*=/`, which retries from every quote and so costs the
 * square of the number of quotes (a 128 KB value of `"` took seconds).
 */
function addsAttribute(value: string): boolean {
  const equals = value.lastIndexOf('=');
  if (equals === -1) return false;
  const double = value.indexOf('"');
  const single = value.indexOf("'");
  return (double !== -1 && double < equals) || (single !== -1 && single < equals);
}

/** Adds one untrusted string (no-op without special characters). */
export function taintString(taint: Taint, value: string): void {
  if (!hasSpecialCharacter(value) || taint.strings.has(value)) return;
  taint.strings.add(value);
  if (value.length > taint.longest) taint.longest = value.length;
  // Only strings that can add a tag or an attribute are searched for inside larger markup:
  // `27"`, `"Pro" edition` or `Tom & Jerry` cannot, and searching for them would also find the
  // app's own markup (`colspan="27"`) and break it.
  if (opensTag.test(value) || addsAttribute(value)) {
    taint.dangerous.push(value);
    addSubstring(taint.index, value);
  }
}

const maxDepth = 64;

/** One walk over the untrusted roots. */
interface Walk {
  readonly taint: Taint;
  readonly seen: Set<object>;
  /** Object.prototype has no enumerable key, so `for…in` over a plain record lists own keys only. */
  readonly cleanPrototype: boolean;
}

/** Walks every string leaf of `value` (objects, arrays, Maps, Sets; cycles and depth bounded). */
function taintTree(walk: Walk, value: unknown, depth: number): void {
  if (typeof value === 'string') {
    taintString(walk.taint, value);
    return;
  }
  if (value === null || typeof value !== 'object' || depth > maxDepth || walk.seen.has(value)) return;
  if (Array.isArray(value)) {
    walk.seen.add(value);
    for (let i = 0; i < value.length; i++) taintTree(walk, value[i], depth + 1);
  } else if (value instanceof Map || value instanceof Set) {
    walk.seen.add(value);
    for (const item of value.values()) taintTree(walk, item, depth + 1);
  } else {
    const record = value as Record<string, unknown>;
    // Skipping the `hasOwn` call for plain records: the walk runs over the whole store per render.
    const proto: unknown = Object.getPrototypeOf(record);
    const ownOnly = proto === null || (proto === Object.prototype && walk.cleanPrototype);
    // Only an object holding objects can be on a cycle, so a record joins `seen` when its first
    // object value is met: the records of a list (most of a store) are walked without Set work.
    let marked = false;
    for (const key in record) {
      if (!ownOnly && !Object.hasOwn(record, key)) continue;
      const child = record[key];
      if (!marked && typeof child === 'object' && child !== null) {
        walk.seen.add(record);
        marked = true;
      }
      taintTree(walk, child, depth + 1);
    }
  }
}

function hasEnumerableKey(object: object): boolean {
  for (const _key in object) return true;
  return false;
}

function complete(taint: Taint): void {
  if (taint.pending.length === 0) return;
  const walk: Walk = { taint, seen: new Set(), cleanPrototype: !hasEnumerableKey(Object.prototype) };
  for (const root of taint.pending.splice(0)) taintTree(walk, root, 0);
}

/** True when `value` is exactly an untrusted string with special characters. */
export function isTainted(taint: Taint, value: string): boolean {
  complete(taint);
  return value.length <= taint.longest && taint.strings.has(value);
}

/**
 * Escapes every occurrence of a dangerous untrusted string inside markup `value`. Where
 * occurrences overlap, every character any of them covers is escaped.
 */
export function escapeTaintedIn(taint: Taint, value: string): string {
  complete(taint);
  const dangerous = taint.dangerous;
  if (dangerous.length === 0) return value;
  if (dangerous.length === 1) {
    const only = dangerous[0] as string;
    return value.includes(only) ? value.split(only).join(escapeAttribute(only)) : value;
  }
  // Covered ranges as +1/-1 steps, allocated at the first occurrence: most markup has none.
  let steps: Int32Array | null = null;
  findSubstrings(taint.index, value, (start, end) => {
    steps ??= new Int32Array(value.length + 1);
    steps[start] = (steps[start] as number) + 1;
    steps[end] = (steps[end] as number) - 1;
  });
  return steps === null ? value : escapeCovered(value, steps);
}

/** `value` with the characters inside covered ranges escaped. */
function escapeCovered(value: string, steps: Int32Array): string {
  let out = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    const before = depth;
    depth += steps[i] as number;
    if (before === 0 && depth > 0) {
      out += value.slice(from, i);
      from = i;
    } else if (before > 0 && depth === 0) {
      out += escapeAttribute(value.slice(from, i));
      from = i;
    }
  }
  return out + value.slice(from);
}
