/** Where a start-up error points: a file relative to the project, with its line and column (from 1). */
export interface ProblemLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
}
/**
 * Finds the file, line and column a start-up error is about, for the dev error page: the
 * `file:line:column` an import error leads with; else the declaration of the export the message
 * names (`export "get"`, "must export default"); else the file's first line (a route conflict
 * or a bad file name is about the file as a whole).
 */
export declare function locateProblem(error: unknown, root: string): Promise<ProblemLocation | undefined>;
