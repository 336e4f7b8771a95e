import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
/**
 * `app/api/notes.mjs:3:18: SyntaxError: Unexpected token ')'`: why importing `file` failed, with
 * the place in the file when it can be found. `label` is how the file is named to the user
 * (usually relative to the project root).
 */
export function describeImportError(file, error, label = file) {
    const location = locateImportError(file, error);
    const where = location === undefined ? label : `${label}:${location.line}:${location.column}`;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `${where}: ${reason}`;
}
/**
 * Node reports a failed import in three ways: a stack frame in the file (an error thrown while
 * the module runs), a `file:line` header with a caret under the code (a missing named export),
 * or, for a syntax error, no place at all (Node 20). The last is found by parsing the file again.
 */
export function locateImportError(file, error) {
    if (!(error instanceof Error))
        return undefined;
    const url = pathToFileURL(file).href;
    const stack = error.stack ?? '';
    const frame = stack.split('\n').find((line) => line.includes(`${url}:`) && /^\s+at /.test(line));
    const framed = frame === undefined ? undefined : /:(\d+):(\d+)\)?\s*$/.exec(frame);
    if (framed)
        return { line: Number(framed[1]), column: Number(framed[2]) };
    if (stack.startsWith(`${url}:`)) {
        const [header = '', , caret = ''] = stack.split('\n', 3);
        const line = Number(header.slice(url.length + 1));
        const column = caret.indexOf('^') + 1;
        if (Number.isInteger(line) && line > 0)
            return { line, column: Math.max(column, 1) };
    }
    if (error.name === 'SyntaxError')
        return parseLocation(file);
    return undefined;
}
function parseLocation(file) {
    let source;
    try {
        source = readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    }
    catch (parseError) {
        const loc = parseError.loc;
        if (loc)
            return { line: loc.line, column: loc.column + 1 };
    }
    return undefined;
}
//# sourceMappingURL=import-error.js.map