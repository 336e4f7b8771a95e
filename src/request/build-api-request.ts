import { inspect, type InspectOptions } from 'node:util';
import type { ApiRequest } from '../types.js';
import type { CoreRequest } from '../http/exchange.js';
import { parseQuery } from './parse-query.js';
import type { RequestTarget } from './request-target.js';
import {
  cookieList,
  isBase64Body,
  rawBodyString,
  requestContext,
  resource,
  routeKey,
  type LambdaSource,
} from './lambda-fields.js';

const lambdaSource: unique symbol = Symbol('uplift.lambdaSource');

/**
 * The request handlers, middleware, preflight and head receive: Architect's request, i.e. the API
 * Gateway HTTP API (payload 2.0) event with Architect's additions (`@architect/functions`
 * src/http/helpers/params.js). The seven keys most code reads are own properties, set per request;
 * the Lambda fields (`rawPath`, `requestContext`, `cookies`, …) are getters on the shared
 * prototype, computed on first read, so a request that never reads them pays nothing for them.
 */
class ArchitectRequest {
  body: unknown;
  headers: Record<string, string>;
  method: string;
  params: Record<string, string>;
  path: string;
  query: Record<string, string>;
  session: Record<string, unknown>;
  // Enumerable, so a middleware's `{ ...req, user }` copies it and keeps the Lambda fields.
  [lambdaSource]: LambdaSource;

  constructor(source: LambdaSource, params: Record<string, string>, body: unknown, session: Record<string, unknown>) {
    this.body = body;
    this.headers = flattenHeaders(source.request.headers);
    this.method = source.request.method;
    this.params = params;
    this.path = source.target.path;
    this.query = parseQuery(source.target.search);
    this.session = session;
    this[lambdaSource] = source;
  }
}

/** An own, writable value: what assigning to any request key gives, as on a plain object. */
function own(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Fields computed once from the request, then kept as own properties (so mutations stick). */
const computed: Record<string, (source: LambdaSource) => unknown> = {
  version: () => '2.0',
  routeKey: () => routeKey,
  resource: () => resource,
  rawPath: (source) => source.target.path,
  rawQueryString: (source) => source.target.search,
  httpMethod: (source) => source.request.method,
  cookies: (source) => cookieList(source.request),
  requestContext,
  isBase64Encoded: isBase64Body,
  rawBody: rawBodyString,
};

/** Architect's second names for the same objects: `pathParameters` is `params`, and so on. */
const aliases: Record<string, 'params' | 'query'> = {
  pathParameters: 'params',
  queryStringParameters: 'query',
};

for (const [key, compute] of Object.entries(computed)) {
  Object.defineProperty(ArchitectRequest.prototype, key, {
    get(this: ArchitectRequest) {
      const value = compute(this[lambdaSource]);
      own(this, key, value);
      return value;
    },
    set(this: ArchitectRequest, value: unknown) {
      own(this, key, value);
    },
    enumerable: false,
    configurable: true,
  });
}
for (const [key, target] of Object.entries(aliases)) {
  Object.defineProperty(ArchitectRequest.prototype, key, {
    get(this: ArchitectRequest) {
      return this[target];
    },
    set(this: ArchitectRequest, value: unknown) {
      own(this, key, value);
    },
    enumerable: false,
    configurable: true,
  });
}

/**
 * What `console.log(req)` shows: every field with its value, as Enhance's request prints, rather
 * than the internals the Lambda fields are computed from. Looking computes them (and keeps them),
 * so a logged `requestId` is the one the handler reads afterwards.
 */
Object.defineProperty(ArchitectRequest.prototype, inspect.custom, {
  value(this: ArchitectRequest, _depth: number, options: InspectOptions, show: typeof inspect): string {
    const fields = this as unknown as Record<string, unknown>;
    const view: Record<string, unknown> = {};
    for (const key of [...Object.keys(this), ...Object.keys(computed), ...Object.keys(aliases)]) view[key] = fields[key];
    return show(view, options);
  },
});

/**
 * Builds the request object for one request. `raw` is the body as received (undefined when there
 * was none); `params` are the route's `$param` values, to which `proxy` is added.
 */
export function buildApiRequest(
  request: CoreRequest,
  target: RequestTarget,
  params: Readonly<Record<string, string>>,
  body: unknown,
  session: Record<string, unknown>,
  raw?: Buffer,
): ApiRequest {
  const source: LambdaSource = { request, target, raw };
  // `proxy` (the decoded path without its leading slash) is present on every request, as
  // Enhance's catch-all route gives it. Object.assign, not a spread: see docs/ARCHITECTURE.md,
  // "Copying objects on the request path".
  const allParams: Record<string, string> = Object.assign({}, params);
  allParams.proxy = target.decodedPath.slice(1);
  return new ArchitectRequest(source, allParams, body, session) as unknown as ApiRequest;
}

/**
 * A middleware step may return a copy of the request (`{ ...req, user }`) to replace it. The copy
 * carries the Lambda source but not the prototype; this gives it back, so `req.rawPath` and the
 * rest still work in the following steps. Anything else is returned unchanged.
 */
export function keepArchitectFields<T extends object>(value: T): T {
  // Only a plain copy: an object of the app's own class keeps its prototype.
  if (lambdaSource in value && Object.getPrototypeOf(value) === Object.prototype && Object.isExtensible(value)) {
    Object.setPrototypeOf(value, ArchitectRequest.prototype);
  }
  return value;
}

/** Node already joins repeated request headers; only an adapter's array values need joining here. */
function flattenHeaders(headers: CoreRequest['headers']): Record<string, string> {
  for (const name in headers) {
    if (typeof headers[name] !== 'string') return copyFlattened(headers);
  }
  return headers as Record<string, string>;
}

function copyFlattened(headers: CoreRequest['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
