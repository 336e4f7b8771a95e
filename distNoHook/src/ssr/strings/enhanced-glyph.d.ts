/**
 * The ✨ that Enhance writes as the value of every expanded element's `enhanced` attribute, kept
 * one byte per character while a page renders.
 *
 * V8 keeps a string one byte per character until any character in it needs two, and a single ✨
 * would make a whole page two-byte (see output/document-bytes.ts for what that costs). So a render
 * writes ✨ as its three UTF-8 bytes, one Latin-1 character each, and records where each one
 * starts; the output either sends those bytes as they are or puts ✨ back at exactly the recorded
 * places (never at a look-alike from the app's data).
 */
/** ✨ (U+2728) as its UTF-8 bytes E2 9C A8, one Latin-1 character per byte. */
export declare const enhancedGlyphBytes = "\u00E2\u009C\u00A8";
/**
 * `text` with ✨ back at each recorded place. `positions` are places in the string `text` was cut
 * from at `offset`, in increasing order; those outside `text` are skipped.
 */
export declare function restoreEnhancedGlyphs(text: string, positions: readonly number[], offset?: number): string;
