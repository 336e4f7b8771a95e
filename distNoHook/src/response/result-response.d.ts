import type { CoreResponse } from '../http/exchange.js';
import type { HandlerResult, ResultSource } from './normalize-result.js';
/**
 * How a handler's result reaches the client:
 * - `json`: the client asked for JSON, so it gets the data and never a redirect. A `location` is
 *   dropped, as in Enhance (enhance-compat §4.1 row 1), and a 3xx status becomes 200 because a redirect
 *   without a Location header is broken (Enhance sends one; docs/differences.md).
 * - `plain`: everything else that is not a page render: redirects, and JSON for routes with no page.
 */
export type ResultMode = 'json' | 'plain';
/** Turns a checked handler result into a response (the page render is ssr's job, not this one). */
export declare function resultToResponse(result: HandlerResult, mode: ResultMode, source: ResultSource): CoreResponse;
/** JSON.stringify with a message that names the handler when the data cannot be serialised. */
export declare function stringifyJson(value: unknown, source: ResultSource): string;
