/**
 * The ✨ of every expanded element, and a rendered page as the bytes a response sends.
 *
 * V8 keeps a string one byte per character until any character in it needs two. A single ✨
 * makes a whole page two-byte, and turning a 5 KB two-byte page into UTF-8 (flatten, count,
 * encode) measured about 8 µs here, against about 3 µs one byte per character: most of the cost
 * of a 20-element render. So a render writes ✨ as its three UTF-8 bytes, one Latin-1
 * character each, and records where each one starts. When the rest of the page is ASCII, the
 * page's Latin-1 bytes are its UTF-8 bytes and it is sent as they are; otherwise ✨ is put back at
 * the recorded places (never at a look-alike from the app's data) and the page is encoded as usual.
 */
import type { DocumentParts } from './document.js';
import { latin1Bytes } from './latin1-bytes.js';

/** ✨ (U+2728) as its UTF-8 bytes E2 9C A8, one Latin-1 character per byte. */
export const sparkleBytes = '\xE2\x9C\xA8';
const sparkle = '\u2728';

/**
 * `text` with ✨ back at each recorded place. `marks` are positions in the string `text` was cut
 * from at `offset`, in increasing order; those outside `text` are skipped.
 */
export function restoreSparkles(text: string, marks: readonly number[], offset = 0): string {
  let out = '';
  let from = 0;
  for (const mark of marks) {
    const at = mark - offset;
    if (at < 0) continue;
    if (at >= text.length) break;
    if (!text.startsWith(sparkleBytes, at)) {
      throw new Error(`Uplift renderer bug: no enhanced attribute at ${mark} of the rendered body`);
    }
    out += text.slice(from, at) + sparkle;
    from = at + sparkleBytes.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A document as text, with ✨ back in place (`marks` are positions in `parts.body`). */
export function documentText(parts: DocumentParts, marks: readonly number[]): string {
  return parts.before + restoreSparkles(parts.body, marks) + parts.after;
}

/** A document as UTF-8 bytes (`marks` are positions in `parts.body`). */
export function documentBytes(parts: DocumentParts, marks: readonly number[]): Buffer {
  const html = parts.before + parts.body + parts.after;
  // Each recorded ✨ is three characters of 0x80 or above, which UTF-8 writes as two bytes each;
  // any other character outside ASCII adds at least one byte more, so equal counts mean that
  // these are the only ones, and the Latin-1 bytes are the UTF-8 bytes.
  if (Buffer.byteLength(html) === html.length + marks.length * sparkleBytes.length) return latin1Bytes(html);
  return Buffer.from(documentText(parts, marks));
}
