/**
 * One escaper per context a value can land in (the contexts of Go's html/template and Closure's
 * strict templates). Each takes data as a string and returns text that, placed in its context,
 * reads back as that data and cannot end the context or open a new one. Every function is one
 * linear pass (a character class with `replace`, or a plain loop); none looks for words in data
 * except where noted (URL schemes, CSS functions), and those look at a bounded prefix or use
 * `indexOf`.
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
  '-': '&#45;',
  '!': '&#33;',
  '\uE000': '&#57344;',
  '\uE001': '&#57345;',
};

/**
 * A one-pass escaper: `test` says whether a value needs any escape; `ascii` holds the escape of
 * each code unit below 128 and `above` gives the others' (undefined keeps the code unit). A
 * look-up per code unit, so a 1 MB value made only of specials costs one loop, not one regex
 * callback per character. A short value (a title, a name) whose characters are all Latin-1 is
 * written into a scratch buffer and read back as one string; any other value is built from slices
 * (concatenated while short, joined once when long, so it never becomes a rope of a million
 * pieces).
 */
function codeUnitEscaper(test: RegExp, ascii: readonly (string | undefined)[], above: (code: number) => string | undefined): (value: string) => string {
  const latin1 = latin1Escapes(ascii, above);
  return (value) => {
    if (!test.test(value)) return value;
    if (value.length <= shortValue) {
      const escaped = escapeShortLatin1(value, latin1);
      if (escaped !== null) return escaped;
    }
    const parts: string[] | null = value.length > 1024 ? [] : null;
    let out = '';
    let from = 0;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      const escaped = code < 128 ? ascii[code] : above(code);
      if (escaped === undefined) continue;
      const piece = from < i ? value.slice(from, i) + escaped : escaped;
      if (parts === null) out += piece;
      else parts.push(piece);
      from = i + 1;
    }
    if (parts === null) return out + value.slice(from);
    parts.push(value.slice(from));
    return parts.join('');
  };
}

/**
 * Values up to this length take the scratch-buffer path. For 45-character titles with 12 escapes
 * (the bench's markup titles, new strings each time) it measured about 15% less time per
 * attribute escape and 8% per text escape than building from slices, whose pieces the young
 * generation must then collect; the instruction count is about the same. The buffer stays 2 KB.
 */
const shortValue = 256;
/** Room for a short value whose every character becomes the longest Latin-1 escape. */
const longestEscape = 8;
const scratch = Buffer.allocUnsafe(shortValue * longestEscape);

/** The escapes of code units 0–255 as bytes: `lengths[c]` bytes (0 keeps c) from `bytes[c * 8]`. */
interface Latin1Escapes {
  readonly lengths: Uint8Array;
  readonly bytes: Uint8Array;
}

function latin1Escapes(ascii: readonly (string | undefined)[], above: (code: number) => string | undefined): Latin1Escapes {
  const lengths = new Uint8Array(256);
  const bytes = new Uint8Array(256 * longestEscape);
  for (let code = 0; code < 256; code++) {
    const escaped = code < 128 ? ascii[code] : above(code);
    if (escaped === undefined) continue;
    if (escaped.length > longestEscape || /[^\x00-\xff]/.test(escaped)) throw new Error(`Uplift bug: the escape of U+${code.toString(16)} does not fit the Latin-1 table`);
    lengths[code] = escaped.length;
    for (let k = 0; k < escaped.length; k++) bytes[code * longestEscape + k] = escaped.charCodeAt(k);
  }
  return { lengths, bytes };
}

/** `value` escaped through the scratch buffer; null when a character is beyond Latin-1. */
function escapeShortLatin1(value: string, table: Latin1Escapes): string | null {
  const { lengths, bytes } = table;
  let end = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) return null;
    const length = lengths[code] as number;
    if (length === 0) scratch[end++] = code;
    else for (let k = 0, at = code * longestEscape; k < length; k++) scratch[end++] = bytes[at + k] as number;
  }
  return scratch.toString('latin1', 0, end);
}

/** An escaper writing the HTML entity of each character of `specials` (ASCII and the token characters). */
function entityEscaper(specials: string): (value: string) => string {
  const table = new Map<number, string>();
  for (const c of specials) table.set(c.charCodeAt(0), htmlEntities[c] as string);
  const ascii = Array.from({ length: 128 }, (_, code) => table.get(code));
  const test = new RegExp(`[${specials.replace(/[\]\\^-]/g, '\\$&')}]`);
  return codeUnitEscaper(test, ascii, (code) => table.get(code));
}

