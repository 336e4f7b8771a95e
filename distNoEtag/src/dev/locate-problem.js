import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parse } from 'acorn';
// Every start-up error names its file first or inside the sentence; the first one is the place.
const fileInMessage = /((?:\/|app\/)[^\s:"'`]*?\.(?:mjs|js|mts|ts|html))(?::(\d+):(\d+))?/;
const exportName = /export "([A-Za-z_$][\w$]*)"|must (export default)/;
/**
 * Finds the file, line and column a start-up error is about, for the dev error page: the
 * `file:line:column` an import error leads with; else the declaration of the export the message
 * names (`export "get"`, "must export default"); else the file's first line (a route conflict
 * or a bad file name is about the file as a whole).
 */
export async function locateProblem(error, root) {
    const message = error instanceof Error ? error.message : String(error);
    const found = fileInMessage.exec(message);
    if (!found)
        return undefined;
    const shown = found[1];
    const file = isAbsolute(shown) ? shown : join(root, shown);
    const relative = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : shown;
    if (found[2] !== undefined)
        return { file: relative, line: Number(found[2]), column: Number(found[3]) };
    const wanted = exportName.exec(message);
    const declaration = wanted ? await findExport(file, wanted[1] ?? 'default') : undefined;
    return { file: relative, line: declaration?.line ?? 1, column: declaration?.column ?? 1 };
}
/** The position of `export … name` (or `export default`) in a JavaScript module, if it parses. */
async function findExport(file, name) {
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined || /\.m?ts$/.test(file))
        return undefined;
    let program;
    try {
        program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    }
    catch {
        return undefined;
    }
    const statement = program.body.find((node) => exportsName(node, name));
    return statement?.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : undefined;
}
function exportsName(node, name) {
    if (name === 'default')
        return node.type === 'ExportDefaultDeclaration';
    if (node.type !== 'ExportNamedDeclaration')
        return false;
    const named = node;
    const declared = named.declaration?.id?.name ?? named.declaration?.declarations?.map((d) => d.id.name);
    return [declared].flat().includes(name) || named.specifiers.some((specifier) => specifier.exported.name === name);
}
//# sourceMappingURL=locate-problem.js.map