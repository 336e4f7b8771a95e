/**
 * Where a hole sits inside CSS (a `<style>` body or a `style` attribute), read from the
 * template's static text before it: in a value, inside a "…" or '…' string, or in a comment.
 * Runs on template text once per call site, never on data.
 */
export const CssState = { value: 0, doubleQuoted: 1, singleQuoted: 2, comment: 3 };
/** The state after static CSS `text`, starting in `state`. */
export function scanCss(state, text) {
    let current = state;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (current === CssState.comment) {
            if (c === '*' && text[i + 1] === '/') {
                current = CssState.value;
                i++;
            }
        }
        else if (current === CssState.doubleQuoted || current === CssState.singleQuoted) {
            if (c === '\\')
                i++;
            else if (c === (current === CssState.doubleQuoted ? '"' : "'") || c === '\n')
                current = CssState.value;
        }
        else if (c === '"')
            current = CssState.doubleQuoted;
        else if (c === "'")
            current = CssState.singleQuoted;
        else if (c === '/' && text[i + 1] === '*') {
            current = CssState.comment;
            i++;
        }
    }
    return current;
}
//# sourceMappingURL=css-state.js.map