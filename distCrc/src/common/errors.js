import { statusText } from '../http/status-text.js';
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
export class HttpError extends Error {
    status;
    expose;
    headers;
    constructor(status, message, options = {}) {
        super(message ?? statusText(status), options.cause === undefined ? undefined : { cause: options.cause });
        if (!Number.isInteger(status) || status < 400 || status > 599) {
            throw new RangeError(`HttpError status must be an integer from 400 to 599, got ${String(status)}`);
        }
        this.name = 'HttpError';
        this.status = status;
        this.expose = options.expose ?? status < 500;
        this.headers = options.headers ?? {};
    }
}
/**
 * An error in the app's code or layout that Uplift detected. The message names the file, what is
 * wrong and the fix; `code` is stable so tests and docs can refer to it.
 */
export class UpliftError extends Error {
    code;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UpliftError';
        this.code = code;
    }
}
//# sourceMappingURL=errors.js.map