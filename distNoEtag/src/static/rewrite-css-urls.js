/**
 * Rewrites every `url(…)` in a style sheet through `rewrite`, quoted or not (CSS Syntax Level 3
 * §4.3.6 url tokens and `url("…")` functions). A single forward scan: each character is looked at
 * a bounded number of times, so hostile CSS costs linear time. Comments and other strings are
 * skipped, so `/* url(/_public/a.css) *\/` and `content: "url(x)"` stay as written.
 */
export function rewriteCssUrls(css, rewrite) {
    let out = '';
    let copied = 0;
    let i = 0;
    const length = css.length;
    while (i < length) {
        const c = css.charCodeAt(i);
        if (c === 47 /* / */ && css.charCodeAt(i + 1) === 42 /* * */) {
            const end = css.indexOf('*/', i + 2);
            i = end === -1 ? length : end + 2;
        }
        else if (c === 34 /* " */ || c === 39 /* ' */) {
            i = stringEnd(css, i);
        }
        else if ((c | 32) === 117 /* u */ && css.slice(i, i + 4).toLowerCase() === 'url(' && !isNameChar(css.charCodeAt(i - 1))) {
            let start = i + 4;
            while (isSpace(css.charCodeAt(start)))
                start++;
            const quote = css.charCodeAt(start);
            const quoted = quote === 34 || quote === 39;
            const valueStart = quoted ? start + 1 : start;
            const valueEnd = quoted ? stringEnd(css, start) - 1 : indexOrEnd(css, ')', start);
            const url = css.slice(valueStart, valueEnd);
            const next = rewrite(url);
            if (next !== url) {
                out += css.slice(copied, valueStart) + next;
                copied = valueEnd;
            }
            // Past the closing quote, so it is not taken for the start of another string.
            i = Math.max(quoted ? valueEnd + 1 : valueEnd, i + 4);
        }
        else {
            i++;
        }
    }
    return copied === 0 ? css : out + css.slice(copied);
}
/** The index after the string starting at `start` (its closing quote, or the end of input). */
function stringEnd(css, start) {
    const quote = css.charCodeAt(start);
    let i = start + 1;
    while (i < css.length) {
        const c = css.charCodeAt(i);
        if (c === 92 /* \ */)
            i += 2;
        else if (c === quote || c === 10)
            return i + 1;
        else
            i++;
    }
    return css.length;
}
function indexOrEnd(css, char, from) {
    const at = css.indexOf(char, from);
    return at === -1 ? css.length : at;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}
/** `url(` preceded by a name character is part of another name (`myurl(`). */
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c > 127;
}
//# sourceMappingURL=rewrite-css-urls.js.map