import type { CoreRequest, CoreResponse } from '../http/exchange.js';
/**
 * The last step of every response: a weak ETag (and 304) for GET pages and JSON, then
 * compression. Static files pass through untouched: they carry a strong ETag and their
 * compressed copies from start-up.
 */
export declare function finishResponse(request: CoreRequest, response: CoreResponse): CoreResponse | Promise<CoreResponse>;