/** Every character escapeText or escapeAttribute rewrites, the token markers included. */
const changedByHtmlEscaping = /[&<>"'`\uE000\uE001]/;

/**
 * True when escapeText and escapeAttribute both return `value` as it is, and it holds no token:
 * one test that lets most data skip the token check and the escaper's own test.
 */
export function isPlainHtmlText(value: string): boolean {
  return !changedByHtmlEscaping.test(value);
}

/** Markup-significant characters anywhere: a string without them reads the same in any HTML context. */
const special = /[&<>"']/;

/** True when the string holds a character that is markup-significant somewhere. */
export function hasSpecialCharacter(value: string): boolean {
  return special.test(value);
}

// The private-use characters that mark markup tokens (markup/tokens.ts) are escaped too, so
// data never carries one into markup.
/** Element content and RCDATA (`<title>`, `<textarea>`): `&`, `<`, `>` as entities. */
export const escapeText: (value: string) => string = entityEscaper('&<>\uE000\uE001');

/**
 * An attribute value. Uplift writes every attribute hole inside double quotes, so quotes, `&`
 * and the angle brackets are enough; the backtick is escaped for old IE's quote handling.
 */
export const escapeAttribute: (value: string) => string = entityEscaper('&<>"\'`\uE000\uE001');

/**
 * Text inside `<!-- … -->`: the parser does not decode entities there, so entities only make
 * `-->`, `--!>` and `<!--` impossible; the value shows as written in the source.
 */
export const escapeComment: (value: string) => string = entityEscaper('&<>!-\uE000\uE001');

/**
 * JavaScript string and template-literal content: everything that could end the literal, start a
 * `${…}` substitution, end the `<script>` element (`</script`), start `<!--` (script data escaped
 * state) or break a line becomes a `\uXXXX` escape. Valid in '…', "…" and `…` alike.
 */
const jsStringSpecials = /[\\'"`$<>&/\r\n\u2028\u2029\uE000\uE001\x00-\x1f]/;
const jsUnicode = (code: number): string => '\\u' + code.toString(16).padStart(4, '0');
/** The escape of every special code unit below 128, precomputed: a 1 MB value of them is 1M look-ups. */
const asciiJsEscapes: readonly (string | undefined)[] = Array.from({ length: 128 }, (_, code) =>
  jsStringSpecials.test(String.fromCharCode(code)) ? jsUnicode(code) : undefined);
export const escapeJsString: (value: string) => string = codeUnitEscaper(jsStringSpecials, asciiJsEscapes, (code) =>
  code === 0x2028 || code === 0x2029 || code === 0xe000 || code === 0xe001 ? jsUnicode(code) : undefined);

const jsonUnsafe = /[<>&\u2028\u2029\uE000\uE001]/g;
/** A number as JavaScript writes it, so `go(${id})` keeps `go(5)` for the string '5'. */
const numberLiteral = /^-?(?:0|[1-9]\d{0,20})(?:\.\d{1,20})?$/;

/**
 * A value in JavaScript expression position (`const data = ${json}`, `onclick="go(${id})"`).
 * Text that is valid JSON is a JavaScript value and nothing more (JSON is a subset of JavaScript
 * since ES2019), so it is kept, with `< > &` and the line separators as `\uXXXX` (the same value
 * inside strings; outside them they cannot occur in JSON). Anything else becomes a string literal.
 */
export function escapeJsValue(value: string): string {
  if (numberLiteral.test(value)) return value;
  return isJson(value) ? value.replace(jsonUnsafe, (c) => jsUnicode(c.charCodeAt(0))) : '"' + escapeJsString(value) + '"';
}

function isJson(value: string): boolean {
  const first = value.trimStart().charCodeAt(0);
  // Only structured JSON is kept as is: a bare word like `true` or `null` is not worth the parse.
  if (first !== 123 /* { */ && first !== 91 /* [ */ && first !== 34 /* " */) return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** A value inside `<script type="application/json">` (or ld+json, importmap): JSON kept, inert. */
export function escapeJsonScript(value: string): string {
  return value.replace(jsonUnsafe, (c) => jsUnicode(c.charCodeAt(0)));
}

/** What a refused CSS value or attribute name becomes: a word that means nothing there. */
export const refusedCss = 'zUpliftRefusedz';

/**
 * Characters that can end a declaration or a rule, open a string or comment, or end the
 * `<style>` element. Go's filter also refuses parentheses; Enhance apps pass `var(--gap)`,
 * `calc(100% - 2rem)` and `min-width: 48em`, so parentheses are allowed and the functions that
 * load or run something are refused by name.
 */
const cssBreaking = /[;{}<>"'\\@\uE000\uE001]|\/\*|\*\//;
const cssFunctions = /(?:url|expression|image|image-set|element|cross-fade|src)\s*\(|javascript:|behaviou?r\s*:/i;
export function escapeCssValue(value: string): string {
  return cssBreaking.test(value) || cssFunctions.test(value) || !balancedParentheses(value) ? refusedCss : value;
}

function balancedParentheses(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return false;
  }
  return depth === 0;
}

const cssStringSpecials = /[\\'"<>&\r\n\f\uE000\uE001\x00-\x1f]/g;
/** Text inside a CSS string: hex escapes (`\3c `), valid in strings and identifiers alike. */
export function escapeCssString(value: string): string {
  return value.replace(cssStringSpecials, (c) => '\\' + c.charCodeAt(0).toString(16) + ' ');
}

const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]{0,127}$/;
/**
 * Data where an attribute name goes (`<input ${flag}>`): only one bare attribute name is
 * allowed (`disabled`, `checked`); anything else (`onload=…`, `x y`) is dropped.
 */
export function filterAttributeName(value: string): string {
  return attributeName.test(value) ? value : '';
}

/** What a URL with a refused scheme becomes (Closure's convention: an inert about: URL). */
export const refusedUrl = 'about:invalid#uplift-refused-url';

const imageData = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/;

/**
 * Whether a URL, as the browser reads it, would run script or load a document made of the URL:
 * `javascript:`, `vbscript:`, and `data:` other than raster images. Browsers drop leading
 * controls and spaces and remove tabs and newlines anywhere before reading the scheme, and
 * entities are already decoded in `url`. Only the first 40 characters that count are read.
 */
export function isDangerousUrl(url: string): boolean {
  let i = 0;
  while (i < url.length && url.charCodeAt(i) <= 32) i++;
  let head = '';
  for (; i < url.length && head.length < 40; i++) {
    const c = url.charCodeAt(i);
    if (c !== 9 && c !== 10 && c !== 13) head += url[i] as string;
  }
  head = head.toLowerCase();
  if (head.startsWith('javascript:') || head.startsWith('vbscript:')) return true;
  return head.startsWith('data:') && !imageData.test(head);
}
