/**
 * Media types as they appear in `Content-Type` and in each entry of `Accept` (RFC 9110 §8.3.1,
 * §12.5.1): `type/subtype *( OWS ";" OWS name=value )`. Shared by the body parser table and by
 * content negotiation so both read headers the same way.
 */
import { isSafeKey } from './safe-keys.js';
/** RFC 9110 §5.6.2 tchar by char code: 0 not allowed, 1 allowed, 2 allowed upper-case letter. */
const tokenChars = new Uint8Array(128);
for (const char of "!#$%&'*+-.^_`|~")
    tokenChars[char.charCodeAt(0)] = 1;
for (let code = 0x30; code <= 0x39; code++)
    tokenChars[code] = 1;
for (let code = 0x61; code <= 0x7a; code++)
    tokenChars[code] = 1;
for (let code = 0x41; code <= 0x5a; code++)
    tokenChars[code] = 2;
/** The token lower-cased, or null when `text` is not a token. One pass, no regex. */
function readToken(text) {
    if (text.length === 0)
        return null;
    let upper = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const kind = code < 128 ? tokenChars[code] : 0;
        if (kind === 0)
            return null;
        if (kind === 2)
            upper = true;
    }
    return upper ? text.toLowerCase() : text;
}
/**
 * Splits `text` at `delimiter` outside double-quoted strings, trimming items and skipping empty
 * ones. Stops after `maxItems` items (or 8 × `maxItems` delimiters) so a hostile header costs
 * bounded work; an unterminated quote swallows the rest of the text into one (malformed) item.
 */
export function splitList(text, delimiter, maxItems) {
    const items = [];
    // Without quotes (nearly every real header) a delimiter can be found with indexOf.
    const quotes = text.includes('"');
    let start = 0;
    // Empty items count against a budget too, so a million bare delimiters stop early.
    for (let segments = 0; start <= text.length && items.length < maxItems && segments < maxItems * 8; segments++) {
        let end = quotes ? findUnquoted(text, delimiter, start) : text.indexOf(delimiter, start);
        if (end === -1)
            end = text.length;
        const item = text.slice(start, end).trim();
        if (item.length > 0)
            items.push(item);
        start = end + 1;
    }
    return items;
}
/** The index of the next `delimiter` outside quotes from `start`, or -1. */
function findUnquoted(text, delimiter, start) {
    const wanted = delimiter.charCodeAt(0);
    let quoted = false;
    for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (quoted) {
            if (code === 92 /* \\ */)
                i++;
            else if (code === 34 /* " */)
                quoted = false;
        }
        else if (code === 34) {
            quoted = true;
        }
        else if (code === wanted) {
            return i;
        }
    }
    return -1;
}
/**
 * Parses one media type such as `application/json; charset=utf-8`. Returns null when the
 * `type/subtype` part is not two tokens. Malformed parameters are skipped rather than failing the
 * whole type (Enhance only looks at a substring, enhance-compat §2.2, so clients get away with sloppy
 * parameters); the first of a repeated parameter wins.
 *
 * @example
 * parseMediaType('Text/HTML; Charset="UTF-8"');
 * // { type: 'text', subtype: 'html', params: { charset: 'UTF-8' } }
 */
export function parseMediaType(text) {
    const parts = splitList(text, ';', 64);
    const essence = parts[0] ?? '';
    const slash = essence.indexOf('/');
    if (slash === -1)
        return null;
    const type = readToken(essence.slice(0, slash));
    const subtype = readToken(essence.slice(slash + 1));
    if (type === null || subtype === null)
        return null;
    const params = {};
    for (let i = 1; i < parts.length; i++) {
        const param = parts[i];
        const equals = param.indexOf('=');
        if (equals === -1)
            continue;
        const name = readToken(param.slice(0, equals).trimEnd());
        const value = readParamValue(param.slice(equals + 1).trimStart());
        if (name === null || value === null)
            continue;
        if (isSafeKey(name) && !Object.hasOwn(params, name))
            params[name] = value;
    }
    return { type, subtype, params };
}
const maxQuotedLength = 1024;
/**
 * A parameter value: a token, or a quoted string with its `\` escapes removed. The quoted string
 * is checked in one pass and unescaped by one native replace, not rebuilt a character at a time.
 */
function readParamValue(raw) {
    if (!raw.startsWith('"'))
        return readToken(raw) === null ? null : raw;
    // No quoted parameter a server reads is long (a multipart boundary is at most 70 characters,
    // RFC 2046 §5.1.1): a longer one is skipped before any work is spent unescaping it.
    if (raw.length > maxQuotedLength)
        return null;
    const last = raw.length - 1;
    if (last < 1 || raw.charCodeAt(last) !== 34 /* " */)
        return null;
    let escaped = false;
    for (let i = 1; i < last; i++) {
        const code = raw.charCodeAt(i);
        if (code === 92 /* \ */) {
            // An escape may not swallow the closing quote.
            if (++i === last)
                return null;
            escaped = true;
        }
        else if (code === 34) {
            return null;
        }
    }
    const inner = raw.slice(1, last);
    return escaped ? inner.replace(/\\([^])/g, '$1') : inner;
}
/**
 * True for the JSON media types: `application/json`, `text/json` and any `application/*+json`
 * (such as `application/vnd.api+json`).
 */
export function isJsonMediaType(media) {
    if (media.subtype === 'json')
        return media.type === 'application' || media.type === 'text';
    return media.type === 'application' && media.subtype.endsWith('+json');
}
//# sourceMappingURL=media-type.js.map