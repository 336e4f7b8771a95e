import { keepArchitectFields } from '../request/build-api-request.js';
/**
 * Runs a handler or middleware chain (enhance-compat §2.4). Each step gets the current request and may:
 * change it in place; return a request-like object (one with a string `method`), which replaces the
 * request for the following steps; or return anything else truthy, which ends the chain as the
 * response. A chain where no step answers yields `undefined` (an empty response).
 * Steps need not be declared `async`: every result is awaited (Enhance rejects sync middleware).
 */
export function runHandler(handler, request) {
    // A single handler's own promise is returned as is: one fewer promise per request.
    return handler.steps.length === 1 ? handler.steps[0](request) : runChain(handler.steps, request);
}
async function runChain(steps, request) {
    let current = request;
    for (const step of steps) {
        const result = await step(current);
        if (!result)
            continue;
        if (isRequestLike(result)) {
            current = keepArchitectFields(result);
            continue;
        }
        return result;
    }
    return undefined;
}
function isRequestLike(value) {
    return typeof value === 'object' && typeof value.method === 'string';
}
//# sourceMappingURL=run-handler.js.map