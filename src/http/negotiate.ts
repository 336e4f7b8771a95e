/**
 * JSON-or-HTML content negotiation for API routes. Enhance only checks whether
 * Accept (else Content-Type) *starts with* a JSON type (enhance-compat §3), so `*\/*, application/json` gets
 * HTML and `text/html;q=0.1, application/json` gets JSON. Here Accept is read with q-values,
 * wildcards and specificity (RFC 9110 §12.5.1), keeping Enhance's answer where the header is
 * ambiguous.
 */
import { isJsonMediaType, parseMediaType, splitList } from './media-type.js';

/** One Accept entry. `q` is 0 to 1; `params` excludes `q`. */
export interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  params: Record<string, string>;
}

/** Entries past this are ignored, so a hostile 10k-entry header costs bounded work. */
const maxAcceptEntries = 100;
/** RFC 9110 §12.4.2 qvalue, allowing more than three decimals as clients sometimes send. */
const qValuePattern = /^(?:0(?:\.\d*)?|1(?:\.0*)?)$/;

/**
 * Parses an Accept header into media ranges with q-values, dropping malformed entries: a range that
 * is not `type/subtype` tokens, `*` with a concrete subtype, or a `q` outside 0–1. Only the first
 * 100 entries are read. Types are lower-cased; order is kept.
 *
 * @example
 * parseAccept('text/html, application/json;q=0.9');
 * // [{ type: 'text', subtype: 'html', q: 1, params: {} },
 * //  { type: 'application', subtype: 'json', q: 0.9, params: {} }]
 */
export function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const entry of splitList(accept, ',', maxAcceptEntries)) {
    const media = parseMediaType(entry);
    if (media === null || (media.type === '*' && media.subtype !== '*')) continue;
    const { type, subtype, params } = media;
    const rawQ = params['q'];
    if (rawQ === undefined) ranges.push({ type, subtype, q: 1, params });
    else if (qValuePattern.test(rawQ)) {
      ranges.push({ type, subtype, q: Number(rawQ), params: omitQ(params) });
    }
  }
  return ranges;
}

/** The parameters other than q (RFC 9110 §12.5.1: q separates media parameters from the rest). */
function omitQ(params: Record<string, string>): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const name of Object.keys(params)) if (name !== 'q') rest[name] = params[name] as string;
  return rest;
}

/** How one candidate type fared: the q of its most specific matching range, and where that was. */
interface Match {
  q: number;
  /** 2 for `type/subtype`, 1 for `type/*`, 0 for `*\/*`. */
  specificity: number;
  index: number;
}

/**
 * True when the client wants JSON rather than HTML. Rules, in order:
 * 1. Each side's q is that of the most specific Accept range matching it (`application/json` or
 *    `text/json` for JSON, `text/html` for HTML); parameters other than q are ignored.
 * 2. The higher q wins.
 * 3. Equal and above 0: the more specific range wins (`*\/*, application/json` → JSON), then the
 *    one listed first (`application/json, text/html` → JSON, as in Enhance).
 * 4. Equal at 0 with something matched (`application/json;q=0`): HTML.
 * 5. No preference — Accept absent or empty, nothing in it matching either side (`image/png`), or
 *    one range deciding both (`*\/*`, `text/*`): JSON exactly when the request's Content-Type is
 *    a JSON type (Enhance compat, enhance-compat §3), so `fetch()` posting JSON with its default `*\/*`
 *    Accept gets JSON.
 *
 * @example
 * prefersJson('application/json', undefined); // true
 * prefersJson('text/html, application/json;q=0.9', undefined); // false
 * prefersJson('*\/*', 'application/json'); // true
 */
export function prefersJson(accept: string | undefined, contentType: string | undefined): boolean {
  if (accept !== undefined) {
    // A first range of exactly `text/html` or `application/json` (q=1 by default, the most specific
    // kind, listed first) wins whatever follows, by rules 2 and 3: browsers and fetch clients send
    // these, and skip parsing the header.
    if (startsWithRange(accept, 'text/html')) return false;
    if (startsWithRange(accept, 'application/json')) return true;
  }
  const verdict = accept === undefined ? 'none' : compareAccept(parseAccept(accept));
  if (verdict !== 'none') return verdict === 'json';
  const media = contentType === undefined ? null : parseMediaType(contentType);
  return media !== null && isJsonMediaType(media);
}

/** Whether `accept`'s first entry is `range` alone: no parameters, no whitespace. */
function startsWithRange(accept: string, range: string): boolean {
  return accept.startsWith(range) && (accept.length === range.length || accept.charCodeAt(range.length) === 44 /* , */);
}

function compareAccept(ranges: readonly MediaRange[]): 'json' | 'html' | 'none' {
  const json = pickBetter(
    findMatch(ranges, 'application', 'json'),
    findMatch(ranges, 'text', 'json'),
  );
  const html = findMatch(ranges, 'text', 'html');
  if (json === undefined && html === undefined) return 'none';
  const jsonQ = json?.q ?? 0;
  const htmlQ = html?.q ?? 0;
  if (jsonQ !== htmlQ) return jsonQ > htmlQ ? 'json' : 'html';
  if (jsonQ === 0 || json === undefined || html === undefined) return 'html';
  if (json.index === html.index) return 'none';
  return pickBetter(json, html) === json ? 'json' : 'html';
}

function findMatch(
  ranges: readonly MediaRange[],
  type: string,
  subtype: string,
): Match | undefined {
  let best: Match | undefined;
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index] as MediaRange;
    let specificity: number;
    if (range.type === type && range.subtype === subtype) specificity = 2;
    else if (range.type === type && range.subtype === '*') specificity = 1;
    else if (range.type === '*') specificity = 0;
    else continue;
    // The most specific range decides (RFC 9110 §12.5.1); among equals the highest q.
    const better =
      best === undefined ||
      specificity > best.specificity ||
      (specificity === best.specificity && range.q > best.q);
    if (better) best = { q: range.q, specificity, index };
  }
  return best;
}

/** Higher q, then more specific, then listed first. */
function pickBetter(a: Match | undefined, b: Match | undefined): Match | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.q !== b.q) return a.q > b.q ? a : b;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity ? a : b;
  return a.index <= b.index ? a : b;
}
