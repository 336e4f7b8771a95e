/**
 * Template compilation: the static strings of an `html` call site (or an `.html` file) are parsed
 * once into a light tree whose static runs are pre-joined strings, so a render only fills holes,
 * expands custom elements and joins strings.
 *
 * Structure is kept where the renderer needs it: the top level (hoisting, document shape), the
 * children of custom elements and slots (slot assignment), and custom elements and slots
 * themselves. Everything else collapses to strings and hole nodes.
 */
import { CUSTOM, DYNAMIC, INERT, elementNode, holeNode, type AttrNode, type ElementNode, type HoleContext, type HoleNode, type Node } from './nodes.js';
import { parseMarkup } from './parse-markup.js';
import { markHole, markedSource, markerCharacter, UnsupportedHoleError } from './markers.js';
import { escapeAttribute } from '../strings/escape.js';
import { joinFlat } from '../strings/flat-string.js';
import { NodeRuns } from './node-runs.js';
import { attributeNameSink, holeSinks, type Sink } from './hole-sinks.js';

export interface Template {
  /** The top-level nodes, static runs joined. Empty when `fallback`. */
  readonly nodes: readonly Node[];
  /** Where each hole sits (index → context); for the string form of a result. */
  readonly contexts: readonly HoleContext[];
  /** How each hole's value is escaped (index → sink), decided from the static text. */
  readonly sinks: readonly Sink[];
  /** Written between a tag's attributes (an attribute fragment), not as markup. */
  readonly attributes: boolean;
  /** The static strings, for the string form and the fallback path. */
  readonly strings: readonly string[];
  /**
   * True when a hole sits where the tree cannot bind it (a tag name, a doctype) or the source
   * already holds marker characters: such a template is concatenated and parsed per render.
   */
  readonly fallback: boolean;
  /** The slot elements in document order (outside inert content), for slot assignment. */
  readonly slots: readonly ElementNode[];
  /** Whether any hole in text position sits outside inert content (it may add slots). */
  readonly textHoles: boolean;
  /**
   * The top-level nodes minus hoistable tags (used when no top-level hole can add more), with plain
   * elements opened up into strings and holes: an element's output is emitted from this list on
   * every expansion, and a run of strings is one append instead of a walk over element nodes.
   */
  readonly top: readonly Node[];
  /** The top-level `<style>`, `<script>` and `<link>` elements. */
  readonly hoist: readonly ElementNode[];
  /** Whether a text hole sits at the top level (its markup would be top-level too). */
  readonly topHoles: boolean;
  /** Every static string is empty (`html\`${x}\``): its result reads the same as its value. */
  readonly bare: boolean;
  /**
   * By hole index: the hole sits inside a plain element, so markup it holds is only ever emitted
   * (never hoisted, slotted as a child or part of the document skeleton) and its parsed tree can
   * have plain elements opened up into strings, like the template's own (see flattenMarkup).
   */
  readonly flatHoles: readonly boolean[];
}

const isHoistable = (node: Node): node is ElementNode =>
  typeof node !== 'string' && node.type === 'element' && (node.tag === 'style' || node.tag === 'script' || node.tag === 'link');

function withTop(base: Omit<Template, 'top' | 'hoist' | 'topHoles' | 'bare' | 'attributes'>, attributes = false): Template {
  const top = openPlainElements(base.nodes.filter((node) => !isHoistable(node)));
  const hoist = base.nodes.filter(isHoistable);
  const topHoles = base.fallback || base.nodes.some((node) => typeof node !== 'string' && node.type === 'hole' && node.context === 'text');
  return { ...base, top, hoist, topHoles, bare: base.strings.every((s) => s === ''), attributes };
}

/**
 * Replaces each top-level element that is not a custom element or a slot by its start tag, its
 * children and its end tag, which is what emitting it would write (templates never hold object
 * placeholders in static markup, and inert or static children are strings already).
 */
function openPlainElements(nodes: readonly Node[]): Node[] {
  const out = new NodeRuns();
  for (const node of nodes) {
    if (typeof node === 'string') out.text(node);
    else if (node.type === 'hole' || node.flags & CUSTOM || node.tag === 'slot') out.node(node);
    else {
      out.all(node.open !== null ? [node.open] : [...(node.openParts ?? []), '>']);
      out.all(node.children);
      out.text(node.close);
    }
  }
  return out.done();
}

