/**
 * What a run of nodes renders against: the hole values of one `html` call (or none, for parsed
 * markup) and the expansion the nodes belong to, whose slot fill says what replaces its slots.
 */
import type { ElementNode, Node } from '../parse/nodes.js';
import type { Template } from '../parse/compile.js';

/** What replaces the slots of one expansion. */
export type SlotFill = SlotList | OneSlot;

/** Slots and their contents: `contents[i]` replaces `slots[i]`. */
export interface SlotList {
  readonly kind: 'list';
  readonly slots: readonly ElementNode[];
  readonly contents: readonly SlotContent[];
}

/** The usual fill, one object per expansion: one slot, showing `nodes` in `scope`. */
export interface OneSlot extends NodeRun {
  readonly kind: 'one';
  readonly slot: ElementNode;
}

/**
 * What a slot shows: items chosen for it, or a run of nodes emitted as they are in their scope (an
 * element's one unnamed slot shows its authored children, or its own, without a list of items).
 */
export type SlotContent = Item[] | NodeRun;

/** Nodes with the scope they render in. */
export interface NodeRun {
  readonly nodes: readonly Node[];
  readonly scope: Scope;
}

/** One element expansion; its slot fill is set once the element's output is known. */
export interface Expansion {
  fill: SlotFill | null;
  /** The element's tag; '' for the page itself and the head (development warnings name it). */
  readonly tag: string;
}

/** The content replacing `slot` in this expansion, if it is one of its slots. */
export function slotContent(owner: Expansion, slot: ElementNode): SlotContent | undefined {
  const fill = owner.fill;
  if (fill === null) return undefined;
  if (fill.kind === 'one') return fill.slot === slot ? fill : undefined;
  const i = fill.slots.indexOf(slot);
  return i === -1 ? undefined : fill.contents[i];
}

/** What a run of nodes is rendered against: hole values and the expansion they belong to. */
export interface Scope {
  readonly values: readonly unknown[];
  readonly template: Template | null;
  readonly owner: Expansion;
  /** Memoised text-hole values (a hole is read for slots and hoisting before it is emitted). */
  resolved: (Resolved | undefined)[] | null;
}

/** A parsed string or an `html` result, ready to emit. */
export interface Fragment {
  readonly nodes: readonly Node[];
  readonly scope: Scope;
  /** Known to hold no slot (parsed markup without `<slot`), so slot assignment skips it. */
  readonly slotFree: boolean;
}

/** A text hole's value: text to emit, a fragment, or null for a dropped non-string value. */
export type Resolved = string | Fragment | null;

/** A node with the scope it renders in; slot content mixes nodes from several scopes. */
export interface Item {
  readonly node: Node;
  readonly scope: Scope;
}

/** A scope for `values` rendered as part of `owner`. */
export function createScope(values: readonly unknown[], template: Template | null, owner: Expansion): Scope {
  return { values, template, owner, resolved: null };
}
