/**
 * The contexts of Go's html/template and Closure's strict templates, one row per attack or
 * boundary: a template (`{}` marks each hole, every hole gets the same value), the value, and a
 * piece of the output the escaper must produce.
 */
export interface ContextCase {
    readonly context: string;
    readonly template: string;
    readonly value: unknown;
    readonly expect: string;
}
export declare const contextCases: readonly ContextCase[];
