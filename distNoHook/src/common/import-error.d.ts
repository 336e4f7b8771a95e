/** Where in a source file an import failed; line and column count from 1. */
export interface SourceLocation {
    readonly line: number;
    readonly column: number;
}
/**
 * `app/api/notes.mjs:3:18: SyntaxError: Unexpected token ')'`: why importing `file` failed, with
 * the place in the file when it can be found. `label` is how the file is named to the user
 * (usually relative to the project root).
 */
export declare function describeImportError(file: string, error: unknown, label?: string): string;
/**
 * Node reports a failed import in three ways: a stack frame in the file (an error thrown while
 * the module runs), a `file:line` header with a caret under the code (a missing named export),
 * or, for a syntax error, no place at all (Node 20). The last is found by parsing the file again.
 */
export declare function locateImportError(file: string, error: unknown): SourceLocation | undefined;
