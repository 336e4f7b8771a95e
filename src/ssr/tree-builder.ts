/**
 * Tree construction for the light tree (nodes.ts): tokens in, nodes out. Every node keeps its
 * source text, so markup passes through unchanged; the builder applies the parse5 rules that move
 * element boundaries (void elements, implied end tags, "close a p element", ignored end tags), so
 * custom elements and slots get the children parse5 would give them.
 *
 * htmlparser2's tokenizer drives it through tokenizer-events.ts; the fast scanner
 * (scan-markup.ts) calls the same methods directly.
 */
import type { AttrNode, ElementNode, HoleContext, Node } from './nodes.js';
import { CUSTOM, DYNAMIC, HOLES, INERT, elementNode, holeNode } from './nodes.js';
import {
  buttonScope,
  closesParagraph,
  impliedClose,
  inertElements,
  specialElements,
  voidElements,
} from './html-rules.js';
import { isCustomElementName } from './names.js';
import { holeMarker, splitMarkers, UnsupportedHoleError } from './markers.js';

interface Frame {
  tag: string;
  attrs: AttrNode[];
  children: Node[];
  open: string | null;
  flags: number;
  foreign: boolean;
}

/** Tags whose text content is raw text (no markup, no entities) for the tokenizer. */
const rawTextTags: ReadonlySet<string> = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const rcdataTags: ReadonlySet<string> = new Set(['title', 'textarea']);
const scopeBoundary: ReadonlySet<string> = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const listItemClosers: ReadonlySet<string> = new Set(['li', 'dt', 'dd']);

/** Builds the light tree from tokenizer events; used by both tokenizers. */
export class TreeBuilder {
  readonly root: Frame = { tag: '', attrs: [], children: [], open: null, flags: 0, foreign: false };
  readonly stack: Frame[] = [this.root];
  pos = 0;
  textEnd = -1;
  tagStart = 0;
  tagName = '';
  attrs: AttrNode[] = [];

  readonly src: string;
  readonly holes: boolean;

  constructor(src: string, holes: boolean) {
    this.src = src;
    this.holes = holes;
  }

  get current(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  /** Ends the input: the rest is text, open elements close. */
  finish(): void {
    this.flushText();
    if (this.pos < this.src.length) this.addText(this.src.slice(this.pos), this.textContext());
    this.pos = this.src.length;
    while (this.stack.length > 1) this.pop('');
  }

  /** Whether the current element is SVG or MathML content. */
  isForeign(): boolean {
    return this.current.foreign;
  }

  flushText(): void {
    if (this.textEnd > this.pos) {
      this.addText(this.src.slice(this.pos, this.textEnd), this.textContext());
      this.pos = this.textEnd;
    }
  }

  textContext(): HoleContext {
    const tag = this.current.tag;
    if (tag === 'style' || tag === 'script') return tag;
    if (rawTextTags.has(tag) || rcdataTags.has(tag)) return 'rcdata';
    return 'text';
  }

  addText(text: string, context: HoleContext): void {
    const children = this.current.children;
    if (!this.holes || !text.includes(holeMarker)) {
      children.push(text);
      return;
    }
    const parts = splitMarkers(text);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string | number;
      if (typeof part === 'string') {
        // `<${tag}>` tokenizes as text; a hole right after `<` or `</` is a tag name.
        if (context === 'text' && /<\/?$/.test(part) && i + 1 < parts.length) {
          throw new UnsupportedHoleError('a tag name');
        }
        if (part !== '') children.push(part);
      } else {
        children.push(holeNode(part, context));
      }
    }
  }

  markup(stop: number, holeContext: HoleContext | null): void {
    this.flushText();
    const raw = this.src.slice(this.pos, stop);
    this.pos = stop;
    if (this.holes && raw.includes(holeMarker)) {
      if (holeContext === null) throw new UnsupportedHoleError('a doctype');
      this.addText(raw, holeContext);
    } else {
      this.current.children.push(raw);
    }
  }

  startTag(stop: number, selfClosing: boolean): void {
    const tag = this.tagName;
    const open = this.src.slice(this.tagStart, stop);
    this.pos = stop;
    const parent = this.current;
    if (!parent.foreign) this.closeImplied(tag);
    const hasHole = this.attrs.some((a) => a.parts !== null || a.spread >= 0);
    let flags = isCustomElementName(tag) ? CUSTOM : 0;
    if (inertElements.has(tag)) flags |= INERT;
    if (hasHole) flags |= HOLES | DYNAMIC;
    if (flags & CUSTOM || tag === 'slot') flags |= DYNAMIC;
    const foreign = this.current.foreign ? tag !== 'foreignobject' : tag === 'svg' || tag === 'math';
    const frame: Frame = { tag, attrs: this.attrs, children: [], open: hasHole ? null : open, flags, foreign };
    if (voidElements.has(tag) || (selfClosing && this.current.foreign)) {
      this.current.children.push(toNode(frame, ''));
    } else {
      this.stack.push(frame);
    }
  }

  private closeImplied(tag: string): void {
    if (closesParagraph.has(tag) || listItemClosers.has(tag)) this.closeParagraph();
    const closes = impliedClose.get(tag);
    if (!closes) return;
    if (listItemClosers.has(tag)) {
      // parse5 walks down to the nearest li (or dt/dd), stopping at special elements.
      for (let i = this.stack.length - 1; i > 0; i--) {
        const open = (this.stack[i] as Frame).tag;
        if (closes.has(open)) {
          while (this.stack.length > i) this.pop('');
          return;
        }
        if (specialElements.has(open) && open !== 'address' && open !== 'div' && open !== 'p') return;
      }
      return;
    }
    while (this.stack.length > 1 && closes.has(this.current.tag)) this.pop('');
  }

  private closeParagraph(): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const open = (this.stack[i] as Frame).tag;
      if (open === 'p') {
        while (this.stack.length > i) this.pop('');
        return;
      }
      if (buttonScope.has(open) || (this.stack[i] as Frame).foreign) return;
    }
  }

  endTag(tag: string, raw: string): void {
    const special = specialElements.has(tag);
    for (let i = this.stack.length - 1; i > 0; i--) {
      const open = (this.stack[i] as Frame).tag;
      if (open === tag) {
        while (this.stack.length > i + 1) this.pop('');
        this.pop(raw);
        return;
      }
      // Any other end tag stops at a special element; a special end tag stops at a scope boundary.
      if (special ? scopeBoundary.has(open) : specialElements.has(open)) break;
    }
    // Unmatched: the parser ignores it (or makes an empty <p> for </p>); re-parsing does the same.
    this.current.children.push(raw);
  }

  private pop(close: string): void {
    const frame = this.stack.pop() as Frame;
    this.current.children.push(toNode(frame, close));
  }
}

function toNode(frame: Frame, close: string): ElementNode {
  let flags = frame.flags;
  for (const child of frame.children) {
    if (typeof child === 'string') continue;
    if (child.type === 'hole' || child.flags & HOLES) flags |= HOLES | DYNAMIC;
    // Inside inert content nothing is expanded, so only holes make it dynamic.
    else if (child.flags & DYNAMIC && !(flags & INERT)) flags |= DYNAMIC;
  }
  return elementNode(frame.tag, frame.attrs, frame.children, frame.open, close, flags);
}

