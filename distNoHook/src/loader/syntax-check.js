import { parse } from 'acorn';
/**
 * Throws a SyntaxError whose message starts with `file:line:column: ` when `source` is not a valid
 * ES module. Node 20 reports a dynamic import's syntax error with no file and no line, so the hook
 * checks the app's own modules first to say where the mistake is.
 */
export function checkModuleSyntax(source, filename) {
    try {
        parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    }
    catch (error) {
        const { loc, pos } = error;
        if (loc === undefined || pos === undefined)
            throw error;
        // acorn appends " (line:column)" to its message; the location leads instead.
        const reason = error.message.replace(/ \(\d+:\d+\)$/, '');
        throw new SyntaxError(`${filename}:${loc.line}:${loc.column + 1}: ${reason === 'Unexpected token' ? unexpected(source, pos) : reason}`);
    }
}
/** Node's wording for the token acorn stopped at: `Unexpected token ')'`, or the end of input. */
function unexpected(source, pos) {
    const token = /^(?:[\w$]+|\S)/.exec(source.slice(pos, pos + 200))?.[0];
    return token === undefined ? 'Unexpected end of input' : `Unexpected token '${token}'`;
}
//# sourceMappingURL=syntax-check.js.map