const cache = new WeakMap<TemplateStringsArray, Template>();

/** The compiled form of an `html` call site; compiled once per TemplateStringsArray. */
export function compileTemplate(strings: TemplateStringsArray): Template {
  return compiledOnce(cache, strings, compileStrings);
}

function compiledOnce(store: WeakMap<TemplateStringsArray, Template>, strings: TemplateStringsArray, compile: (strings: readonly string[]) => Template): Template {
  let template = store.get(strings);
  if (template === undefined) {
    template = compile(strings);
    store.set(strings, template);
  }
  return template;
}

/** Compiles static strings with holes between them (no caching); `whole`: see parseMarkup. */
export function compileStrings(strings: readonly string[], whole = false): Template {
  const contexts: HoleContext[] = [];
  const source = markedSource(strings);
  const clean = strings.every((s) => !markerCharacter.test(s));
  if (clean) {
    try {
      const parsed = parseMarkup(source, true, whole);
      const slots: ElementNode[] = [];
      const state: FlattenState = { textHoles: false, flatHoles: [] };
      const nodes = flatten(parsed, true, contexts, slots, state);
      const sinks = holeSinks(parsed, strings.length - 1);
      return withTop({ nodes, contexts, sinks, strings, fallback: false, slots, textHoles: state.textHoles, flatHoles: state.flatHoles });
    } catch (error) {
      if (!(error instanceof UnsupportedHoleError)) throw error;
    }
  }
  // A hole in a tag name or a doctype: the string form is parsed per render, so data there may
  // only be a name.
  const holes = strings.slice(1);
  return withTop({ nodes: [], contexts: holes.map(() => 'text'), sinks: holes.map(() => attributeNameSink), strings, fallback: true, slots: [], textHoles: true, flatHoles: [] });
}

const attributeCache = new WeakMap<TemplateStringsArray, Template>();

/**
 * An attribute fragment (`id="${id}"`, tagged by the load-time transform where it lands between a
 * tag's attributes): its static text is read as a start tag's attributes, so its holes are
 * escaped as those attributes' values. Compiled once per call site.
 */
export function compileAttributes(strings: TemplateStringsArray): Template {
  return compiledOnce(attributeCache, strings, compileAttributeText);
}

function compileAttributeText(strings: readonly string[]): Template {
  const holes = strings.slice(1);
  const contexts: HoleContext[] = holes.map(() => 'attr');
  let source = '<x ' + (strings[0] ?? '');
  for (let i = 1; i < strings.length; i++) source += markHole(i - 1) + strings[i];
  let nodes: Node[] = [];
  let sinks: Sink[] = holes.map(() => attributeNameSink);
  try {
    const parsed = strings.some((s) => markerCharacter.test(s)) ? [] : parseMarkup(source + '>', true);
    const tag = parsed[0];
    if (tag !== undefined && typeof tag !== 'string' && tag.type === 'element') {
      sinks = holeSinks(parsed, holes.length);
      // The start tag's pieces without `<x` and `>`: the attributes, holes quoted (appendAttr).
      const parts = startParts(tag, contexts) ?? [(tag.open as string).slice(0, -1)];
      nodes = parts.map((part, i) => (i === 0 && typeof part === 'string' ? part.slice(2) : part));
    }
  } catch (error) {
    if (!(error instanceof UnsupportedHoleError)) throw error;
  }
  return withTop({ nodes, contexts, sinks, strings, fallback: nodes.length === 0, slots: [], textHoles: false, flatHoles: [] }, true);
}

/**
 * Parsed render-time markup with plain elements opened up into strings: custom elements and slots
 * stay nodes (their children structured), as in a compiled template below its top level. For
 * markup that is only emitted (Template.flatHoles): a list's `<li>` wrappers become part of the
 * strings around its elements instead of nodes walked on every render.
 */
export function flattenMarkup(nodes: readonly Node[]): Node[] {
  return flatten(nodes, false, [], [], { textHoles: false, flatHoles: [] });
}

interface FlattenState {
  textHoles: boolean;
  flatHoles: boolean[];
}

/** Tags whose children stay structured at the top level: the document skeleton. */
const documentTags: ReadonlySet<string> = new Set(['html', 'head', 'body']);

function flatten(
  nodes: readonly Node[],
  structured: boolean,
  contexts: HoleContext[],
  slots: ElementNode[],
  state: FlattenState,
): Node[] {
  const out = new NodeRuns();
  flattenInto(out, nodes, structured, contexts, slots, state);
  return out.done();
}

