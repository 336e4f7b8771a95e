import type { ApiRequest } from '../types.js';
import { runHandler } from '../api/run-handler.js';
import { discardBody, ignoresBody } from '../body/discard-body.js';
import { receiveBody } from '../body/parse-body.js';
import { appendHeader, headerValue, type CoreRequest, type CoreResponse } from '../http/exchange.js';
import { prefersJson } from '../http/negotiate.js';
import { buildApiRequest } from '../request/build-api-request.js';
import { parseRequestTarget, type RequestTarget } from '../request/request-target.js';
import { normalizeResult, type HandlerResult } from '../response/normalize-result.js';
import { noStore } from '../http/response-headers.js';
import { resultToResponse } from '../response/result-response.js';
import { withMarkupText } from '../ssr/render/markup-text.js';
import { checkCsrf, resolveRequestOrigin } from '../security/csrf.js';
import { HttpError } from '../common/errors.js';
import type { AppContext } from './app-context.js';
import { warnEmptyFormResult, warnFrameworkClientError } from './dev-warnings.js';
import { errorToResponse, type ErrorPages } from './error-response.js';
import { allowedMethods, findHandler, isKnownMethod } from './methods.js';
import { matchRoute, type RouteTargets } from './match-route.js';
import { pageResponse, resultPageResponse } from './page-response.js';
import { publicPrefix } from '../static/public-path.js';
import { serveStatic } from '../static/serve-static.js';
import { finishResponse } from './finish-response.js';

/**
 * What the pipeline has learnt about one request so far. The error step reads it to answer in the
 * client's format, with the app's pages once the target is known.
 */
interface RequestState {
  readonly app: AppContext;
  readonly request: CoreRequest;
  target?: RequestTarget;
  apiRequest?: ApiRequest;
}

/**
 * The request pipeline. `handle` reads top to bottom as the numbered steps of docs/ARCHITECTURE.md;
 * each step's work lives in its own module. It awaits only where a step has something to wait for
 * (a body, a session cookie, the handler, a render), so a JSON route without a body or session
 * waits for its handler alone. Every error, thrown or rejected, reaches the one `catch`, which
 * turns it into the response: the promise `handle` returns never rejects.
 */
export function createRequestHandler(app: AppContext): (request: CoreRequest) => Promise<CoreResponse> {
  const { settings } = app;
  return async function handle(request) {
    // Every field from the start: the object keeps one shape as the steps fill it in.
    const state: RequestState = { app, request, target: undefined, apiRequest: undefined };
    try {
      // 1. Method: anything outside HTTP's common set is refused before routing.
      if (!isKnownMethod(request.method)) throw new HttpError(501, `The ${request.method} method is not supported`);
      // A GET, HEAD or OPTIONS body is drained up to the limit and never parsed (body/discard-body.ts).
      if (request.body !== null && ignoresBody(request.method)) await discardBody(request, settings.bodyLimit);

      // 2. Target: a path that is safe to route on (400/414 otherwise).
      const target = parseRequestTarget(request.url, settings.maxUrlLength);
      state.target = target;

      // 2a. /_public/* is answered from public/, never routed.
      if (target.path.startsWith(publicPrefix)) return finish(request, await serveStatic(app.static, request, target.path.slice(publicPrefix.length)));

      // 3. Route: the API module and the page, the less specific of the two dropped.
      const routes = matchRoute(app.tables, target.path);
      const handler = routes.api && findHandler(routes.api.module.methods, request.method);

      // 4. No handler for this method: OPTIONS, the page alone, or 404/405.
      if (!routes.api || !handler) return finish(request, await respondWithoutHandler(state, routes));

      // 5. Cross-site form posts are refused before their body is read.
      if (settings.csrf && request.method !== 'GET' && request.method !== 'HEAD') {
        const refusal = checkCsrf({
          method: request.method,
          headers: request.headers,
          secure: request.secure === true,
          allowedOrigins: settings.csrf.allowedOrigins,
          trustProxy: settings.trustProxy,
        });
        if (refusal) throw new HttpError(403, refusal);
      }

      // 6. The request handlers see: body, query and session parsed.
      const body = request.body === null || ignoresBody(request.method) ? undefined : await receiveBody(request.headers, request.body, { limit: settings.bodyLimit });
      const session = hasSessionCookie(app, request) ? await readSession(app, request) : {};
      const apiRequest = buildApiRequest(request, target, routes.api.params, body?.value ?? {}, session, body?.raw);
      state.apiRequest = apiRequest;

      // 7. The handler or middleware chain (a sync handler's value is used as is).
      // Timed only for a Server-Timing header, which only a page response carries.
      const timed = routes.page !== undefined && settings.serverTiming;
      const started = timed ? performance.now() : 0;
      const returned = runHandler(handler, apiRequest);
      const value = isThenable(returned) ? await returned : returned;
      const apiMs = timed ? performance.now() - started : undefined;

      // 8. The result checked once and its aliases resolved. A falsy result (nothing, null, 0, '')
      // is an empty response, as in Enhance's router.
      const warn = settings.dev ? (message: string): void => app.logger.warn(message) : undefined;
      const source = { file: routes.api.module.file, exportName: handler.exportName, warn };
      if (!value && settings.dev) warnEmptyFormResult(app.logger, request, target.path, source.file, source.exportName);
      const result = normalizeResult(value || undefined, source);

      // 9. Answer: the page with the JSON as its store, JSON, or a redirect.
      const response = rendersPage(state, routes, result)
        ? await resultPageResponse(app, apiRequest, routes.page, result, apiMs)
        : resultToResponse(result, redirects(result) && wantsJson(request) ? 'json' : 'plain', source, app.settings.escape);

      // 10. The session cookie, when the handler returned a session; `vary` when a page exists.
      if (result.session) appendHeader(response.headers, 'set-cookie', await writeSession(app, request, result.session));
      if (routes.page) appendHeader(response.headers, 'vary', 'accept');
      return finish(request, response);
    } catch (error) {
      // 11. Any error becomes one response in the client's format.
      return finish(request, await errorResponse(state, error));
    }
  };
}

