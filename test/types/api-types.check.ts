/**
 * Compile-only checks of the public types: `npm test` runs tsc's type check beside the tests, so a
 * wrong type here (or an `@ts-expect-error` that no longer errors) fails the suite.
 */
import { HttpError, type ApiHandler, type ApiMiddleware, type ApiRequest, type ApiResponse, type ElementFunction, type EnhanceApiFn, type HeadFunction, type RequestContext } from '../../src/index.js';

// A handler typed with its params gets typed params, plus Enhance's always-present `proxy`.
export const get: ApiHandler<{ id: string }, { note: { id: string } }> = async (req) => {
  const id: string = req.params.id;
  const proxy: string = req.params.proxy;
  // @ts-expect-error: `slug` is not a param of this route
  void req.params.slug;
  return { json: { note: { id: `${id}${proxy}` } } };
};

// The json a handler returns is checked against its declared type.
// @ts-expect-error: `note` must have an `id`
export const wrongJson: ApiHandler<{ id: string }, { note: { id: string } }> = async () => ({ json: { note: {} } });

// Every response key of the seed document type-checks.
export const post = async (req: ApiRequest): Promise<ApiResponse> => {
  const query: Record<string, string> = req.query;
  const body: unknown = req.body;
  void query;
  void body;
  return { location: '/notes', statusCode: 303, cacheControl: 'no-store', headers: { 'x-a': 'b' }, session: { user: 'ada' } };
};

// Architect's request fields, as Enhance apps read them.
export const architect: ApiHandler<{ id: string }> = async (req) => {
  const rawPath: string = req.rawPath;
  const raw: string = req.rawQueryString;
  const id: string = req.pathParameters.id;
  const query: Record<string, string> = req.queryStringParameters;
  const cookies: string[] | undefined = req.cookies;
  const context: RequestContext = req.requestContext;
  const ip: string = req.requestContext.http.sourceIp;
  const epoch: number = req.requestContext.timeEpoch;
  const version: '2.0' = req.version;
  const base64: boolean = req.isBase64Encoded;
  const rawBody: string | undefined = req.rawBody;
  // @ts-expect-error: rawBody may be missing
  const mustHave: string = req.rawBody;
  // @ts-expect-error: the version is always '2.0'
  const wrongVersion: '1.0' = req.version;
  void [rawPath, raw, id, query, cookies, context, ip, epoch, version, base64, rawBody, mustHave, wrongVersion, req.routeKey, req.resource, req.httpMethod];
  return { json: {} };
};

// @ts-expect-error: a status must be a number
export const badStatus = async (): Promise<ApiResponse> => ({ status: 'ok' });

// Middleware may return nothing, a response, or a replacement request.
const auth: ApiMiddleware = async (req) => {
  if (!req.session.user) return { status: 401, json: { error: 'sign in' } };
  return undefined;
};
export const chain: ApiMiddleware[] = [auth, async (req) => ({ ...req, user: 'ada' })];

// Enhance's names still work for existing apps.
export const legacy: EnhanceApiFn = async (req) => ({ json: { path: req.path } });

// Elements and head.
export const element: ElementFunction<{ notes: string[] }> = ({ html, state }) =>
  html`<ul>${state.store.notes.map((note) => `<li>${note}</li>`).join('')}</ul>`;
export const head: HeadFunction = ({ status }) => `<!DOCTYPE html><html><head><title>${status}</title></head>`;

export const thrown = (): never => {
  throw new HttpError(404, 'No such note');
};