function flattenInto(
  out: NodeRuns,
  nodes: readonly Node[],
  structured: boolean,
  contexts: HoleContext[],
  slots: ElementNode[],
  state: FlattenState,
): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.text(node);
    } else if (node.type === 'hole') {
      contexts[node.index] = node.context;
      if (node.context === 'text') state.textHoles = true;
      state.flatHoles[node.index] = !structured;
      out.node(node);
    } else if (node.flags & INERT) {
      if (structured) {
        out.node(elementNode(node.tag, node.attrs, flattenInert(node.children, contexts), node.open, node.close, node.flags, startParts(node, contexts)));
      } else {
        out.all(openParts(node, contexts));
        flattenInertInto(out, node.children, contexts);
        out.text(node.close);
      }
    } else if (structured || node.flags & CUSTOM || node.tag === 'slot') {
      const slotIndex = node.tag === 'slot' ? slots.push(node) - 1 : -1;
      const childStructured = node.flags & CUSTOM || node.tag === 'slot' || (structured && documentTags.has(node.tag));
      const children = flatten(node.children, Boolean(childStructured), contexts, slots, state);
      const copy = elementNode(node.tag, node.attrs, children, node.open, node.close, node.flags, startParts(node, contexts));
      if (slotIndex >= 0) slots[slotIndex] = copy;
      out.node(copy);
    } else if (!(node.flags & DYNAMIC)) {
      out.text(outerStatic(node));
    } else {
      out.all(openParts(node, contexts));
      flattenInto(out, node.children, false, contexts, slots, state);
      out.text(node.close);
    }
  }
}

/** Inert content (template, noscript) becomes strings and holes whose markup is never expanded. */
function flattenInert(nodes: readonly Node[], contexts: HoleContext[]): Node[] {
  const out = new NodeRuns();
  flattenInertInto(out, nodes, contexts);
  return out.done();
}

function flattenInertInto(out: NodeRuns, nodes: readonly Node[], contexts: HoleContext[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') out.text(node);
    else if (node.type === 'hole') {
      // Enhance never parses inert content, so a markup value there is emitted as written.
      const inert: HoleNode = node.context === 'text' ? holeNode(node.index, 'rcdata') : node;
      contexts[node.index] = inert.context;
      out.node(inert);
    } else {
      out.all(openParts(node, contexts));
      flattenInertInto(out, node.children, contexts);
      out.text(node.close);
    }
  }
}

/** The start tag as strings and attribute holes; holes get double quotes whatever was written. */
function openParts(node: ElementNode, contexts: HoleContext[]): Node[] {
  if (node.open !== null) return [node.open];
  const out = startParts(node, contexts) as Node[];
  return [...out, '>'];
}

/** The pieces of a start tag with holes, without its `>`; null when it has none. */
function startParts(node: ElementNode, contexts: HoleContext[]): readonly Node[] | null {
  if (node.open !== null) return null;
  const out: Node[] = [];
  let text = '<' + node.tag;
  for (const attr of node.attrs) text = appendAttr(out, text, attr, contexts);
  if (text !== '') out.push(text);
  return out.map((part) => (typeof part === 'string' ? joinFlat([part, '']) : part));
}

function appendAttr(out: Node[], text: string, attr: AttrNode, contexts: HoleContext[]): string {
  if (attr.spread >= 0) {
    contexts[attr.spread] = 'spread';
    out.push(text + ' ', hole(attr.spread, 'spread'));
    return '';
  }
  if (attr.parts === null) return text + ' ' + attr.name + '="' + escapeAttribute(attr.value) + '"';
  let current = text + ' ' + attr.name + '="';
  for (const part of attr.parts) {
    if (typeof part === 'string') current += part.replace(/"/g, '&quot;');
    else {
      contexts[part] = 'attr';
      out.push(current, hole(part, 'attr'));
      current = '';
    }
  }
  return current + '"';
}

function hole(index: number, context: HoleContext): HoleNode {
  return holeNode(index, context);
}

/** The markup of a subtree without holes, custom elements or slots. */
function outerStatic(node: ElementNode): string {
  let html = node.open ?? '';
  for (const child of node.children) html += typeof child === 'string' ? child : child.type === 'element' ? outerStatic(child) : '';
  return html + node.close;
}
