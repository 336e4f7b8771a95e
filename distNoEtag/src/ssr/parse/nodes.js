/**
 * The light tree the renderer works on. Markup is kept as written wherever Uplift does not need
 * its structure, so a run of plain markup is one string emitted verbatim; only the places the
 * renderer acts on (custom elements, slots, hoistable tags, holes) are objects. Trees built from
 * template strings are shared across renders and never mutated.
 */
import { hasSpecialCharacter } from '../strings/escape.js';
import { placeholderStart } from './markers.js';
import { sharedCopy } from './shared-strings.js';
import { joinFlat } from '../strings/flat-string.js';
import { enhancedGlyphBytes } from '../strings/enhanced-glyph.js';
/** Bit flags on an element node. */
export const CUSTOM = 1;
/** Content the renderer must not touch: `<template>` and `<noscript>` (parse5 keeps it inert). */
export const INERT = 2;
/** The subtree holds a hole, a custom element or a slot, so it cannot be emitted verbatim. */
export const DYNAMIC = 4;
/** The subtree holds a hole. */
export const HOLES = 8;
/**
 * The attribute Enhance adds to every expanded element (unless `enhancedAttr: false`), with ✨
 * written as its three UTF-8 bytes, one Latin-1 character each. That keeps a render one byte per
 * character; the render records where each one starts, and its output puts ✨ back or is sent as
 * those bytes (strings/enhanced-glyph.ts).
 */
export const enhancedAttribute = ` enhanced="${enhancedGlyphBytes}"`;
/**
 * Where ✨ starts, counted back from the end of a start tag given `enhancedAttribute`: the
 * attribute always goes last, so only its closing `"` and the tag's `>` follow.
 */
export const glyphFromTagEnd = enhancedGlyphBytes.length + '">'.length;
/** A static start tag with ` name="value"` text inserted before its `>` (or `/>`). */
export function insertAttribute(open, text) {
    const end = open.endsWith('/>') ? open.length - 2 : open.length - 1;
    return joinFlat([open.slice(0, end), text, '>']);
}
/** Makes an element node. Every element is built here so all share one object shape (fast). */
export function elementNode(tag, attrs, children, open, close, flags, openParts = null) {
    const custom = (flags & CUSTOM) !== 0;
    const hostOpen = custom && open !== null ? insertAttribute(open, enhancedAttribute) : null;
    return { type: 'element', tag, attrs, children, open, openParts, close, flags, hostOpen, hostClose: custom ? sharedCopy('</' + tag + '>') : '' };
}
/** Makes an attribute node. */
export function attrNode(name, value, parts, spread) {
    const plain = parts === null && !hasSpecialCharacter(value) && value.indexOf(placeholderStart) === -1;
    return { name: sharedCopy(name), value, parts, spread, plain };
}
/** Makes a hole node. */
export function holeNode(index, context) {
    return { type: 'hole', index, context };
}
//# sourceMappingURL=nodes.js.map