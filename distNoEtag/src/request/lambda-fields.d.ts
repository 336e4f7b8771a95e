import { type CoreRequest } from '../http/exchange.js';
import type { RequestContext } from '../types.js';
import type { RequestTarget } from './request-target.js';
/**
 * What the API Gateway (HTTP API, payload 2.0) fields of a request are computed from. Kept behind
 * one symbol-keyed property, so `{ ...req }` copies it along with the request's own keys.
 */
export interface LambdaSource {
    readonly request: CoreRequest;
    readonly target: RequestTarget;
    /** The body's bytes as received; undefined when the request had none. */
    readonly raw: Buffer | undefined;
}
/** Enhance's single catch-all route, as API Gateway names it for the Lambda behind `any /*`. */
export declare const routeKey = "ANY /{proxy+}";
export declare const resource = "/{proxy+}";
/** The `cookie` header as API Gateway passes it: one `name=value` string per cookie, or undefined. */
export declare function cookieList(request: CoreRequest): string[] | undefined;
/**
 * API Gateway sends JSON bodies (`application/json`, `application/*+json`) as text and every other
 * body base64-encoded; `rawBody` and `isBase64Encoded` follow the same rule.
 */
export declare function isBase64Body(source: LambdaSource): boolean;
/** The body string an API Gateway event would carry: the text for JSON, base64 for the rest. */
export declare function rawBodyString(source: LambdaSource): string | undefined;
/** `requestContext`, with the fields API Gateway fills in that make sense outside AWS. */
export declare function requestContext(source: LambdaSource): RequestContext;
/** API Gateway's `requestContext.time` format, in UTC: `02/Dec/2026:14:23:34 +0000`. */
export declare function gatewayTime(date: Date): string;
