import type { ApiRequest } from '../types.js';
import type { HandlerResult } from '../response/normalize-result.js';
import type { AppContext } from './app-context.js';
import { type CoreResponse } from '../http/exchange.js';
import type { RouteTargets } from './match-route.js';
/** A page route, as the router found it. */
export type PageRoute = NonNullable<RouteTargets['page']>;
/**
 * The page for a handler's result (enhance-compat §4.1): the JSON becomes the store, the status and headers
 * apply, except that an API 404 renders the 404 page without the API's headers (enhance-compat §13 item 11).
 */
export declare function resultPageResponse(app: AppContext, apiRequest: ApiRequest, page: PageRoute, result: HandlerResult, apiMs: number | undefined): Promise<CoreResponse>;
/** What a page is rendered with: the handler's JSON (the store), status and headers, and its time. */
export interface PageInputs {
    readonly json: unknown;
    readonly status: number;
    readonly headers: Record<string, string | string[]>;
    /** How long the API handler took, when one ran. */
    readonly apiMs: number | undefined;
}
/** A rendered page, with its Server-Timing under Enhance's metric names in dev or when turned on (enhance-compat §4.3, §13.3). */
export declare function pageResponse(app: AppContext, apiRequest: ApiRequest, page: PageRoute, inputs: PageInputs): Promise<CoreResponse>;
