import type { ApiRequest } from '../types.js';
import type { HandlerResult } from '../response/normalize-result.js';
import { htmlType, noStore } from '../http/response-headers.js';
import type { AppContext } from './app-context.js';
import { appendHeader, type CoreResponse } from '../http/exchange.js';
import type { RouteTargets } from './match-route.js';
import { formatServerTiming } from './server-timing.js';

/** A page route, as the router found it. */
export type PageRoute = NonNullable<RouteTargets['page']>;

/**
 * The page for a handler's result (enhance-compat §4.1): the JSON becomes the store, the status and headers
 * apply, except that an API 404 renders the 404 page without the API's headers (enhance-compat §13 item 11).
 */
export async function resultPageResponse(
  app: AppContext,
  apiRequest: ApiRequest,
  page: PageRoute,
  result: HandlerResult,
  apiMs: number | undefined,
): Promise<CoreResponse> {
  const data = result.body?.kind === 'json' ? result.body.value : undefined;
  const status = result.status ?? 200;
  if (status === 404) {
    const store = await buildStore(app, apiRequest, data);
    return htmlDocument(404, await app.renderer.renderNotFound({ store, req: apiRequest }), {});
  }
  // The handler's headers and cacheControl apply to the page (Enhance keeps them only for
  // middleware arrays, though its docs promise them for every handler).
  const headers = result.cacheControl === undefined ? result.headers : Object.assign({}, result.headers, { 'cache-control': result.cacheControl });
  return pageResponse(app, apiRequest, page, { json: data, status, headers, apiMs });
}

/** What a page is rendered with: the handler's JSON (the store), status and headers, and its time. */
export interface PageInputs {
  readonly json: unknown;
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  /** How long the API handler took, when one ran. */
  readonly apiMs: number | undefined;
}

/** A rendered page, with its Server-Timing under Enhance's metric names in dev or when turned on (enhance-compat §4.3, §13.3). */
export async function pageResponse(app: AppContext, apiRequest: ApiRequest, page: PageRoute, inputs: PageInputs): Promise<CoreResponse> {
  const { json, status, headers, apiMs } = inputs;
  const timed = app.settings.serverTiming;
  const started = timed ? performance.now() : 0;
  const store = await buildStore(app, apiRequest, json);
  const storeReady = timed ? performance.now() : 0;
  const html = await app.renderer.renderPage({ page, store, status, req: apiRequest });
  const response = htmlDocument(status, html, headers);
  if (timed) {
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

/**
 * The store: preflight data shallowly merged under the API's json (enhance-compat §4.4). Merged
 * with Object.assign rather than `{ ...preflight, ...json }`, which costs about a microsecond per
 * page on Node 20 (docs/ARCHITECTURE.md, "Copying objects on the request path").
 */
async function buildStore(app: AppContext, apiRequest: ApiRequest, json: unknown): Promise<Record<string, unknown>> {
  const preflight = await app.renderer.preflight(apiRequest);
  return json !== null && typeof json === 'object' ? Object.assign({}, preflight, json) : preflight;
}

function htmlDocument(status: number, html: Uint8Array, headers: Record<string, string | string[]>): CoreResponse {
  // A rendered page is never cached unless the handler set a Cache-Control. Object.assign, not a
  // spread (docs/ARCHITECTURE.md, "Copying objects on the request path"); a `delete` only when there
  // is something to delete, since it turns the object into a slower dictionary.
  const merged: Record<string, string | string[]> = Object.assign({ 'cache-control': noStore }, headers);
  merged['content-type'] = htmlType;
  if (merged['content-length'] !== undefined) delete merged['content-length'];
  return { status, headers: merged, body: html };
}
