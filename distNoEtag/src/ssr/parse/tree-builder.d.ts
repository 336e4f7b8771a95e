/**
 * Tree construction for the light tree (nodes.ts): tokens in, nodes out. Every node keeps its
 * source text, so markup passes through unchanged; the builder applies the parse5 rules that move
 * element boundaries (void elements, implied end tags, "close a p element", ignored end tags), so
 * custom elements and slots get the children parse5 would give them.
 *
 * htmlparser2's tokenizer drives it through tokenizer-events.ts; the fast scanner
 * (scan-markup.ts) calls the same methods directly.
 */
import type { AttrNode, HoleContext, Node } from './nodes.js';
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
export declare class TreeBuilder {
    readonly root: Frame;
    readonly stack: Frame[];
    pos: number;
    textEnd: number;
    tagStart: number;
    tagName: string;
    attrs: AttrNode[];
    readonly src: string;
    readonly holes: boolean;
    constructor(src: string, holes: boolean);
    get current(): Frame;
    /** Ends the input: the rest is text, open elements close. */
    finish(): void;
    /** Whether the current element is SVG or MathML content. */
    isForeign(): boolean;
    flushText(): void;
    textContext(): HoleContext;
    addText(raw: string, context: HoleContext): void;
    markup(stop: number, holeContext: HoleContext | null): void;
    /** Opens (or, for a void element, adds) the element whose start tag ends at `stop`; returns its rules. */
    startTag(stop: number, selfClosing: boolean): number;
    private closeImplied;
    private closeParagraph;
    endTag(tag: string, raw: string): void;
    private pop;
}
export {};
