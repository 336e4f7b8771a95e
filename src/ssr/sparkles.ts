/**
 * The ✨ of every expanded element, and a rendered page as the bytes a response sends.
 *
 * V8 keeps a string one byte per character until any character in it needs two. A single ✨
 * makes a whole page two-byte, and turning a 5 KB two-byte page into UTF-8 (flatten, count,
 * encode) measured about 8 µs here, against about 3 µs one byte per character: most of the cost
 * of a 20-element render. So a render writes ✨ as its three UTF-8 bytes, one Latin-1 character
 * each, and records where each one starts in the body. A body that is ASCII apart from those is
 * sent as its Latin-1 bytes, which are its UTF-8 bytes; any other body gets ✨ back at the
 * recorded places (never at a look-alike from the app's data) and is encoded as UTF-8.
 * The head and the tail are encoded on their own, so a non-ASCII title costs nothing more.
 */
import type { DocumentParts } from './document.js';
import { takeBytes } from './slab-bytes.js';

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
    checkMark(text, at);
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
  const { before, body, after } = parts;
  const headLength = Buffer.byteLength(before);
  const tailLength = Buffer.byteLength(after);
  // Each recorded ✨ is three characters of 0x80 or above, which UTF-8 writes as two bytes each;
  // any other character outside ASCII adds at least one byte more, so equal counts mean that
  // these are the only ones, and the body's Latin-1 bytes are its UTF-8 bytes.
  const standIns = marks.length * sparkleBytes.length;
  const bodyUtf8 = Buffer.byteLength(body);
  const asciiBody = bodyUtf8 === body.length + standIns;
  // Written as UTF-8, each ✨ takes three bytes where its stand-ins would take six.
  const bodyLength = asciiBody ? body.length : bodyUtf8 - standIns;
  const bytes = takeBytes(headLength + bodyLength + tailLength);
  let offset = bytes.write(before, 0, headLength, 'utf8');
  // Text beyond ASCII is mostly beyond Latin-1 too, so the body is two-byte already: with ✨ back in
  // place it is encoded in one pass, which measured faster than encoding the runs between them.
  offset += asciiBody ? bytes.write(body, offset, bodyLength, 'latin1') : bytes.write(restoreSparkles(body, marks), offset, bodyLength, 'utf8');
  offset += bytes.write(after, offset, tailLength, 'utf8');
  // Every byte must be written: the slab holds earlier responses.
  if (offset !== bytes.length) throw new Error(`Uplift renderer bug: encoded ${offset} of ${bytes.length} page bytes`);
  return bytes;
}

function checkMark(text: string, at: number): void {
  if (!text.startsWith(sparkleBytes, at)) throw new Error(`Uplift renderer bug: no enhanced attribute at ${at} of the rendered body`);
}
