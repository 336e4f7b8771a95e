/**
 * Finds every place any of a growing set of strings occurs in a text, in time linear in the text
 * (times the logarithm of the set's size), whatever the strings are.
 *
 * A regular expression alternation of the strings (`a|b|c`) tries every alternative at every
 * position, so a set of many strings sharing a prefix (`<`, `<<`, `<<<`, …) against a text of
 * that character costs text × set. Here each group of strings is one Aho–Corasick automaton
 * (Aho & Corasick, "Efficient string matching", CACM 1975): one pass over the text follows at most
 * one edge and amortised O(1) failure links per character.
 *
 * Strings arrive one at a time during a render. Rebuilding one automaton per arrival would cost
 * set² in total, so groups are kept like the digits of a binary counter: a new group is merged
 * with the last one while the last is no bigger, so every string is rebuilt O(log n) times and a
 * search runs O(log n) automata.
 */

/** One Aho–Corasick automaton over UTF-16 code units. Node 0 is the root. */
interface Automaton {
  readonly strings: readonly string[];
  /** Total length of `strings`: the group's size for the merge rule. */
  readonly size: number;
  /**
   * Each node's first edge inline (`firstUnit`, `firstChild`; -1 for none), and any further
   * edges in `edges`, keyed `node * 65536 + code`. Most trie nodes have one child, so most steps
   * read two typed arrays instead of hashing.
   */
  readonly firstUnit: readonly number[];
  readonly firstChild: readonly number[];
  readonly edges: Map<number, number>;
  /** Failure link: the node of the longest proper suffix that is also a trie path. */
  readonly fail: ArrayLike<number>;
  /** Length of the longest string of the set that ends at this node (0 for none). */
  readonly longest: ArrayLike<number>;
}

/** The set: strings not yet in an automaton, and the automata, biggest first. */
export interface SubstringIndex {
  readonly pending: string[];
  readonly groups: Automaton[];
}

export function createSubstringIndex(): SubstringIndex {
  return { pending: [], groups: [] };
}

/** Adds a non-empty string; it is indexed before the next search. */
export function addSubstring(index: SubstringIndex, value: string): void {
  if (value !== '') index.pending.push(value);
}

/**
 * For each occurrence of a string of the set in `text`, calls `cover(start, end)` with its
 * half-open range. Overlapping occurrences are reported as their longest member per end position
 * (shorter ones ending there lie inside it), which is all a caller escaping the covered text needs.
 */
export function findSubstrings(index: SubstringIndex, text: string, cover: (start: number, end: number) => void): void {
  indexPending(index);
  for (const group of index.groups) search(group, text, cover);
}

function indexPending(index: SubstringIndex): void {
  if (index.pending.length === 0) return;
  let strings = index.pending.splice(0);
  let size = totalLength(strings);
  const { groups } = index;
  for (let last = groups.at(-1); last !== undefined && last.size <= size; last = groups.at(-1)) {
    groups.pop();
    strings = [...last.strings, ...strings];
    size += last.size;
  }
  groups.push(build(strings, size));
}

function totalLength(strings: readonly string[]): number {
  let size = 0;
  for (const value of strings) size += value.length;
  return size;
}

function build(strings: readonly string[], size: number): Automaton {
  // Per-node facts in plain arrays grown as nodes are made: shared prefixes make far fewer nodes
  // than the strings' total length.
  const firstUnit: number[] = [-1];
  const firstChild: number[] = [0];
  const parent: number[] = [0];
  const unit: number[] = [0];
  const depth: number[] = [0];
  const terminal: boolean[] = [false];
  const edges = new Map<number, number>();
  const trie: Automaton = { strings, size, firstUnit, firstChild, edges, fail: [], longest: [] };
  for (const value of strings) {
    let node = 0;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      let next = step(trie, node, code);
      if (next === -1) {
        next = depth.length;
        if (firstUnit[node] === -1) {
          firstUnit[node] = code;
          firstChild[node] = next;
        } else {
          edges.set(node * 65536 + code, next);
        }
        firstUnit.push(-1);
        firstChild.push(0);
        parent.push(node);
        unit.push(code);
        depth.push((depth[node] as number) + 1);
        terminal.push(false);
      }
      node = next;
    }
    terminal[node] = true;
  }
  const nodes = depth.length;
  // Breadth-first order (by depth, a counting sort), so a node's failure target is done first.
  const order = byDepth(depth, nodes);
  const fail = new Int32Array(nodes);
  const longest = new Int32Array(nodes);
  for (let k = 1; k < nodes; k++) {
    const node = order[k] as number;
    const code = unit[node] as number;
    let target = 0;
    if (parent[node] !== 0) {
      let candidate = fail[parent[node] as number] as number;
      while (candidate !== 0 && step(trie, candidate, code) === -1) candidate = fail[candidate] as number;
      target = Math.max(step(trie, candidate, code), 0);
    }
    fail[node] = target;
    longest[node] = terminal[node] === true ? (depth[node] as number) : (longest[target] as number);
  }
  return { ...trie, fail, longest };
}

/** The child of `node` along `code`, or -1. */
function step(automaton: Automaton, node: number, code: number): number {
  if (automaton.firstUnit[node] === code) return automaton.firstChild[node] as number;
  if (automaton.firstUnit[node] === -1) return -1;
  return automaton.edges.get(node * 65536 + code) ?? -1;
}

function byDepth(depth: readonly number[], nodes: number): Int32Array {
  let deepest = 0;
  for (let node = 0; node < nodes; node++) if ((depth[node] as number) > deepest) deepest = depth[node] as number;
  const starts = new Int32Array(deepest + 2);
  for (let node = 0; node < nodes; node++) starts[(depth[node] as number) + 1] = (starts[(depth[node] as number) + 1] as number) + 1;
  for (let d = 1; d < starts.length; d++) starts[d] = (starts[d] as number) + (starts[d - 1] as number);
  const order = new Int32Array(nodes);
  for (let node = 0; node < nodes; node++) {
    const d = depth[node] as number;
    const slot = starts[d] as number;
    order[slot] = node;
    starts[d] = slot + 1;
  }
  return order;
}

function search(group: Automaton, text: string, cover: (start: number, end: number) => void): void {
  const { fail, longest } = group;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The inline first edge is the common step; `step` covers the rest.
    let next = group.firstUnit[node] === code ? (group.firstChild[node] as number) : step(group, node, code);
    while (next === -1 && node !== 0) {
      node = fail[node] as number;
      next = step(group, node, code);
    }
    node = Math.max(next, 0);
    const length = longest[node] as number;
    if (length > 0) cover(i + 1 - length, i + 1);
  }
}
