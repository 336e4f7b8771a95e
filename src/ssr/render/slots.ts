/**
 * Slot assignment (enhance-compat §6.3), computed per expansion without touching the shared template
 * trees: the result maps each slot element of the element's output to what replaces it.
 *
 * - A named slot takes the authored children with a matching `slot` attribute.
 * - The unnamed slot takes every other authored child (text and whitespace included), or shows
 *   its own content when there is none.
 * - An unused named slot shows its content, with `slot="name"` on its single element child or
 *   wrapped in `<span slot="name">` (or the `as` tag).
 *
 * Fixes (docs/differences-ssr.md): several children for one slot all land in it, in order
 * (Enhance keeps them but overwrites the slot's last sibling); a second slot of the same name or
 * a second unnamed slot shows its own content, as in a browser (Enhance moves or duplicates the
 * children).
 */
import type { AttrNode, ElementNode, Node } from '../parse/nodes.js';
import { CUSTOM, DYNAMIC, INERT, attrNode, elementNode } from '../parse/nodes.js';
import type { RenderContext } from './context.js';
import type { Fragment, Item, Scope, SlotFill } from './scope.js';
import { slotContent } from './scope.js';
import { resolveText } from './fragments.js';
import { attributeText } from './attribute-values.js';
import { escapeAttribute } from '../strings/escape.js';
import { isCustomElementName } from '../parse/names.js';

interface SlotRef {
  readonly node: ElementNode;
  readonly scope: Scope;
}

/** The authored children of an element as items, with holes resolved and slots filled. */
export function collectChildren(ctx: RenderContext, nodes: readonly Node[], scope: Scope, out: Item[]): Item[] {
  addChildren(ctx, nodes, scope, out);
  return out;
}

/** Whether collectChildren would find any child, without building the list: it stops at the first. */
function hasChild(ctx: RenderContext, nodes: readonly Node[], scope: Scope): boolean {
  return addChildren(ctx, nodes, scope, null);
}

/**
 * The one walk behind both: adds each child to `out` and says whether there was any; with no `out`,
 * only answers that, stopping at the first child.
 */
function addChildren(ctx: RenderContext, nodes: readonly Node[], scope: Scope, out: Item[] | null): boolean {
  let found = false;
  for (const node of nodes) {
    if (!addChild(ctx, node, scope, out)) continue;
    if (out === null) return true;
    found = true;
  }
  return found;
}

function addChild(ctx: RenderContext, node: Node, scope: Scope, out: Item[] | null): boolean {
  if (typeof node === 'string') return add(out, node, scope);
  if (node.type === 'hole') {
    if (node.context !== 'text') return add(out, node, scope);
    const value = resolveText(ctx, scope, node.index);
    // A dropped non-string value still counts as a child, as Enhance's placeholder text does.
    if (value === null) return add(out, '', scope);
    if (typeof value === 'string') return value !== '' && add(out, value, scope);
    return addChildren(ctx, value.nodes, value.scope, out);
  }
  const content = node.tag === 'slot' ? slotContent(scope.owner, node) : undefined;
  if (content === undefined) return add(out, node, scope);
  if (!Array.isArray(content)) return addChildren(ctx, content.nodes, content.scope, out);
  let found = false;
  for (const item of content) {
    if (!addChild(ctx, item.node, item.scope, out)) continue;
    if (out === null) return true;
    found = true;
  }
  return found;
}

function add(out: Item[] | null, node: Node, scope: Scope): true {
  out?.push({ node, scope });
  return true;
}

const noSlots: readonly SlotRef[] = [];

/**
 * What replaces the slots of an element's output (`fragment`, with `top` from hoistTop), given the
 * element's authored `children` in `scope`; null when the output has no slots.
 */
export function fillSlots(ctx: RenderContext, fragment: Fragment, top: readonly Item[] | null, children: readonly Node[], scope: Scope): SlotFill | null {
  const template = fragment.scope.template;
  if (template === null || template.textHoles || template.fallback) {
    const found = findSlots(ctx, fragment, top);
    return found.length === 0 ? null : assignSlots(ctx, found, collectChildren(ctx, children, scope, []));
  }
  // The template's own slots, the same on every expansion.
  const slots = template.slots;
  if (slots.length === 0) return null;
  const only = slots[0] as ElementNode;
  if (slots.length > 1 || only.attrs.length > 0) {
    return assignSlots(ctx, slots.map((node) => ({ node, scope: fragment.scope })), collectChildren(ctx, children, scope, []));
  }
  // The common case: one unnamed slot shows every authored child, or its own content when there is
  // none. Either is emitted where the slot is, as written, so no list of items is made for it.
  return hasChild(ctx, children, scope) ? { kind: 'one', slot: only, nodes: children, scope } : { kind: 'one', slot: only, nodes: only.children, scope: fragment.scope };
}

/** The slot elements of an element's output whose slots can change per render, in document order. */
function findSlots(ctx: RenderContext, fragment: Fragment, top: readonly Item[] | null): readonly SlotRef[] {
  if (fragment.slotFree) return noSlots;
  const found: SlotRef[] = [];
  if (top === null) walkSlots(ctx, fragment.nodes, fragment.scope, found);
  else for (const item of top) walkSlotsIn(ctx, item.node, item.scope, found);
  return found;
}

function walkSlots(ctx: RenderContext, nodes: readonly Node[], scope: Scope, found: SlotRef[]): void {
  const template = scope.template;
  if (template !== null && nodes === template.nodes && template.slots.length === 0 && !template.fallback) {
    // A whole template without slots of its own (a list item): only markup in its text holes can
    // add one, and holes are numbered in document order, so its tree need not be walked.
    const contexts = template.contexts;
    for (let i = 0; i < contexts.length; i++) if (contexts[i] === 'text') walkHole(ctx, scope, i, found);
    return;
  }
  for (const node of nodes) walkSlotsIn(ctx, node, scope, found);
}

