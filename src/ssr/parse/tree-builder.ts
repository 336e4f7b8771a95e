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
  BUTTON_SCOPE,
  CLOSES_P,
  IMPLIES_CLOSE,
  INERT_CONTENT,
  LIST_ITEM,
  RCDATA,
  SCOPE_BOUNDARY,
  SPECIAL,
  VOID,
  impliedClose,
  tagRules,
} from './html-rules.js';
import { isCustomElementName } from './names.js';
import { sharedCopy } from './shared-strings.js';
import { holeMarker, splitMarkers, UnsupportedHoleError } from './markers.js';
import { rewriteStartTag, rewriteStyleText } from './public-urls.js';

/** The attributes of every element written without any (shared; trees are never mutated). */
const noAttrs: AttrNode[] = [];

interface Frame {
  tag: string;
  attrs: AttrNode[];
  children: Node[];
  open: string | null;
  flags: number;
  foreign: boolean;
  /** The tag's bits from html-rules.ts, looked up once when it opens. */
  rules: number;
}

/** Builds the light tree from tokenizer events; used by both tokenizers. */
export class TreeBuilder {
  readonly root: Frame = { tag: '', attrs: [], children: [], open: null, flags: 0, foreign: false, rules: 0 };
  readonly stack: Frame[] = [this.root];
  pos = 0;
  textEnd = -1;
  tagStart = 0;
  tagName = '';
  attrs: AttrNode[] = [];

  readonly src: string;
  readonly holes: boolean;
  /**
   * The markup is one element's whole output, which Enhance parses on its own (parse5's fragment
   * parser): an end tag that closes nothing is dropped, and elements still open at the end close
   * there, so they cannot take in what follows the element in the page.
   */
  readonly whole: boolean;
  /** Stays true while reading the markup whole would change nothing (see `whole`). */
  balanced = true;

  constructor(src: string, holes: boolean, whole = false) {
    this.src = src;
    this.holes = holes;
    this.whole = whole;
  }

  get current(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  /** Ends the input: the rest is text, open elements close. */
  finish(): void {
    this.flushText();
    if (this.pos < this.src.length) this.addText(this.src.slice(this.pos), this.textContext());
    this.pos = this.src.length;
    while (this.stack.length > 1) {
      this.balanced = false;
      this.pop(this.whole ? `</${this.current.tag}>` : '');
    }
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
    const frame = this.current;
    if (frame.tag === 'style' || frame.tag === 'script') return frame.tag;
    return frame.rules & RCDATA ? 'rcdata' : 'text';
  }

  addText(raw: string, context: HoleContext): void {
    // Static delivery's hook: fingerprinted url() in styles (public-urls.ts).
    const text = context === 'style' ? rewriteStyleText(raw) : raw;
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

  /** Opens (or, for a void element, adds) the element whose start tag ends at `stop`; returns its rules. */
  startTag(stop: number, selfClosing: boolean): number {
    const tag = sharedCopy(this.tagName);
    let open = sharedCopy(this.src.slice(this.tagStart, stop));
    this.pos = stop;
    const rules = tagRules(tag);
    if (!this.current.foreign) this.closeImplied(tag, rules);
    let hasHole = false;
    for (const attr of this.attrs) if (attr.parts !== null || attr.spread >= 0) hasHole = true;
    // Static delivery's hook: fingerprinted src/href/srcset/poster (public-urls.ts).
    const rewritten = rewriteStartTag(tag, this.attrs, open);
    if (rewritten !== null) {
      open = sharedCopy(rewritten.open);
      this.attrs = rewritten.attrs;
    }
    let flags = isCustomElementName(tag) ? CUSTOM : 0;
    if (rules & INERT_CONTENT) flags |= INERT;
    if (hasHole) flags |= HOLES | DYNAMIC;
    if (flags & CUSTOM || tag === 'slot') flags |= DYNAMIC;
    const foreign = this.current.foreign ? tag !== 'foreignobject' : tag === 'svg' || tag === 'math';
    const attrs = this.attrs.length === 0 ? noAttrs : this.attrs;
    const frame: Frame = { tag, attrs, children: [], open: hasHole ? null : open, flags, foreign, rules };
    if (rules & VOID || (selfClosing && this.current.foreign)) {
      this.current.children.push(toNode(frame, ''));
    } else {
      this.stack.push(frame);
    }
    return rules;
  }

  private closeImplied(tag: string, rules: number): void {
    if (rules & (CLOSES_P | LIST_ITEM)) this.closeParagraph();
    if (!(rules & IMPLIES_CLOSE)) return;
    const closes = impliedClose.get(tag) as ReadonlySet<string>;
    if (rules & LIST_ITEM) {
      // parse5 walks down to the nearest li (or dt/dd), stopping at special elements.
      for (let i = this.stack.length - 1; i > 0; i--) {
        const open = this.stack[i] as Frame;
        if (closes.has(open.tag)) {
          while (this.stack.length > i) this.pop('');
          return;
        }
        if (open.rules & SPECIAL && open.tag !== 'address' && open.tag !== 'div' && open.tag !== 'p') return;
      }
      return;
    }
    while (this.stack.length > 1 && closes.has(this.current.tag)) this.pop('');
  }

  private closeParagraph(): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const open = this.stack[i] as Frame;
      if (open.tag === 'p') {
        while (this.stack.length > i) this.pop('');
        return;
      }
      if (open.rules & BUTTON_SCOPE || open.foreign) return;
    }
  }

  endTag(tag: string, raw: string): void {
    // Any other end tag stops at a special element; a special end tag stops at a scope boundary.
    const stop = tagRules(tag) & SPECIAL ? SCOPE_BOUNDARY : SPECIAL;
    for (let i = this.stack.length - 1; i > 0; i--) {
      const open = this.stack[i] as Frame;
      if (open.tag === tag) {
        while (this.stack.length > i + 1) this.pop('');
        this.pop(sharedCopy(raw));
        return;
      }
      if (open.rules & stop) break;
    }
    // Unmatched: the parser ignores it (or makes an empty <p> for </p>, a <br> for </br>), and so
    // does the browser re-parsing it, unless it lands where it closes an element of the page.
    if (tag !== 'p' && tag !== 'br') {
      this.balanced = false;
      if (this.whole) return;
    }
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