/**
 * 12. Finish: a weak ETag (and 304) for GET pages and JSON, then compression, which is never
 * chosen for HEAD; HEAD answers as GET would, without the body but with its length.
 */
function finish(request: CoreRequest, answer: CoreResponse): CoreResponse | Promise<CoreResponse> {
  const response = finishResponse(request, answer);
  if (response instanceof Promise) return response;
  if (request.method !== 'HEAD' || response.body === null) return response;
  const length = typeof response.body === 'string' ? Buffer.byteLength(response.body) : response.body.byteLength;
  return { ...response, headers: Object.assign({}, response.headers, { 'content-length': String(length) }), body: null };
}

/**
 * Step 4: OPTIONS gets 204 with `Allow`; GET and HEAD of a page render it with an empty store
 * (plus preflight); anything else is 404 (nothing there) or 405 (something there, not for this
 * method). Enhance renders the page with 200 for any method; a 405 tells the client the truth
 * (docs/differences.md).
 */
async function respondWithoutHandler(state: RequestState, routes: RouteTargets): Promise<CoreResponse> {
  const { app, request } = state;
  const path = state.target?.path;
  if (!routes.api && !routes.page) throw new HttpError(404, `${path} not found`);
  const allow = allowedMethods(routes);
  if (request.method === 'OPTIONS') return { status: 204, headers: { allow, 'cache-control': noStore }, body: null };
  if (!routes.page || (request.method !== 'GET' && request.method !== 'HEAD')) {
    throw new HttpError(405, `${path} does not accept ${request.method}; it accepts ${allow}`, { headers: { allow } });
  }
  const session = hasSessionCookie(app, request) ? await readSession(app, request) : {};
  const apiRequest = buildApiRequest(request, state.target as RequestTarget, {}, {}, session);
  state.apiRequest = apiRequest;
  return pageResponse(app, apiRequest, routes.page, { json: {}, status: 200, headers: {}, apiMs: undefined });
}

/** A browser's GET of a route with a page gets the page, unless the handler redirected or sent raw. */
function rendersPage(state: RequestState, routes: RouteTargets, result: HandlerResult): routes is RouteTargets & { page: NonNullable<RouteTargets['page']> } {
  const { method } = state.request;
  return routes.page !== undefined && (method === 'GET' || method === 'HEAD') && result.location === undefined &&
    result.body?.kind !== 'raw' && !wantsJson(state.request);
}

/** Only a redirect is answered differently to JSON clients, so only then is Accept consulted. */
function redirects(result: HandlerResult): boolean {
  return result.location !== undefined || (result.status !== undefined && result.status >= 300 && result.status < 400);
}

function wantsJson(request: CoreRequest): boolean {
  return prefersJson(headerValue(request.headers, 'accept'), headerValue(request.headers, 'content-type'));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value instanceof Promise || (typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function');
}

/** Most requests carry no session cookie, and skip decryption entirely. */
function hasSessionCookie(app: AppContext, request: CoreRequest): boolean {
  return headerValue(request.headers, 'cookie')?.includes(app.sessions.cookieName) === true;
}

function readSession(app: AppContext, request: CoreRequest): Promise<Record<string, unknown>> {
  return app.sessions.read(headerValue(request.headers, 'cookie') as string);
}

function writeSession(app: AppContext, request: CoreRequest, session: Record<string, unknown>): Promise<string> {
  const { secure } = resolveRequestOrigin({ headers: request.headers, secure: request.secure === true, trustProxy: app.settings.trustProxy });
  // A markup value in the session is kept as its markup: a token would outlive its meaning.
  return app.sessions.write(withMarkupText(session, app.settings.escape), { secure });
}

function errorResponse(state: RequestState, error: unknown): Promise<CoreResponse> {
  const { app, request, target } = state;
  const requestLine = `${request.method} ${target?.path ?? request.url.slice(0, 200)}`;
  // Before the request object exists, no handler has run: a 4xx now is the framework's own.
  if (app.settings.dev && state.apiRequest === undefined) warnFrameworkClientError(app.logger, error, requestLine);
  return errorToResponse(error, {
    wantsJson: wantsJson(request),
    dev: app.settings.dev,
    logger: app.logger,
    requestLine,
    requestId: request.id,
    pages: target ? errorPages(state, target) : undefined,
  });
}

/** The app's 4xx and 500 pages, rendered for the request as far as the pipeline got with it. */
function errorPages(state: RequestState, target: RequestTarget): ErrorPages {
  const { app, request } = state;
  const pageRequest = (): ApiRequest => state.apiRequest ?? buildApiRequest(request, target, {}, {}, {});
  return {
    renderClientError: async (status, message) => {
      const req = pageRequest();
      return app.renderer.renderClientError({ status, message, store: await app.renderer.preflight(req), req });
    },
    renderError: (errorId, error) => app.renderer.renderError({ store: {}, req: pageRequest(), errorId, error, dev: app.settings.dev }),
  };
}
