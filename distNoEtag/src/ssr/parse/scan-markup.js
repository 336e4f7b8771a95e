import { attrNode } from './nodes.js';
import { TEXT_ONLY } from './html-rules.js';
import { decodeAttributeValue } from './decode.js';
const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isAlpha = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Tokenizes `src` into `builder`; false when it met something it leaves to htmlparser2. */
export function scanMarkup(src, builder) {
    if (src.indexOf('\0') !== -1)
        return false;
    const length = src.length;
    let i = 0;
    while (i < length) {
        const lt = src.indexOf('<', i);
        if (lt === -1 || lt + 1 >= length) {
            // The rest is text, a lone `<` included.
            builder.textEnd = length;
            break;
        }
        const c = src.charCodeAt(lt + 1);
        builder.textEnd = lt;
        if (isAlpha(c)) {
            const next = startTag(src, lt, builder);
            if (next === -2)
                return false;
            if (next === -1)
                break;
            i = next;
        }
        else if (c === 47 /* / */) {
            i = endTag(src, lt, builder);
        }
        else if (c === 33 /* ! */ || c === 63 /* ? */) {
            i = markupDeclaration(src, lt, builder);
        }
        else {
            builder.textEnd = lt + 1;
            i = lt + 1;
        }
    }
    builder.finish();
    return true;
}
/** `<name attrs…>`: returns the index after it, -1 at an unfinished tag, -2 to give up. */
function startTag(src, lt, builder) {
    const length = src.length;
    let i = lt + 1;
    let upper = false;
    while (i < length) {
        const c = src.charCodeAt(i);
        if (isSpace(c) || c === 47 || c === 62)
            break;
        // Only ASCII needs lowering usually; anything non-ASCII goes through toLowerCase as before.
        if ((c >= 65 && c <= 90) || c > 127)
            upper = true;
        i++;
    }
    const name = upper ? src.slice(lt + 1, i).toLowerCase() : src.slice(lt + 1, i);
    if (name === 'svg' || name === 'math')
        return -2;
    const attrs = [];
    let selfClosing = false;
    for (;;) {
        while (i < length && isSpace(src.charCodeAt(i)))
            i++;
        if (i >= length)
            return -1;
        const c = src.charCodeAt(i);
        if (c === 62 /* > */) {
            i++;
            break;
        }
        if (c === 47 /* / */) {
            if (src.charCodeAt(i + 1) === 62) {
                selfClosing = true;
                i += 2;
                break;
            }
            i++;
            continue;
        }
        const nameStart = i++;
        let upperName = (c >= 65 && c <= 90) || c > 127;
        while (i < length) {
            const d = src.charCodeAt(i);
            if (isSpace(d) || d === 47 || d === 62 || d === 61)
                break;
            if ((d >= 65 && d <= 90) || d > 127)
                upperName = true;
            i++;
        }
        const attrName = upperName ? src.slice(nameStart, i).toLowerCase() : src.slice(nameStart, i);
        let j = i;
        while (j < length && isSpace(src.charCodeAt(j)))
            j++;
        let value = '';
        if (src.charCodeAt(j) === 61 /* = */) {
            j++;
            while (j < length && isSpace(src.charCodeAt(j)))
                j++;
            const q = src.charCodeAt(j);
            if (q === 34 || q === 39) {
                const close = src.indexOf(q === 34 ? '"' : "'", j + 1);
                if (close === -1)
                    return -1;
                value = src.slice(j + 1, close);
                i = close + 1;
            }
            else {
                let k = j;
                while (k < length) {
                    const d = src.charCodeAt(k);
                    if (isSpace(d) || d === 62)
                        break;
                    k++;
                }
                value = src.slice(j, k);
                i = k;
            }
            if (value.indexOf('&') !== -1)
                value = decodeAttributeValue(value);
        }
        if (!attrs.some((a) => a.name === attrName))
            attrs.push(attrNode(attrName, value, null, -1));
    }
    builder.flushText();
    builder.tagStart = lt;
    builder.tagName = name;
    builder.attrs = attrs;
    if (!(builder.startTag(i, selfClosing) & TEXT_ONLY))
        return i;
    return textOnly(src, i, name, builder);
}
/** The text of a raw-text or RCDATA element, up to its end tag. */
function textOnly(src, from, name, builder) {
    let i = from;
    if (name !== 'plaintext') {
        for (;;) {
            const lt = src.indexOf('</', i);
            if (lt === -1)
                break;
            const after = src.charCodeAt(lt + 2 + name.length);
            if (src.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && (isSpace(after) || after === 47 || after === 62)) {
                builder.textEnd = lt;
                return endTag(src, lt, builder);
            }
            i = lt + 2;
        }
    }
    builder.textEnd = src.length;
    return src.length;
}
/** `</name …>`, `</>` or a bogus comment starting `</`. */
function endTag(src, lt, builder) {
    const close = src.indexOf('>', lt + 2);
    const stop = close === -1 ? src.length : close + 1;
    if (!isAlpha(src.charCodeAt(lt + 2))) {
        builder.markup(stop, 'comment');
        return stop;
    }
    let i = lt + 2;
    while (i < stop) {
        const c = src.charCodeAt(i);
        if (isSpace(c) || c === 47 || c === 62)
            break;
        i++;
    }
    builder.flushText();
    builder.pos = stop;
    builder.endTag(src.slice(lt + 2, i).toLowerCase(), src.slice(lt, stop));
    return stop;
}
/** Comments (`<!--…-->`, `<!-->`), doctype and bogus comments (`<!…>`, `<?…>`). */
function markupDeclaration(src, lt, builder) {
    let stop;
    if (src.startsWith('<!--', lt)) {
        if (src.startsWith('>', lt + 4))
            stop = lt + 5;
        else if (src.startsWith('->', lt + 4))
            stop = lt + 6;
        else {
            const end = src.indexOf('--', lt + 4);
            stop = commentEnd(src, end);
        }
        builder.markup(stop, 'comment');
        return stop;
    }
    const close = src.indexOf('>', lt + 2);
    stop = close === -1 ? src.length : close + 1;
    const doctype = src.slice(lt + 2, lt + 9).toLowerCase() === 'doctype';
    builder.markup(stop, doctype ? null : 'comment');
    return stop;
}
/** The end of a comment: the first `-->` or `--!>` from `from`, else the end of input. */
function commentEnd(src, from) {
    let i = from;
    while (i !== -1) {
        if (src.startsWith('-->', i))
            return i + 3;
        if (src.startsWith('--!>', i))
            return i + 4;
        i = src.indexOf('--', i + 1);
    }
    return src.length;
}
//# sourceMappingURL=scan-markup.js.map