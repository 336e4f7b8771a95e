/**
 * Characters that mark holes while a template is parsed, and object placeholders in the string
 * form of `html` results. They never reach the output; a template whose own text holds one is
 * parsed per render instead (compile.ts).
 *
 * Hole markers are control characters rather than private-use ones: V8 keeps a string one byte
 * per character only while every character fits in one, and every static string of a template is
 * a slice of the marked source, so a two-byte marker would make every page two-byte, which costs
 * more to send than to render (output/document-bytes.ts).
 */
/** Starts a hole marker `\x01<index>\x02` in template source. */
export declare const holeMarker = "\u0001";
/** Starts an object placeholder `\uE002<render nonce>.<n>\uE003` in an html result string. */
export declare const placeholderStart = "\uE002";
export declare const placeholderEnd = "\uE003";
/** Any marker character: a template holding one cannot be parsed with markers. */
export declare const markerCharacter: RegExp;
/**
 * Removes object placeholders (from a start marker to the next end marker) from markup, as
 * Enhance deletes its `__b_N` tokens. A scan with indexOf, linear in the markup: the regex
 * `/\uE002[^\uE003]*\uE003/g` rescans to the end from every start marker that has no end marker
 * after it.
 */
export declare function stripPlaceholders(markup: string): string;
/** The marker text for hole `index`. */
export declare function markHole(index: number): string;
/** Splits text at hole markers: strings at even positions, hole indexes at odd ones. */
export declare function splitMarkers(text: string): (string | number)[];
/** Thrown while compiling when a hole sits where Uplift cannot bind it (a tag name, a doctype). */
export declare class UnsupportedHoleError extends Error {
    constructor(where: string);
}
