import type { MethodHandler } from './load-api-module.js';
/**
 * Runs a handler or middleware chain (enhance-compat §2.4). Each step gets the current request and may:
 * change it in place; return a request-like object (one with a string `method`), which replaces the
 * request for the following steps; or return anything else truthy, which ends the chain as the
 * response. A chain where no step answers yields `undefined` (an empty response).
 * Steps need not be declared `async`: every result is awaited (Enhance rejects sync middleware).
 */
export declare function runHandler(handler: MethodHandler, request: Record<string, unknown>): unknown;
