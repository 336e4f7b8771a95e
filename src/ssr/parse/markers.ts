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
export const holeMarker = '\x01';
const holeEnd = '\x02';
/** Starts an object placeholder `\uE002<render nonce>.<n>\uE003` in an html result string. */
export const placeholderStart = '\uE002';
export const placeholderEnd = '\uE003';
/** Any marker character: a template holding one cannot be parsed with markers. */
export const markerCharacter: RegExp = /[\x01\x02\uE002\uE003]/;

/**
 * Removes object placeholders (from a start marker to the next end marker) from markup, as
 * Enhance deletes its `__b_N` tokens. A scan with indexOf, linear in the markup: the regex
 * `/\uE002[^\uE003]*\uE003/g` rescans to the end from every start marker that has no end marker
 * after it.
 */
export function stripPlaceholders(markup: string): string {
  let start = markup.indexOf(placeholderStart);
  if (start === -1) return markup;
  let out = '';
  let from = 0;
  while (start !== -1) {
    const end = markup.indexOf(placeholderEnd, start + 1);
    if (end === -1) break;
    out += markup.slice(from, start);
    from = end + 1;
    start = markup.indexOf(placeholderStart, from);
  }
  return out + markup.slice(from);
}

/** The marker text for hole `index`. */
export function markHole(index: number): string {
  return holeMarker + String(index) + holeEnd;
}

/** A template's static strings joined with a marker for each hole between them. */
export function markedSource(strings: readonly string[]): string {
  let source = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) source += markHole(i - 1) + strings[i];
  return source;
}

const markerPattern = /\x01(\d+)\x02/;

/** Splits text at hole markers: strings at even positions, hole indexes at odd ones. */
export function splitMarkers(text: string): (string | number)[] {
  const parts = text.split(markerPattern);
  const out: (string | number)[] = [];
  for (let i = 0; i < parts.length; i++) {
    out.push(i % 2 === 1 ? Number(parts[i]) : (parts[i] as string));
  }
  return out;
}

/** Thrown while compiling when a hole sits where Uplift cannot bind it (a tag name, a doctype). */
export class UnsupportedHoleError extends Error {
  constructor(where: string) {
    super(`a hole inside ${where}`);
    this.name = 'UnsupportedHoleError';
  }
}
