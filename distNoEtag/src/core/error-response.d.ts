import type { CoreResponse } from '../http/exchange.js';
import type { Logger } from '../common/logger.js';
/** What the error page renderer offers; ssr provides it once pages exist. */
export interface ErrorPages {
    /** The app's page for a 4xx status (pages/<status>, pages/4xx, or built in), with its head. */
    renderClientError(status: number, message: string): Promise<Uint8Array>;
    renderError(errorId: string, error: unknown): Promise<Uint8Array>;
}
export interface ErrorContext {
    readonly wantsJson: boolean;
    readonly dev: boolean;
    readonly logger: Logger;
    /** `GET /path`, for the log line. */
    readonly requestLine: string;
    /** The logged request's id, reused as the error id so the page points at the log line. */
    readonly requestId: string | undefined;
    readonly pages: ErrorPages | undefined;
}
/**
 * The one place an error becomes a response. An HttpError keeps its status and (when exposed) its
 * message. Anything else is unexpected: the client gets a generic 500 with an error id, and the
 * stack goes to the log under that id — never into the body outside dev mode (Enhance prints the
 * stack into the page in production, enhance-compat §4.5).
 */
export declare function errorToResponse(error: unknown, context: ErrorContext): Promise<CoreResponse>;
