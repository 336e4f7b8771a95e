/**
 * Warnings that only `uplift dev` prints, for mistakes that produce a working but puzzling
 * response rather than an error.
 */
import { type CoreRequest } from '../http/exchange.js';
import type { Logger } from '../common/logger.js';
/**
 * A browser form posted, and the handler returned nothing: the browser then shows `{}` instead of
 * a page. Post/redirect/get (return `{ location }`) is what the handler almost always meant.
 */
export declare function warnEmptyFormResult(logger: Logger, request: CoreRequest, path: string, file: string, exportName: string): void;
/**
 * A 4xx the framework answered before any handler ran (no route, a method the route lacks, a
 * refused cross-site post, a body too large or of an unknown type): the reason is in the
 * response, but a developer looking at a blank form wants it in the terminal too.
 */
export declare function warnFrameworkClientError(logger: Logger, error: unknown, requestLine: string): void;
/**
 * A custom element with no definition is sent as written, which is right when the browser
 * defines it and a typo otherwise: say so once per tag. `uplift dev` keeps one of these for the
 * whole session, so a rebuild does not repeat what was already said.
 */
export declare function createUnknownElementWarning(logger: Logger): (tag: string, page: string) => void;
