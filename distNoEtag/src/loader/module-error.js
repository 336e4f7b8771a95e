import { fileURLToPath } from 'node:url';
/**
 * Finds where an `import()` failure happened, from the three shapes Node 20 and the app module
 * hook give it:
 * - `/abs/file.mjs:3:7: reason` (the hook's syntax check and the TypeScript compiler);
 * - a stack that starts `file:///abs/file.mjs:3`, the source line, and a `^^^` marker under the
 *   column (a missing named export);
 * - a stack frame `at file:///abs/file.mjs:3:7` (a module that throws while it runs);
 * - "Cannot find module … imported from /abs/file.mjs" (the importer, without a line).
 * Returns `undefined` when the error names no file (a missing package, for instance).
 */
export function locateModuleError(error) {
    if (!(error instanceof Error))
        return undefined;
    const leading = /^(\/[^\n]*?):(\d+):(\d+): /.exec(error.message);
    if (leading)
        return { file: leading[1], line: Number(leading[2]), column: Number(leading[3]) };
    // Node's own resolution errors name the importer in the message; their stacks are Node's.
    const importer = / imported from (\/\S+)$/.exec(error.message);
    if (importer)
        return { file: importer[1] };
    const stack = error.stack ?? '';
    const header = /^(file:\/\/\S+?):(\d+)\n[^\n]*\n( *)\^/.exec(stack);
    if (header)
        return { file: toPath(header[1]), line: Number(header[2]), column: header[3].length + 1 };
    const frame = /\((file:\/\/[^)\s]+?):(\d+):(\d+)\)|at (file:\/\/\S+?):(\d+):(\d+)$/m.exec(stack);
    if (frame) {
        const [url, line, column] = frame[1] !== undefined ? [frame[1], frame[2], frame[3]] : [frame[4], frame[5], frame[6]];
        return { file: toPath(url), line: Number(line), column: Number(column) };
    }
    return undefined;
}
/** The reason alone: the message without a leading `file:line:column: `. */
export function moduleErrorReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^\/[^\n]*?:\d+:\d+: /, '');
}
function toPath(url) {
    // A version query (`?uplift-dev=3`) is not part of the file's name.
    return fileURLToPath(url.replace(/\?.*$/, ''));
}
//# sourceMappingURL=module-error.js.map