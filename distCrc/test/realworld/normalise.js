/**
 * What a corpus comparison looks at, made independent of things that differ on every run or only in
 * form: the status, the headers an app relies on, and the body as parsed DOM (with CSS whitespace
 * collapsed), as parsed JSON, or as text. Session values, dates and random ids are masked.
 */
import { parse, serialize } from 'parse5';
// The headers whose value an app or a browser acts on. Enhance's `charset=utf8` is compared as the
// registered `utf-8` Uplift sends (a docs/differences.md row), so it does not hide real differences.
// `vary` is left out: Uplift adds `vary: accept` on purpose. `server-timing` is compared only where
// a case asks for it, as its metric names in order, since durations change on every request.
const comparedHeaders = ['content-type', 'location', 'cache-control', 'allow'];
/** Reads a fetch `Response` into its normalised form; `timing` keeps the Server-Timing metric names. */
export async function normaliseResponse(response, options = {}) {
    const headers = {};
    for (const name of comparedHeaders) {
        const value = response.headers.get(name);
        if (value !== null)
            headers[name] = name === 'content-type' ? value.replace(/charset=utf8\b/i, 'charset=utf-8') : value;
    }
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0)
        headers['set-cookie'] = cookies.map(maskCookie).join(' | ');
    const timing = response.headers.get('server-timing');
    if (options.timing === true)
        headers['server-timing'] = timing === null ? '' : metricNames(timing);
    const text = await response.text();
    return { status: response.status, headers, body: normaliseBody(headers['content-type'] ?? '', text) };
}
/** `a;desc="x";dur=1.2, b;dur=3` → `a;desc="x",b`: each metric's name and description, in order. */
function metricNames(serverTiming) {
    return serverTiming
        .split(',')
        .map((metric) => metric.split(';').map((part) => part.trim()).filter((part) => !/^dur=/i.test(part)).join(';'))
        .join(',');
}
function normaliseBody(contentType, text) {
    if (text === '')
        return '';
    if (/^application\/(?:[\w.+-]+\+)?json/i.test(contentType)) {
        try {
            return sortKeys(JSON.parse(text));
        }
        catch {
            return maskText(text);
        }
    }
    if (/^text\/html/i.test(contentType))
        return normaliseHtml(text);
    return maskText(text);
}
/** A cookie's name and attributes; its value and expiry date are masked. */
function maskCookie(cookie) {
    const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
    const name = pair.slice(0, Math.max(0, pair.indexOf('=')));
    const kept = attributes.map((attribute) => (/^expires=/i.test(attribute) ? 'Expires=<date>' : attribute));
    return [`${name}=<value>`, ...kept.sort()].join('; ');
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort())
            sorted[key] = sortKeys(value[key]);
        return sorted;
    }
    return typeof value === 'string' ? maskText(value) : value;
}
/**
 * The document as parse5 builds it, serialised: whitespace runs in text collapse to one space,
 * whitespace-only text disappears, and CSS loses the spaces that carry no meaning. It is split into
 * one line per tag so that a failing comparison (and a recording's git diff) shows only the lines
 * that differ; serialised text escapes `<` and `>`, so `><` only occurs between tags.
 */
export function normaliseHtml(html) {
    const document = parse(html);
    normaliseChildren(document, false);
    return maskText(serialize(document)).split(/(?<=>)(?=<)/);
}
function normaliseChildren(node, inStyle) {
    const kept = [];
    for (const child of node.childNodes) {
        if (child.nodeName === '#text' && 'value' in child) {
            const value = inStyle ? collapseCss(child.value) : child.value.replace(/\s+/g, ' ');
            if (value.trim() === '')
                continue;
            child.value = value;
        }
        if ('childNodes' in child)
            normaliseChildren(child, child.nodeName === 'style');
        if (child.nodeName === 'template')
            normaliseChildren(child.content, false);
        kept.push(child);
    }
    node.childNodes = kept;
}
/** CSS with comments kept but insignificant whitespace removed. */
function collapseCss(css) {
    return css.replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim();
}
const isoDate = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
const uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Dates and random ids (request ids, error ids) differ on every run. */
function maskText(text) {
    return text.replace(isoDate, '<date>').replace(uuid, '<uuid>');
}
//# sourceMappingURL=normalise.js.map