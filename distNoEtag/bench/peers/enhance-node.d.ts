import type { RequestListener, ServerResponse } from 'node:http';
import { type HttpApiEvent } from './http-api-event.js';
/** What an HTTP API (payload v2) Lambda may resolve to. */
export interface HttpApiResult {
    readonly statusCode?: number;
    readonly headers?: Readonly<Record<string, string | number | boolean>>;
    readonly multiValueHeaders?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
    readonly cookies?: readonly string[];
    readonly body?: string;
    readonly isBase64Encoded?: boolean;
}
/** An HTTP API Lambda handler, as `createRouter` returns it. */
export type HttpApiHandler = (event: HttpApiEvent, context: object) => Promise<HttpApiResult>;
/**
 * Import Enhance's router for the app folder `appDir` (the one holding api/, pages/, elements/).
 * Sets what Sandbox sets (enhance-compat §9, §9.5) first, unless already set: the router reads `ARC_ENV`
 * when its modules load, and sessions need a provider and a secret.
 */
export declare function loadEnhanceHandler(appDir: string): Promise<HttpApiHandler>;
/** A node:http listener serving the Enhance app in `appDir` through `loadEnhanceHandler`. */
export declare function createEnhanceListener(appDir: string): Promise<RequestListener>;
/** Send a Lambda result as the HTTP response: status, headers, `cookies` as `set-cookie`, decoded body. */
export declare function writeHttpApiResult(res: ServerResponse, result: HttpApiResult): void;
