/** A response body chosen by one of the body keys. */
export type ResultBody = {
    readonly kind: 'json';
    readonly value: unknown;
} | {
    readonly kind: 'raw';
    readonly type: string;
    readonly data: string | Uint8Array;
};
/** A handler's result with aliases resolved and every value checked: the one shape the pipeline uses. */
export interface HandlerResult {
    /** The status the handler asked for, if any (`status` > `code` > `statusCode`). */
    readonly status: number | undefined;
    readonly location: string | undefined;
    /** Lower-case names; values free of CR/LF. */
    readonly headers: Record<string, string | string[]>;
    readonly cacheControl: string | undefined;
    readonly session: Record<string, unknown> | undefined;
    readonly body: ResultBody | undefined;
    /** `cors: true`: allow any origin (Enhance's opt-in). */
    readonly cors: boolean;
}
/** Where a result came from, so a bad one can be reported precisely. */
export interface ResultSource {
    readonly file: string;
    readonly exportName: string;
    /** Told about headers the result set that Uplift drops (development only). */
    readonly warn?: (message: string) => void;
}
/** Returned when a handler returns nothing: an empty JSON object, as in Enhance (enhance-compat §4.1). */
export declare const emptyResult: HandlerResult;
/**
 * Checks a handler's return value and resolves Enhance's aliases in this one place, so
 * nothing downstream guesses at `status || code || statusCode` or header case. A shape that makes
 * no sense is an UpliftError naming the file, the export and the expected shape.
 */
export declare function normalizeResult(value: unknown, source: ResultSource): HandlerResult;
