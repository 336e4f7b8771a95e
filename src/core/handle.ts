import type { ApiRequest } from '../types.js';
import { runHandler } from '../api/run-handler.js';
import type { MethodHandler } from '../api/load-api-module.js';
import { noBody, receiveBody, type ReceivedBody } from '../body/parse-body.js';
import { buildApiRequest } from '../request/build-api-request.js';
import { parseRequestTarget, type RequestTarget } from '../request/request-target.js';
import { normalizeResult, type HandlerResult, type ResultSource } from '../response/normalize-result.js';
import { noStore, resultToResponse } from '../response/result-response.js';
import { checkCsrf, resolveRequestOrigin } from '../security/csrf.js';
import type { AppContext } from './app-context.js';
import { errorToResponse, type ErrorPages } from './error-response.js';
import { HttpError } from '../shared/errors.js';
import { appendHeader, headerValue, type CoreRequest, type CoreResponse } from '../http/exchange.js';
import { matchRoute, type RouteTargets } from './match-route.js';
import { prefersJson } from './negotiate.js';
import { renderPage, renderResult, type PageRoute } from './page-response.js';

const allMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Per-request state the error path needs to answer well. */
interface Exchange {
  readonly app: AppContext;
  readonly request: CoreRequest;
  /** Whether the client prefers JSON; computed on first use (an API-only route never asks). */
  json?: boolean;
  target?: RequestTarget;
  apiRequest?: ApiRequest;
  /** How long the API handler took, measured only when a page may be rendered from its result. */
  apiMs?: number;
}

/** A route with the API module and handler the request runs. */
type HandledRoute = RouteTargets & { readonly api: NonNullable<RouteTargets['api']> };

/**
 * A step's outcome: the response, or a promise of it that never rejects (made by `after`, or by
 * `answerError`). Steps that need nothing asynchronous answer at once, so a JSON route waits only
 * for its handler.
 */
type Answer = CoreResponse | Promise<CoreResponse>;

function wantsJson(exchange: Exchange): boolean {
  exchange.json ??= prefersJson(headerValue(exchange.request.headers, 'accept'), headerValue(exchange.request.headers, 'content-type'));
  return exchange.json;
}

/**
 * The request pipeline, in the order of spec §0. Each step lives in its own module; this file
 * only sequences them, and turns whatever they throw or reject with into the error response.
 */
export function createRequestHandler(app: AppContext): (request: CoreRequest) => Promise<CoreResponse> {
  return function handle(request) {
    const exchange: Exchange = { app, request };
    let answer: Answer;
    try {
      answer = respond(exchange);
    } catch (error) {
      answer = answerError(exchange, error);
    }
    if (request.method === 'HEAD') return Promise.resolve(answer).then(withoutBody);
    return answer instanceof Promise ? answer : Promise.resolve(answer);
  };
}

/**
 * `next(value)` once `pending` settles. A rejection, or a throw in `next`, becomes the error
 * response, so the promise stays one that never rejects as long as `next` keeps that rule too.
 */
function after<T>(exchange: Exchange, pending: PromiseLike<T>, next: (value: T) => Answer): Promise<CoreResponse> {
  return Promise.resolve(pending).then(
    (value) => {
      try {
        return next(value);
      } catch (error) {
        return answerError(exchange, error);
      }
    },
    (error: unknown) => answerError(exchange, error),
  );
}

/** `pending`, with a rejection answered as the error response. */
function guarded(exchange: Exchange, pending: Promise<CoreResponse>): Promise<CoreResponse> {
  return pending.then(undefined, (error: unknown) => answerError(exchange, error));
}

function answerError(exchange: Exchange, error: unknown): Promise<CoreResponse> {
  const { app, request } = exchange;
  return errorToResponse(error, {
    wantsJson: wantsJson(exchange),
    dev: app.settings.dev,
    logger: app.logger,
    requestLine: `${request.method} ${exchange.target?.path ?? request.url.slice(0, 200)}`,
    pages: exchange.target ? errorPages(exchange) : undefined,
  });
}

function respond(exchange: Exchange): Answer {
  const { app, request } = exchange;
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
  if (!routes.api || !handler) return respondWithoutHandler(exchange, routes);
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
  const route = routes as HandledRoute;
  if (request.body === null) return withSession(exchange, route, handler, noBody());
  const body = receiveBody(request.headers, request.body, { limit: app.settings.bodyLimit });
  return after(exchange, body, (parsed) => withSession(exchange, route, handler, parsed));
}

function withSession(exchange: Exchange, routes: HandledRoute, handler: MethodHandler, body: ReceivedBody): Answer {
  const session = readSession(exchange.app, exchange.request);
  if (session instanceof Promise) return after(exchange, session, (value) => callHandler(exchange, routes, handler, body, value));
  return callHandler(exchange, routes, handler, body, session);
}

