import { htmlType, noStore } from '../http/response-headers.js';
import { appendHeader } from '../http/exchange.js';
import { formatServerTiming } from './server-timing.js';
/**
 * The page for a handler's result (enhance-compat §4.1): the JSON becomes the store, the status and headers
 * apply, except that an API 404 renders the 404 page without the API's headers (enhance-compat §13 item 11).
 */
export async function resultPageResponse(app, apiRequest, page, result, apiMs) {
    const data = result.body?.kind === 'json' ? result.body.value : undefined;
    const status = result.status ?? 200;
    if (status === 404) {
        const store = await buildStore(app, apiRequest, data);
        return htmlDocument(404, await app.renderer.renderNotFound({ store, req: apiRequest }), {});
    }
    // The handler's headers and cacheControl apply to the page (Enhance keeps them only for
    // middleware arrays, though its docs promise them for every handler).
    const headers = result.cacheControl === undefined ? result.headers : { ...result.headers, 'cache-control': result.cacheControl };
    return pageResponse(app, apiRequest, page, { json: data, status, headers, apiMs });
}
/** A rendered page, with its Server-Timing under Enhance's metric names in dev or when turned on (enhance-compat §4.3, §13.3). */
export async function pageResponse(app, apiRequest, page, inputs) {
    const { json, status, headers, apiMs } = inputs;
    const started = performance.now();
    const store = await buildStore(app, apiRequest, json);
    const storeReady = performance.now();
    const html = await app.renderer.renderPage({ page, store, status, req: apiRequest });
    const response = htmlDocument(status, html, headers);
    if (app.settings.serverTiming) {
        const timing = formatServerTiming({
            preflight: app.renderer.hasPreflight ? storeReady - started : undefined,
            api: apiMs,
            // Enhance loads its element registry per request; Uplift's is built at start-up, so the
            // phase costs nothing here. The metric stays so Enhance's four columns line up.
            elements: 0,
            html: performance.now() - storeReady,
        });
        appendHeader(response.headers, 'server-timing', timing);
    }
    return response;
}
/** Spec §4.4: preflight data shallowly merged under the API's json. */
async function buildStore(app, apiRequest, json) {
    const preflight = await app.renderer.preflight(apiRequest);
    return json !== null && typeof json === 'object' ? { ...preflight, ...json } : preflight;
}
function htmlDocument(status, html, headers) {
    // A rendered page is never cached unless the handler set a Cache-Control.
    const merged = { 'cache-control': noStore, ...headers, 'content-type': htmlType };
    delete merged['content-length'];
    return { status, headers: merged, body: html };
}
//# sourceMappingURL=page-response.js.map