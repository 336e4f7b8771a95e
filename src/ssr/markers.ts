/**
 * Private-use characters that mark holes while a template is parsed, and object placeholders in
 * the string form of `html` results. They never reach the output.
 */

/** Starts a hole marker `\uE000<index>\uE001` in template source. */
export const holeMarker = '\uE000';
const holeEnd = '\uE001';
/** Starts an object placeholder `\uE002<render nonce>.<n>\uE003` in an html result string. */
export const placeholderStart = '\uE002';
export const placeholderEnd = '\uE003';

/** The marker text for hole `index`. */
export function markHole(index: number): string {
  return holeMarker + String(index) + holeEnd;
}

const markerPattern = /\uE000(\d+)\uE001/;

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
