/**
 * Throws a SyntaxError whose message starts with `file:line:column: ` when `source` is not a valid
 * ES module. Node 20 reports a dynamic import's syntax error with no file and no line, so the hook
 * checks the app's own modules first to say where the mistake is.
 */
export declare function checkModuleSyntax(source: string, filename: string): void;