/** The slots in one node: itself, its children, or the markup it holds. */
function walkSlotsIn(ctx: RenderContext, node: Node, scope: Scope, found: SlotRef[]): void {
  if (typeof node === 'string') return;
  if (node.type === 'hole') {
    if (node.context === 'text') walkHole(ctx, scope, node.index, found);
    return;
  }
  if (node.flags & INERT || !(node.flags & DYNAMIC)) return;
  if (node.tag === 'slot') found.push({ node, scope });
  walkSlots(ctx, node.children, scope, found);
}

/** The slots in the markup a text hole holds. */
function walkHole(ctx: RenderContext, scope: Scope, index: number, found: SlotRef[]): void {
  const value = resolveText(ctx, scope, index);
  if (value !== null && typeof value !== 'string' && !value.slotFree) walkSlots(ctx, value.nodes, value.scope, found);
}

/** Decides what replaces each slot; null when the output has no slots. */
function assignSlots(ctx: RenderContext, slots: readonly SlotRef[], authored: Item[]): SlotFill | null {
  if (slots.length === 0) return null;
  const fill = { kind: 'list' as const, slots: [] as ElementNode[], contents: [] as Item[][] };
  const only = slots.length === 1 ? (slots[0] as SlotRef) : null;
  if (only !== null && only.node.attrs.length === 0) {
    // The common case: one unnamed slot takes every authored child.
    fill.slots.push(only.node);
    fill.contents.push(authored.length > 0 ? authored : only.node.children.map((node) => ({ node, scope: only.scope })));
    return fill;
  }
  const used = new Set<Item>();
  const unnamed: SlotRef[] = [];
  const taken = new Set<string>();
  for (const slot of slots) {
    const name = attributeText(ctx, slot.node, slot.scope, 'name');
    if (name === null) {
      unnamed.push(slot);
      continue;
    }
    const inserts = taken.has(name) ? [] : authored.filter((item) => !used.has(item) && slotOf(ctx, item) === name);
    taken.add(name);
    for (const insert of inserts) used.add(insert);
    if (inserts.length > 0) setFill(fill, slot.node, inserts);
    // A slot named "" is left as written, as in Enhance.
    else if (name !== '') setFill(fill, slot.node, fallbackNodes(ctx, slot, name).map((node) => ({ node, scope: slot.scope })));
  }
  const rest = authored.filter((item) => !used.has(item));
  unnamed.forEach((slot, i) => {
    const content = i === 0 && rest.length > 0 ? rest : slot.node.children.map((node) => ({ node, scope: slot.scope }));
    setFill(fill, slot.node, content);
  });
  return fill;
}

function setFill(fill: { readonly slots: ElementNode[]; readonly contents: Item[][] }, slot: ElementNode, content: Item[]): void {
  fill.slots.push(slot);
  fill.contents.push(content);
}

function slotOf(ctx: RenderContext, item: Item): string | null {
  const node = item.node;
  if (typeof node === 'string' || node.type !== 'element') return null;
  return attributeText(ctx, node, item.scope, 'slot');
}

const fallbackCache = new WeakMap<ElementNode, Node[]>();

/** An unused named slot's content, marked with `slot="name"` (enhance-compat §6.3). */
function fallbackNodes(ctx: RenderContext, slot: SlotRef, name: string): Node[] {
  const cached = fallbackCache.get(slot.node);
  if (cached !== undefined) return cached;
  const children = slot.node.children;
  const elements = children.filter((child) => typeof child !== 'string' && child.type === 'element');
  let nodes: Node[];
  if (elements.length === 1) {
    const only = elements[0] as ElementNode;
    nodes = children.map((child) => (child === only ? withSlotAttribute(only, name) : child));
  } else {
    const tag = attributeText(ctx, slot.node, slot.scope, 'as') || 'span';
    const slotAttr: AttrNode = attrNode('slot', name, null, -1);
    const custom = isCustomElementName(tag) ? CUSTOM : 0;
    nodes = [elementNode(tag, [slotAttr], children, `<${tag} slot="${escapeAttribute(name)}">`, `</${tag}>`, DYNAMIC | custom)];
  }
  if (slot.node.attrs.every((a) => a.parts === null)) fallbackCache.set(slot.node, nodes);
  return nodes;
}

function withSlotAttribute(node: ElementNode, name: string): ElementNode {
  const attr: AttrNode = attrNode('slot', name, null, -1);
  const open = node.open === null ? null : withoutTagEnd(node.open) + ` slot="${escapeAttribute(name)}">`;
  const parts = node.openParts === null ? null : [...node.openParts, ` slot="${escapeAttribute(name)}"`];
  return elementNode(node.tag, [...node.attrs, attr], node.children, open, node.close, node.flags | DYNAMIC, parts);
}

/**
 * A start tag without its closing `>`, `/>` and the whitespace before them. A backwards scan: the
 * regex `/\s*\/?>$/` retries from every whitespace character, quadratic in a run of spaces inside
 * an attribute value.
 */
function withoutTagEnd(open: string): string {
  if (open.charCodeAt(open.length - 1) !== 62 /* > */) return open;
  let end = open.length - 1;
  if (open.charCodeAt(end - 1) === 47 /* / */) end--;
  while (end > 0 && /\s/.test(open.charAt(end - 1))) end--;
  return open.slice(0, end);
}

