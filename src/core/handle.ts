import type { ApiRequest } from '../types.js';
import { runHandler } from '../api/run-handler.js';
import type { MethodHandler } from '../api/load-api-module.js';
import { parseBody } from '../body/parse-body.js';
import { buildApiRequest } from '../request/build-api-request.js';
import { parseRequestTarget, type RequestTarget } from '../request/request-target.js';
import { normalizeResult, type HandlerResult, type ResultSource } from '../response/normalize-result.js';
import { htmlType, noStore, resultToResponse } from '../response/result-response.js';
import { checkCsrf, resolveRequestOrigin } from '../security/csrf.js';
import type { AppContext } from './app-context.js';
import { errorToResponse, type ErrorPages } from './error-response.js';
import { HttpError } from './errors.js';
import { headerValue, type CoreRequest, type CoreResponse } from './exchange.js';
import { matchRoute, type RouteTargets } from './match-route.js';
import { prefersJson } from './negotiate.js';
import { formatServerTiming } from './server-timing.js';

const allMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Per-request state the error path needs to answer well. */
interface Exchange {
  readonly request: CoreRequest;
  /** Whether the client prefers JSON; computed on first use (an API-only route never asks). */
  json?: boolean;
  target?: RequestTarget;
  apiRequest?: ApiRequest;
  /** How long the API handler took, measured only when a page may be rendered from its result. */
  apiMs?: number;
}

function wantsJson(exchange: Exchange): boolean {
  exchange.json ??= prefersJson(headerValue(exchange.request.headers, 'accept'), headerValue(exchange.request.headers, 'content-type'));
  return exchange.json;
}

/**
 * The request pipeline, in the order of spec §0. Each step lives in its own module; this function
 * only sequences them and is the one place (with the adapter's last-resort guard) that catches.
 */
export function createRequestHandler(app: AppContext): (request: CoreRequest) => Promise<CoreResponse> {
  return async function handle(request) {
    const exchange: Exchange = { request };
    let response: CoreResponse;
    try {
      response = await respond(app, exchange);
    } catch (error) {
      response = await errorToResponse(error, {
        wantsJson: wantsJson(exchange),
        dev: app.settings.dev,
        logger: app.logger,
        requestLine: `${request.method} ${exchange.target?.path ?? request.url.slice(0, 200)}`,
        pages: exchange.target ? errorPages(app, exchange) : undefined,
      });
    }
    return request.method === 'HEAD' ? withoutBody(response) : response;
  };
}

async function respond(app: AppContext, exchange: Exchange): Promise<CoreResponse> {
  const { request } = exchange;
  // 1. Method: anything outside HTTP's common set is refused before routing.
  if (!allMethods.includes(request.method)) {
    throw new HttpError(501, `The ${request.method} method is not supported`);
  }
  // 2. Target: a path that is safe to route on (400/414 otherwise).
  const target = parseRequestTarget(request.url, app.settings.maxUrlLength);
  exchange.target = target;
  // 3. Route: API module and page, the less specific dropped.
  const routes = matchRoute(app.tables, target.path);
  const handler = routes.api && findHandler(routes.api.module.methods, request.method);
  if (!routes.api || !handler) return respondWithoutHandler(app, exchange, routes);
  // 4. Cross-site form posts are refused before their body is read. (GET and HEAD are never
  // checked, so they skip building the check's input.)
  if (app.settings.csrf && request.method !== 'GET' && request.method !== 'HEAD') {
    const refusal = checkCsrf({
      method: request.method,
      headers: request.headers,
      secure: request.secure === true,
      allowedOrigins: app.settings.csrf.allowedOrigins,
      trustProxy: app.settings.trustProxy,
    });
    if (refusal) throw new HttpError(403, refusal);
  }
  // 5. The request object handlers see: body, query and session parsed.
  const body = request.body === null ? {} : await parseBody(request.headers, request.body, { limit: app.settings.bodyLimit });
  const apiRequest = createApiRequest(exchange, routes.api.params, body, await readSession(app, request));
  // 6. The handler or middleware chain, its result checked and its aliases resolved.
  const source: ResultSource = { file: routes.api.module.file, exportName: handler.exportName };
  const started = routes.page ? performance.now() : 0;
  // A falsy result (nothing, null, 0, an empty string) is an empty response, as in Enhance (spec §4.1).
  const result = normalizeResult((await runHandler(handler, apiRequest)) || undefined, source);
  if (routes.page) exchange.apiMs = performance.now() - started;
  // 7. Negotiate: JSON, redirect, or the page rendered with the JSON as its store.
  const response = rendersPage(exchange, routes, result)
    ? await renderResult(app, exchange, routes.page as NonNullable<RouteTargets['page']>, result)
    : resultToResponse(result, redirects(result) && wantsJson(exchange) ? 'json' : 'plain', source);
  // 8. The session cookie, when the handler returned a session.
  if (result.session) {
    const { secure } = resolveRequestOrigin({ headers: request.headers, secure: request.secure === true, trustProxy: app.settings.trustProxy });
    const cookie = await app.sessions.write(result.session, { secure });
    appendHeader(response.headers, 'set-cookie', cookie);
  }
  if (routes.page) appendHeader(response.headers, 'vary', 'accept');
  return response;
}

/** HEAD falls back to the GET handler (RFC 9110 §9.3.2), as every other framework does. */
function findHandler(methods: ReadonlyMap<string, MethodHandler>, method: string): MethodHandler | undefined {
  return methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
}

