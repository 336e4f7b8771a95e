import { decodeAttributeValue } from './decode.js';
import { JsState, afterJsValue, scanJs, startJsScan } from './js-state.js';
import { CssState, scanCss } from './css-state.js';
import { escapeAttribute, escapeComment, escapeCssString, escapeCssValue, escapeJsString, escapeJsValue, escapeJsonScript, escapeText, filterAttributeName, isDangerousUrl, refusedUrl, } from '../strings/escape.js';
export const SinkKind = {
    text: 0,
    rcdata: 1,
    comment: 2,
    attribute: 3,
    url: 4,
    srcdoc: 5,
    jsValue: 6,
    jsString: 7,
    json: 8,
    cssValue: 9,
    cssString: 10,
    attributeName: 11,
};
function sink(kind, inAttribute = false, urlBefore = null, urlAfter = '') {
    return { kind, inAttribute, urlBefore, urlAfter };
}
export const textSink = sink(SinkKind.text);
export const rcdataSink = sink(SinkKind.rcdata);
const commentSink = sink(SinkKind.comment);
const attributeSink = sink(SinkKind.attribute, true);
export const attributeNameSink = sink(SinkKind.attributeName);
/** Attributes whose value is a URL (HTML, SVG and legacy ones a browser still loads). */
const urlAttributes = new Set('href src action formaction cite data poster background codebase longdesc manifest ping usemap icon xlink:href lowsrc dynsrc classid archive'.split(' '));
/** `<script type>` values whose content is JSON. */
const jsonTypes = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);
/** `<script type>` values whose content runs as JavaScript. */
const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
/** The sink of every hole of a parsed template (by hole index). */
export function holeSinks(nodes, count) {
    const sinks = Array.from({ length: count }, () => textSink);
    walk(nodes, sinks);
    return sinks;
}
function walk(nodes, sinks) {
    for (const node of nodes) {
        if (typeof node === 'string')
            continue;
        if (node.type === 'hole')
            sinks[node.index] = node.context === 'comment' ? commentSink : node.context === 'rcdata' ? rcdataSink : textSink;
        else {
            for (const attr of node.attrs)
                attributeSinks(attr, sinks);
            if (node.tag === 'script')
                scriptSinks(node, sinks);
            else if (node.tag === 'style')
                styleSinks(node.children, sinks);
            else
                walk(node.children, sinks);
        }
    }
}
function attributeSinks(attr, sinks) {
    if (attr.spread >= 0) {
        sinks[attr.spread] = attributeNameSink;
        return;
    }
    const parts = attr.parts;
    if (parts === null)
        return;
    const name = attr.name;
    if (name.startsWith('on'))
        jsSinks(parts.map((part) => (typeof part === 'string' ? decodeAttributeValue(part) : part)), startJsScan(), true, sinks);
    else if (name === 'style')
        cssSinks(parts.map((part) => (typeof part === 'string' ? decodeAttributeValue(part) : part)), true, sinks);
    else if (urlAttributes.has(name))
        urlSinks(parts, sinks);
    else {
        const kind = name === 'srcdoc' ? sink(SinkKind.srcdoc, true) : attributeSink;
        for (const part of parts)
            if (typeof part === 'number')
                sinks[part] = kind;
    }
}
/**
 * A URL attribute: holes while the scheme is still open (no `:`, `/`, `?` or `#` in the static
 * text before them) are checked for a dangerous scheme; later ones are plain attribute values.
 */
function urlSinks(parts, sinks) {
    let schemeOpen = true;
    let before = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (typeof part === 'string') {
            const text = decodeAttributeValue(part);
            if (/[:/?#]/.test(text))
                schemeOpen = false;
            if (before !== null)
                before += text;
            continue;
        }
        if (!schemeOpen) {
            sinks[part] = attributeSink;
            continue;
        }
        const next = parts[i + 1];
        sinks[part] = sink(SinkKind.url, true, before, typeof next === 'string' ? decodeAttributeValue(next) : '');
        before = null;
    }
}
function scriptSinks(script, sinks) {
    const typeAttr = script.attrs.find((attr) => attr.name === 'type');
    const type = typeAttr === undefined ? '' : typeAttr.value.trim().toLowerCase();
    if (jsTypes.has(type)) {
        jsSinks(script.children.map((child) => (typeof child === 'string' ? child : child.index)), startJsScan(), false, sinks);
        return;
    }
    // JSON scripts and data blocks (text/template …) never run their text as script.
    const kind = jsonTypes.has(type) ? sink(SinkKind.json) : rcdataSink;
    for (const child of script.children)
        if (typeof child !== 'string' && child.type === 'hole')
            sinks[child.index] = kind;
}
function jsSinks(parts, scan, inAttribute, sinks) {
    for (const part of parts) {
        if (typeof part === 'string') {
            scanJs(scan, part);
            continue;
        }
        // Strings, template literals, comments and regular expressions all take the `\u` escapes:
        // they keep a string's value and are inert in a comment or a regex.
        const kind = scan.state === JsState.expression ? SinkKind.jsValue : SinkKind.jsString;
        sinks[part] = sink(kind, inAttribute);
        afterJsValue(scan);
    }
}
function styleSinks(children, sinks) {
    cssSinks(children.map((child) => (typeof child === 'string' ? child : child.index)), false, sinks);
}
function cssSinks(parts, inAttribute, sinks) {
    let state = CssState.value;
    for (const part of parts) {
        if (typeof part === 'string')
            state = scanCss(state, part);
        else {
            const quoted = state === CssState.doubleQuoted || state === CssState.singleQuoted;
            sinks[part] = sink(quoted ? SinkKind.cssString : SinkKind.cssValue, inAttribute);
        }
    }
}
/** `value` (data) escaped for `sink`. */
export function escapeForSink(target, value) {
    const escaped = escapeInContext(target, value);
    return target.inAttribute && target.kind !== SinkKind.attribute && target.kind !== SinkKind.url && target.kind !== SinkKind.srcdoc
        ? escapeAttribute(escaped)
        : escaped;
}
function escapeInContext(target, value) {
    switch (target.kind) {
        case SinkKind.text:
        case SinkKind.rcdata:
            return escapeText(value);
        case SinkKind.comment:
            return escapeComment(value);
        case SinkKind.attribute:
            return escapeAttribute(value);
        case SinkKind.url:
            return escapeAttribute(filterUrl(target, value));
        case SinkKind.srcdoc:
            return escapeAttribute(escapeText(value));
        case SinkKind.jsValue:
            return escapeJsValue(value);
        case SinkKind.jsString:
            return escapeJsString(value);
        case SinkKind.json:
            return escapeJsonScript(value);
        case SinkKind.cssValue:
            return escapeCssValue(value);
        case SinkKind.cssString:
            return escapeCssString(value);
        default:
            return filterAttributeName(value);
    }
}
/**
 * A value where the URL's scheme is still open. The first such hole is checked with the static
 * text around it; a later one (`${a}${b}`) must not bring a `:` of its own or be followed by one,
 * since the scheme would then be made of several values.
 */
function filterUrl(target, value) {
    if (target.urlBefore === null) {
        return opensScheme(value) || opensScheme(target.urlAfter) ? refusedUrl : value;
    }
    return isDangerousUrl(target.urlBefore + value + target.urlAfter) ? refusedUrl : value;
}
/** Whether a `:` comes before any `/`, `?` or `#` in `text`. */
function opensScheme(text) {
    const first = text.search(/[:/?#]/);
    return first !== -1 && text.charCodeAt(first) === 58;
}
//# sourceMappingURL=hole-sinks.js.map