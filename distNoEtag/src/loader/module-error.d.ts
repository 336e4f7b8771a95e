/** Where an import failed: an absolute file path, and 1-based line and column when known. */
export interface ModuleErrorLocation {
    readonly file: string;
    readonly line?: number;
    readonly column?: number;
}
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
export declare function locateModuleError(error: unknown): ModuleErrorLocation | undefined;
/** The reason alone: the message without a leading `file:line:column: `. */
export declare function moduleErrorReason(error: unknown): string;
