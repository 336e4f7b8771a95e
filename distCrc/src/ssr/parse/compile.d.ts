/**
 * Template compilation: the static strings of an `html` call site (or an `.html` file) are parsed
 * once into a light tree whose static runs are pre-joined strings, so a render only fills holes,
 * expands custom elements and joins strings.
 *
 * Structure is kept where the renderer needs it: the top level (hoisting, document shape), the
 * children of custom elements and slots (slot assignment), and custom elements and slots
 * themselves. Everything else collapses to strings and hole nodes.
 */
import { type ElementNode, type HoleContext, type Node } from './nodes.js';
import { type Sink } from './hole-sinks.js';
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
/** The compiled form of an `html` call site; compiled once per TemplateStringsArray. */
export declare function compileTemplate(strings: TemplateStringsArray): Template;
/** Compiles static strings with holes between them (no caching). */
export declare function compileStrings(strings: readonly string[]): Template;
/**
 * An attribute fragment (`id="${id}"`, tagged by the load-time transform where it lands between a
 * tag's attributes): its static text is read as a start tag's attributes, so its holes are
 * escaped as those attributes' values. Compiled once per call site.
 */
export declare function compileAttributes(strings: TemplateStringsArray): Template;
/**
 * Parsed render-time markup with plain elements opened up into strings: custom elements and slots
 * stay nodes (their children structured), as in a compiled template below its top level. For
 * markup that is only emitted (Template.flatHoles): a list's `<li>` wrappers become part of the
 * strings around its elements instead of nodes walked on every render.
 */
export declare function flattenMarkup(nodes: readonly Node[]): Node[];
