import type { ApiRequest } from '../types.js';
import type { CoreRequest } from '../http/exchange.js';
import type { RequestTarget } from './request-target.js';
/**
 * Builds the request object for one request. `raw` is the body as received (undefined when there
 * was none); `params` are the route's `$param` values, to which `proxy` is added.
 */
export declare function buildApiRequest(request: CoreRequest, target: RequestTarget, params: Readonly<Record<string, string>>, body: unknown, session: Record<string, unknown>, raw?: Buffer): ApiRequest;
/**
 * A middleware step may return a copy of the request (`{ ...req, user }`) to replace it. The copy
 * carries the Lambda source but not the prototype; this gives it back, so `req.rawPath` and the
 * rest still work in the following steps. Anything else is returned unchanged.
 */
export declare function keepArchitectFields<T extends object>(value: T): T;
