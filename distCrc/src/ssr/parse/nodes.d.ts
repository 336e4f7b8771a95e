/**
 * The light tree the renderer works on. Markup is kept as written wherever Uplift does not need
 * its structure, so a run of plain markup is one string emitted verbatim; only the places the
 * renderer acts on (custom elements, slots, hoistable tags, holes) are objects. Trees built from
 * template strings are shared across renders and never mutated.
 */
/** Bit flags on an element node. */
export declare const CUSTOM = 1;
/** Content the renderer must not touch: `<template>` and `<noscript>` (parse5 keeps it inert). */
export declare const INERT = 2;
/** The subtree holds a hole, a custom element or a slot, so it cannot be emitted verbatim. */
export declare const DYNAMIC = 4;
/** The subtree holds a hole. */
export declare const HOLES = 8;
export interface ElementNode {
    readonly type: 'element';
    /** Lower-case tag name. */
    readonly tag: string;
    readonly attrs: readonly AttrNode[];
    readonly children: readonly Node[];
    /** The start tag as written, or null when an attribute holds a hole. */
    readonly open: string | null;
    /**
     * For a start tag with holes (compiled templates): its pieces without the final `>`, static
     * text already escaped for double quotes and holes in between.
     */
    readonly openParts: readonly Node[] | null;
    /** The end tag as written; '' when implied (void element, end of input, closed by another tag). */
    readonly close: string;
    readonly flags: number;
    /**
     * For a custom element with a static start tag: that tag with `enhancedAttribute` added, as an
     * expansion writes it. Made with the tree, which renders reuse, instead of per expansion.
     */
    readonly hostOpen: string | null;
    /** For a custom element: the end tag an expansion writes (`</name>`, whatever was written). */
    readonly hostClose: string;
}
/**
 * The attribute Enhance adds to every expanded element (unless `enhancedAttr: false`), with ✨
 * written as its three UTF-8 bytes, one Latin-1 character each. That keeps a render one byte per
 * character; the render records where each one starts, and its output puts ✨ back or is sent as
 * those bytes (strings/enhanced-glyph.ts).
 */
export declare const enhancedAttribute: string;
/**
 * Where ✨ starts, counted back from the end of a start tag given `enhancedAttribute`: the
 * attribute always goes last, so only its closing `"` and the tag's `>` follow.
 */
export declare const glyphFromTagEnd: number;
/** A static start tag with ` name="value"` text inserted before its `>` (or `/>`). */
export declare function insertAttribute(open: string, text: string): string;
export interface AttrNode {
    /** Lower-case name; '' for a hole written where a name goes (`<input ${checked}>`). */
    readonly name: string;
    /** The decoded value ('' for an attribute written without a value). */
    readonly value: string;
    /** The value as written, split at holes: strings are source text, numbers are hole indexes. */
    readonly parts: readonly (string | number)[] | null;
    /** Hole index of a `<input ${checked}>` style attribute, else -1. */
    readonly spread: number;
    /**
     * A value without holes that holds neither `& < > " '` nor an object placeholder: a custom
     * element gets it as is, with no placeholder decoding. Decided once per parsed tree, which a
     * render may reuse (parse-cache.ts), instead of two scans per attribute per render.
     */
    readonly plain: boolean;
}
/**
 * Where a hole sits, which decides how its value is rendered and escaped: `text` (markup),
 * `style` / `script` (raw text), `rcdata` (text never parsed: title, textarea, other raw-text
 * tags, inert content), `comment`, `attr` (an attribute value), `spread` (where a name goes).
 */
export type HoleContext = 'text' | 'style' | 'script' | 'rcdata' | 'comment' | 'attr' | 'spread';
export interface HoleNode {
    readonly type: 'hole';
    readonly index: number;
    readonly context: HoleContext;
}
export type Node = string | ElementNode | HoleNode;
/** Makes an element node. Every element is built here so all share one object shape (fast). */
export declare function elementNode(tag: string, attrs: readonly AttrNode[], children: readonly Node[], open: string | null, close: string, flags: number, openParts?: readonly Node[] | null): ElementNode;
/** Makes an attribute node. */
export declare function attrNode(name: string, value: string, parts: readonly (string | number)[] | null, spread: number): AttrNode;
/** Makes a hole node. */
export declare function holeNode(index: number, context: HoleContext): HoleNode;