function callHandler(exchange: Exchange, routes: HandledRoute, handler: MethodHandler, body: ReceivedBody, session: Record<string, unknown>): Answer {
  const apiRequest = createApiRequest(exchange, routes.api.params, body.value, session, body.raw);
  // 6. The handler or middleware chain, its result checked and its aliases resolved.
  const source: ResultSource = { file: routes.api.module.file, exportName: handler.exportName };
  const started = routes.page ? performance.now() : 0;
  const finish = (value: unknown): Answer => {
    // A falsy result (nothing, null, 0, an empty string) is an empty response, as in Enhance (spec §4.1).
    const result = normalizeResult(value || undefined, source);
    if (routes.page) exchange.apiMs = performance.now() - started;
    return answerResult(exchange, routes, result, source);
  };
  const value = runHandler(handler, apiRequest);
  return isThenable(value) ? after(exchange, value, finish) : finish(value);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value instanceof Promise || (typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function');
}

function answerResult(exchange: Exchange, routes: HandledRoute, result: HandlerResult, source: ResultSource): Answer {
  // 7. Negotiate: JSON, redirect, or the page rendered with the JSON as its store.
  if (rendersPage(exchange, routes, result)) {
    const page = renderResult(exchange.app, exchange.apiRequest as ApiRequest, routes.page as PageRoute, result, exchange.apiMs);
    return after(exchange, page, (response) => withSessionCookie(exchange, routes, result, response));
  }
  const mode = redirects(result) && wantsJson(exchange) ? 'json' : 'plain';
  return withSessionCookie(exchange, routes, result, resultToResponse(result, mode, source));
}

/** 8. The session cookie, when the handler returned a session; then `vary` for routes with a page. */
function withSessionCookie(exchange: Exchange, routes: RouteTargets, result: HandlerResult, response: CoreResponse): Answer {
  if (!result.session) return withVary(routes, response);
  const { request, app } = exchange;
  const { secure } = resolveRequestOrigin({ headers: request.headers, secure: request.secure === true, trustProxy: app.settings.trustProxy });
  return after(exchange, app.sessions.write(result.session, { secure }), (cookie) => {
    appendHeader(response.headers, 'set-cookie', cookie);
    return withVary(routes, response);
  });
}

function withVary(routes: RouteTargets, response: CoreResponse): CoreResponse {
  if (routes.page) appendHeader(response.headers, 'vary', 'accept');
  return response;
}

/** HEAD falls back to the GET handler (RFC 9110 §9.3.2), as every other framework does. */
function findHandler(methods: ReadonlyMap<string, MethodHandler>, method: string): MethodHandler | undefined {
  return methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
}

function respondWithoutHandler(exchange: Exchange, routes: RouteTargets): Answer {
  const { app, request } = exchange;
  const { method } = request;
  if (!routes.api && !routes.page) throw new HttpError(404, `${exchange.target?.path} not found`);
  const allow = allowedMethods(routes);
  if (method === 'OPTIONS') return { status: 204, headers: { allow, 'cache-control': noStore }, body: null };
  const page = routes.page;
  if (page && (method === 'GET' || method === 'HEAD')) {
    const render = (session: Record<string, unknown>): Answer =>
      guarded(exchange, renderPage(app, createApiRequest(exchange, {}, {}, session), page, {}, 200, {}, undefined));
    const session = readSession(app, request);
    return session instanceof Promise ? after(exchange, session, render) : render(session);
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

function createApiRequest(
  exchange: Exchange,
  params: Readonly<Record<string, string>>,
  body: unknown,
  session: Record<string, unknown>,
  raw?: Buffer,
): ApiRequest {
  const apiRequest = buildApiRequest(exchange.request, exchange.target as RequestTarget, params, body, session, raw);
  exchange.apiRequest = apiRequest;
  return apiRequest;
}

/** Decrypts the session only when the session cookie is there: most requests carry none. */
function readSession(app: AppContext, request: CoreRequest): Record<string, unknown> | Promise<Record<string, unknown>> {
  const cookie = headerValue(request.headers, 'cookie');
  return cookie?.includes(app.sessions.cookieName) ? app.sessions.read(cookie) : {};
}

function errorPages(exchange: Exchange): ErrorPages {
  const { app } = exchange;
  const fallbackRequest = (): ApiRequest =>
    exchange.apiRequest ?? buildApiRequest(exchange.request, exchange.target as RequestTarget, {}, {}, {});
  return {
    renderNotFound: async (message) => {
      const req = fallbackRequest();
      return app.renderer.renderNotFound({ store: await app.renderer.preflight(req), req, message });
    },
    renderError: (errorId, error) =>
      app.renderer.renderError({ store: {}, req: fallbackRequest(), errorId, error, dev: app.settings.dev }),
  };
}

function withoutBody(response: CoreResponse): CoreResponse {
  if (response.body === null) return response;
  const length = typeof response.body === 'string' ? Buffer.byteLength(response.body) : response.body.byteLength;
  return { ...response, headers: { ...response.headers, 'content-length': String(length) }, body: null };
}
