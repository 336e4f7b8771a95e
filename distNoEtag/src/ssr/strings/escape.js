/**
 * One escaper per context a value can land in (the contexts of Go's html/template and Closure's
 * strict templates). Each takes data as a string and returns text that, placed in its context,
 * reads back as that data and cannot end the context or open a new one. Every function is one
 * linear pass (a character class with `replace`, or a plain loop); none looks for words in data
 * except where noted (URL schemes, CSS functions), and those look at a bounded prefix or use
 * `indexOf`.
 */
const htmlEntities = {
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
 * A one-pass escaper: `test` says whether a value needs any escape, `escapeOf` gives the escape
 * of one code unit (or undefined to keep it). A look-up per code unit and one slice per escape,
 * so a 1 MB value made only of specials costs one loop, not one regex callback per character.
 */
function codeUnitEscaper(test, escapeOf) {
    return (value) => {
        if (!test.test(value))
            return value;
        const parts = [];
        let from = 0;
        for (let i = 0; i < value.length; i++) {
            const escaped = escapeOf(value.charCodeAt(i));
            if (escaped === undefined)
                continue;
            if (from < i)
                parts.push(value.slice(from, i));
            parts.push(escaped);
            from = i + 1;
        }
        parts.push(value.slice(from));
        return parts.join('');
    };
}
/** An escaper writing the HTML entity of each character of `specials` (ASCII and the token characters). */
function entityEscaper(specials) {
    const table = new Map();
    for (const c of specials)
        table.set(c.charCodeAt(0), htmlEntities[c]);
    const ascii = Array.from({ length: 128 }, (_, code) => table.get(code));
    const test = new RegExp(`[${specials.replace(/[\]\\^-]/g, '\\$&')}]`);
    return codeUnitEscaper(test, (code) => (code < 128 ? ascii[code] : table.get(code)));
}
/** Markup-significant characters anywhere: a string without them reads the same in any HTML context. */
const special = /[&<>"']/;
/** True when the string holds a character that is markup-significant somewhere. */
export function hasSpecialCharacter(value) {
    return special.test(value);
}
// The private-use characters that mark markup tokens (markup/tokens.ts) are escaped too, so
// data never carries one into markup.
/** Element content and RCDATA (`<title>`, `<textarea>`): `&`, `<`, `>` as entities. */
export const escapeText = entityEscaper('&<>\uE000\uE001');
/**
 * An attribute value. Uplift writes every attribute hole inside double quotes, so quotes, `&`
 * and the angle brackets are enough; the backtick is escaped for old IE's quote handling.
 */
export const escapeAttribute = entityEscaper('&<>"\'`\uE000\uE001');
/**
 * Text inside `<!-- … -->`: the parser does not decode entities there, so entities only make
 * `-->`, `--!>` and `<!--` impossible; the value shows as written in the source.
 */
export const escapeComment = entityEscaper('&<>!-\uE000\uE001');
/**
 * JavaScript string and template-literal content: everything that could end the literal, start a
 * `${…}` substitution, end the `<script>` element (`</script`), start `<!--` (script data escaped
 * state) or break a line becomes a `\uXXXX` escape. Valid in '…', "…" and `…` alike.
 */
const jsStringSpecials = /[\\'"`$<>&/\r\n\u2028\u2029\uE000\uE001\x00-\x1f]/;
const jsUnicode = (code) => '\\u' + code.toString(16).padStart(4, '0');
/** The escape of every special code unit below 128, precomputed: a 1 MB value of them is 1M look-ups. */
const asciiJsEscapes = Array.from({ length: 128 }, (_, code) => jsStringSpecials.test(String.fromCharCode(code)) ? jsUnicode(code) : undefined);
export const escapeJsString = codeUnitEscaper(jsStringSpecials, (code) => code < 128 ? asciiJsEscapes[code] : code === 0x2028 || code === 0x2029 || code === 0xe000 || code === 0xe001 ? jsUnicode(code) : undefined);
const jsonUnsafe = /[<>&\u2028\u2029\uE000\uE001]/g;
/** A number as JavaScript writes it, so `go(${id})` keeps `go(5)` for the string '5'. */
const numberLiteral = /^-?(?:0|[1-9]\d{0,20})(?:\.\d{1,20})?$/;
/**
 * A value in JavaScript expression position (`const data = ${json}`, `onclick="go(${id})"`).
 * Text that is valid JSON is a JavaScript value and nothing more (JSON is a subset of JavaScript
 * since ES2019), so it is kept, with `< > &` and the line separators as `\uXXXX` (the same value
 * inside strings; outside them they cannot occur in JSON). Anything else becomes a string literal.
 */
export function escapeJsValue(value) {
    if (numberLiteral.test(value))
        return value;
    return isJson(value) ? value.replace(jsonUnsafe, (c) => jsUnicode(c.charCodeAt(0))) : '"' + escapeJsString(value) + '"';
}
function isJson(value) {
    const first = value.trimStart().charCodeAt(0);
    // Only structured JSON is kept as is: a bare word like `true` or `null` is not worth the parse.
    if (first !== 123 /* { */ && first !== 91 /* [ */ && first !== 34 /* " */)
        return false;
    try {
        JSON.parse(value);
        return true;
    }
    catch {
        return false;
    }
}
/** A value inside `<script type="application/json">` (or ld+json, importmap): JSON kept, inert. */
export function escapeJsonScript(value) {
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
export function escapeCssValue(value) {
    return cssBreaking.test(value) || cssFunctions.test(value) || !balancedParentheses(value) ? refusedCss : value;
}
function balancedParentheses(value) {
    let depth = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 40)
            depth++;
        else if (c === 41 && --depth < 0)
            return false;
    }
    return depth === 0;
}
const cssStringSpecials = /[\\'"<>&\r\n\f\uE000\uE001\x00-\x1f]/g;
/** Text inside a CSS string: hex escapes (`\3c `), valid in strings and identifiers alike. */
export function escapeCssString(value) {
    return value.replace(cssStringSpecials, (c) => '\\' + c.charCodeAt(0).toString(16) + ' ');
}
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]{0,127}$/;
/**
 * Data where an attribute name goes (`<input ${flag}>`): only one bare attribute name is
 * allowed (`disabled`, `checked`); anything else (`onload=…`, `x y`) is dropped.
 */
export function filterAttributeName(value) {
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
export function isDangerousUrl(url) {
    let i = 0;
    while (i < url.length && url.charCodeAt(i) <= 32)
        i++;
    let head = '';
    for (; i < url.length && head.length < 40; i++) {
        const c = url.charCodeAt(i);
        if (c !== 9 && c !== 10 && c !== 13)
            head += url[i];
    }
    head = head.toLowerCase();
    if (head.startsWith('javascript:') || head.startsWith('vbscript:'))
        return true;
    return head.startsWith('data:') && !imageData.test(head);
}
//# sourceMappingURL=escape.js.map