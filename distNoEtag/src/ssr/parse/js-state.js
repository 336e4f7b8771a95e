/**
 * Where a hole sits inside JavaScript (a `<script>` body or an event-handler attribute), read
 * from the template's static text before it: in an expression, inside a '…' / "…" string, inside a
 * template literal, a comment or a regular expression literal. Runs on template text once per
 * call site, never on data.
 *
 * Regular expression or division after `/` is decided as Go's html/template does: after a value
 * (a name, a number, `)` or `]`) it divides, after anything else it starts a regular expression;
 * a keyword such as `return` before `/` counts as an operator.
 */
/** The JavaScript states a hole can be in. */
export const JsState = {
    expression: 0,
    doubleQuoted: 1,
    singleQuoted: 2,
    template: 3,
    lineComment: 4,
    blockComment: 5,
    regex: 6,
    regexClass: 7,
};
export function startJsScan() {
    return { state: JsState.expression, last: '', braces: [] };
}
const wordChar = /[\w$]/;
const operatorWords = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
/** Whether `/` after `last` starts a regular expression. */
function slashStartsRegex(last) {
    if (last === '')
        return true;
    if (wordChar.test(last.charAt(last.length - 1)))
        return operatorWords.has(last);
    return last !== ')' && last !== ']' && last !== '}';
}
/** Advances `scan` over static `text`. */
export function scanJs(scan, text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        switch (scan.state) {
            case JsState.doubleQuoted:
            case JsState.singleQuoted:
                if (c === '\\')
                    i++;
                else if (c === (scan.state === JsState.doubleQuoted ? '"' : "'") || c === '\n')
                    endLiteral(scan);
                break;
            case JsState.template:
                if (c === '\\')
                    i++;
                else if (c === '`')
                    endLiteral(scan);
                else if (c === '$' && text[i + 1] === '{') {
                    scan.braces.push(0);
                    scan.state = JsState.expression;
                    scan.last = '';
                    i++;
                }
                break;
            case JsState.lineComment:
                if (c === '\n')
                    scan.state = JsState.expression;
                break;
            case JsState.blockComment:
                if (c === '*' && text[i + 1] === '/') {
                    scan.state = JsState.expression;
                    i++;
                }
                break;
            case JsState.regex:
                if (c === '\\')
                    i++;
                else if (c === '[')
                    scan.state = JsState.regexClass;
                else if (c === '/')
                    endLiteral(scan);
                break;
            case JsState.regexClass:
                if (c === '\\')
                    i++;
                else if (c === ']')
                    scan.state = JsState.regex;
                break;
            default:
                i = scanExpression(scan, text, i);
        }
    }
}
function endLiteral(scan) {
    scan.state = JsState.expression;
    scan.last = ')';
}
/** One step in expression state at `i`; returns the index of the last character consumed. */
function scanExpression(scan, text, i) {
    const c = text[i];
    if (c === '"')
        scan.state = JsState.doubleQuoted;
    else if (c === "'")
        scan.state = JsState.singleQuoted;
    else if (c === '`')
        scan.state = JsState.template;
    else if (c === '/' && text[i + 1] === '/')
        scan.state = JsState.lineComment;
    else if (c === '/' && text[i + 1] === '*')
        scan.state = JsState.blockComment;
    else if (c === '/') {
        if (slashStartsRegex(scan.last))
            scan.state = JsState.regex;
        else
            scan.last = '/';
    }
    else if (wordChar.test(c)) {
        let end = i + 1;
        while (end < text.length && wordChar.test(text[end]))
            end++;
        scan.last = text.slice(i, end);
        return end - 1;
    }
    else if (c === '{' && scan.braces.length > 0) {
        scan.braces[scan.braces.length - 1]++;
        scan.last = c;
    }
    else if (c === '}' && scan.braces.length > 0 && scan.braces[scan.braces.length - 1] === 0) {
        scan.braces.pop();
        scan.state = JsState.template;
    }
    else if (c === '}' && scan.braces.length > 0) {
        scan.braces[scan.braces.length - 1]--;
        scan.last = c;
    }
    else if (c.trim() !== '')
        scan.last = c;
    return i;
}
/** After a value is written in expression position it reads as a name: `/` then divides. */
export function afterJsValue(scan) {
    if (scan.state === JsState.expression)
        scan.last = ')';
}
//# sourceMappingURL=js-state.js.map