async function respondWithoutHandler(app: AppContext, exchange: Exchange, routes: RouteTargets): Promise<CoreResponse> {
  const { method } = exchange.request;
  if (!routes.api && !routes.page) throw new HttpError(404, `${exchange.target?.path} not found`);
  const allow = allowedMethods(routes);
  if (method === 'OPTIONS') return { status: 204, headers: { allow, 'cache-control': noStore }, body: null };
  if (routes.page && (method === 'GET' || method === 'HEAD')) {
    const apiRequest = createApiRequest(exchange, {}, {}, await readSession(app, exchange.request));
    return renderPage(app, apiRequest, routes.page, {}, 200, {}, undefined);
  }
  // Enhance renders the page with 200 for any method (spec §2.3); a 405 tells the client the truth.
  throw new HttpError(405, `${exchange.target?.path} does not accept ${method}; it accepts ${allow}`, { headers: { allow } });
}

function allowedMethods(routes: RouteTargets): string {
  const handled = routes.api?.module.methods;
  const getsPage = routes.page !== undefined || handled?.has('GET') === true;
  return allMethods
    .filter((method) => method === 'OPTIONS' || handled?.has(method) || (getsPage && (method === 'GET' || method === 'HEAD')))
    .join(', ');
}

/** Only a redirect is answered differently to JSON clients, so only then is Accept consulted. */
function redirects(result: HandlerResult): boolean {
  return result.location !== undefined || (result.status !== undefined && result.status >= 300 && result.status < 400);
}

/** A browser's GET of a route with a page gets the page, unless the handler redirected or sent raw. */
function rendersPage(exchange: Exchange, routes: RouteTargets, result: HandlerResult): boolean {
  const { method } = exchange.request;
  return routes.page !== undefined && (method === 'GET' || method === 'HEAD') && result.location === undefined &&
    result.body?.kind !== 'raw' && !wantsJson(exchange);
}

async function renderResult(
  app: AppContext,
  exchange: Exchange,
  page: NonNullable<RouteTargets['page']>,
  result: HandlerResult,
): Promise<CoreResponse> {
  const apiRequest = exchange.apiRequest as ApiRequest;
  const data = result.body?.kind === 'json' ? result.body.value : undefined;
  const status = result.status ?? 200;
  if (status === 404) {
    // Spec §13.11: the API's 404 renders the 404 page, without the API's headers.
    const store = await buildStore(app, apiRequest, data);
    return htmlDocument(404, await app.renderer.renderNotFound({ store, req: apiRequest }), {});
  }
  return renderPage(app, apiRequest, page, data, status, result.headers, exchange.apiMs);
}

async function renderPage(
  app: AppContext,
  apiRequest: ApiRequest,
  page: NonNullable<RouteTargets['page']>,
  json: unknown,
  status: number,
  headers: Record<string, string | string[]>,
  apiMs: number | undefined,
): Promise<CoreResponse> {
  const started = performance.now();
  const store = await buildStore(app, apiRequest, json);
  const storeReady = performance.now();
  const html = await app.renderer.renderPage({ page, store, status, req: apiRequest });
  const response = htmlDocument(status, html, headers);
  const timing = formatServerTiming({ api: apiMs, preflight: storeReady - started, html: performance.now() - storeReady });
  appendHeader(response.headers, 'server-timing', timing);
  return response;
}

/** Spec §4.4: preflight data shallowly merged under the API's json. */
async function buildStore(app: AppContext, apiRequest: ApiRequest, json: unknown): Promise<Record<string, unknown>> {
  const preflight = await app.renderer.preflight(apiRequest);
  return json !== null && typeof json === 'object' ? { ...preflight, ...json } : preflight;
}

function htmlDocument(status: number, html: Uint8Array, headers: Record<string, string | string[]>): CoreResponse {
  // A rendered page is never cached by default, whatever `cacheControl` said (spec §4.3, §13.10).
  const merged: Record<string, string | string[]> = { 'cache-control': noStore, ...headers, 'content-type': htmlType };
  delete merged['content-length'];
  return { status, headers: merged, body: html };
}

function createApiRequest(
  exchange: Exchange,
  params: Readonly<Record<string, string>>,
  body: unknown,
  session: Record<string, unknown>,
): ApiRequest {
  const apiRequest = buildApiRequest(exchange.request, exchange.target as RequestTarget, params, body, session);
  exchange.apiRequest = apiRequest;
  return apiRequest;
}

/** Decrypts the session only when the session cookie is there: most requests carry none. */
function readSession(app: AppContext, request: CoreRequest): Record<string, unknown> | Promise<Record<string, unknown>> {
  const cookie = headerValue(request.headers, 'cookie');
  return cookie?.includes(app.sessions.cookieName) ? app.sessions.read(cookie) : {};
}

function errorPages(app: AppContext, exchange: Exchange): ErrorPages {
  const fallbackRequest = (): ApiRequest =>
    exchange.apiRequest ?? buildApiRequest(exchange.request, exchange.target as RequestTarget, {}, {}, {});
  return {
    renderNotFound: async () => {
      const req = fallbackRequest();
      return app.renderer.renderNotFound({ store: await app.renderer.preflight(req), req });
    },
    renderError: (errorId, error) =>
      app.renderer.renderError({ store: {}, req: fallbackRequest(), errorId, error, dev: app.settings.dev }),
  };
}

function appendHeader(headers: Record<string, string | string[]>, name: string, value: string): void {
  const existing = headers[name];
  if (existing === undefined) headers[name] = value;
  else if (name === 'set-cookie') headers[name] = [...(Array.isArray(existing) ? existing : [existing]), value];
  else headers[name] = `${Array.isArray(existing) ? existing.join(', ') : existing}, ${value}`;
}

function withoutBody(response: CoreResponse): CoreResponse {
  if (response.body === null) return response;
  const length = typeof response.body === 'string' ? Buffer.byteLength(response.body) : response.body.byteLength;
  return { ...response, headers: { ...response.headers, 'content-length': String(length) }, body: null };
}
