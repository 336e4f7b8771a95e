/**
 * A rendered page as the bytes a response sends, or as text.
 *
 * A render writes each ✨ as three Latin-1 stand-ins (strings/enhanced-glyph.ts): turning a 5 KB
 * two-byte page into UTF-8 (flatten, count, encode) measured about 8 µs here, against about 3 µs
 * one byte per character, most of the cost of a 20-element render. A body that is ASCII apart
 * from those stand-ins is sent as its Latin-1 bytes, which are its UTF-8 bytes; any other body
 * gets ✨ back at the recorded places and is encoded as UTF-8. The head and the tail are encoded
 * on their own, so a non-ASCII title costs nothing more.
 */
import { enhancedGlyphBytes, restoreEnhancedGlyphs } from '../strings/enhanced-glyph.js';
import { takePageBytes } from './page-buffer-pool.js';
/** A document as text, with ✨ back in place (`positions` are places in `parts.body`). */
export function documentText(parts, positions) {
    return parts.before + restoreEnhancedGlyphs(parts.body, positions) + parts.after;
}
/** A document as UTF-8 bytes (`positions` are places in `parts.body`). */
export function documentBytes(parts, positions) {
    const { before, body, after } = parts;
    const headLength = Buffer.byteLength(before);
    const tailLength = Buffer.byteLength(after);
    // Each recorded ✨ is three characters of 0x80 or above, which UTF-8 writes as two bytes each;
    // any other character outside ASCII adds at least one byte more, so equal counts mean that
    // these are the only ones, and the body's Latin-1 bytes are its UTF-8 bytes.
    const standIns = positions.length * enhancedGlyphBytes.length;
    const bodyUtf8 = Buffer.byteLength(body);
    const asciiBody = bodyUtf8 === body.length + standIns;
    // Written as UTF-8, each ✨ takes three bytes where its stand-ins would take six.
    const bodyLength = asciiBody ? body.length : bodyUtf8 - standIns;
    const bytes = takePageBytes(headLength + bodyLength + tailLength);
    let offset = bytes.write(before, 0, headLength, 'utf8');
    // Text beyond ASCII is mostly beyond Latin-1 too, so the body is two-byte already: with ✨ back in
    // place it is encoded in one pass, which measured faster than encoding the runs between them.
    offset += asciiBody ? bytes.write(body, offset, bodyLength, 'latin1') : bytes.write(restoreEnhancedGlyphs(body, positions), offset, bodyLength, 'utf8');
    offset += bytes.write(after, offset, tailLength, 'utf8');
    // Every byte must be written: the pool's buffer holds earlier responses.
    if (offset !== bytes.length)
        throw new Error(`Uplift renderer bug: encoded ${offset} of ${bytes.length} page bytes`);
    return bytes;
}
//# sourceMappingURL=document-bytes.js.map