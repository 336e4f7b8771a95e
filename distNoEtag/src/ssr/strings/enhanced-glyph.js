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
export const enhancedGlyphBytes = '\xE2\x9C\xA8';
const enhancedGlyph = '\u2728';
/**
 * `text` with ✨ back at each recorded place. `positions` are places in the string `text` was cut
 * from at `offset`, in increasing order; those outside `text` are skipped.
 */
export function restoreEnhancedGlyphs(text, positions, offset = 0) {
    let out = '';
    let from = 0;
    for (const position of positions) {
        const at = position - offset;
        if (at < 0)
            continue;
        if (at >= text.length)
            break;
        checkPosition(text, at);
        out += text.slice(from, at) + enhancedGlyph;
        from = at + enhancedGlyphBytes.length;
    }
    return from === 0 ? text : out + text.slice(from);
}
function checkPosition(text, at) {
    if (!text.startsWith(enhancedGlyphBytes, at))
        throw new Error(`Uplift renderer bug: no enhanced attribute at ${at} of the rendered body`);
}
//# sourceMappingURL=enhanced-glyph.js.map