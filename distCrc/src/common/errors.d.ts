/**
 * Two kinds of error travel through Uplift:
 * - `HttpError`: an expected failure with a status a client may see (a handler's 404, a parser's 400).
 * - `UpliftError`: something the framework detected in the app itself (a route conflict, a bad
 *   handler result). Each has a stable code listed with its fix in docs/errors.md.
 * Anything else is unexpected and becomes a generic 500 with an error id (see core/error-response.ts).
 */
export interface HttpErrorOptions {
    /** The underlying error, kept for the log. */
    cause?: unknown;
    /**
     * Whether `message` may be shown to the client. Defaults to true below 500 and false from 500 up,
     * so a handler that throws `new HttpError(503, dbUrl)` does not leak the URL.
     */
    expose?: boolean;
    /** Extra response headers, e.g. `Allow` on a 405. */
    headers?: Record<string, string>;
}
/**
 * An error with an HTTP status. Throw it from a handler or middleware to answer with that status.
 *
 * @example
 * import { HttpError } from 'uplift-html';
 * export async function get({ params }) {
 *   const note = await db.find(params.id);
 *   if (!note) throw new HttpError(404, `No note ${params.id}`);
 *   return { json: { note } };
 * }
 */
export declare class HttpError extends Error {
    readonly status: number;
    readonly expose: boolean;
    readonly headers: Record<string, string>;
    constructor(status: number, message?: string, options?: HttpErrorOptions);
}
/** The codes of framework-detected errors. Each is documented in docs/errors.md. */
export type UpliftErrorCode = 'UPLIFT_ROUTE_CONFLICT' | 'UPLIFT_ROUTE_NAME' | 'UPLIFT_MODULE_LOAD' | 'UPLIFT_MODULE_EXPORT' | 'UPLIFT_HANDLER_RESULT' | 'UPLIFT_ELEMENT_NAME' | 'UPLIFT_ELEMENT_EXPORT' | 'UPLIFT_ELEMENT_TEMPLATE' | 'UPLIFT_APP_NOT_FOUND' | 'UPLIFT_CONFIG' | 'UPLIFT_SESSION_SECRET' | 'UPLIFT_SESSION_TOO_LARGE' | 'UPLIFT_HEADER_VALUE' | 'UPLIFT_RENDER' | 'UPLIFT_USAGE' | 'UPLIFT_LISTEN' | 'UPLIFT_NEW_TARGET' | 'UPLIFT_BROWSER_BUNDLE';
/**
 * An error in the app's code or layout that Uplift detected. The message names the file, what is
 * wrong and the fix; `code` is stable so tests and docs can refer to it.
 */
export declare class UpliftError extends Error {
    readonly code: UpliftErrorCode;
    constructor(code: UpliftErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
