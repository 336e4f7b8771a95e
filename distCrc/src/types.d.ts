/**
 * Every type a user's `app/api/*.ts`, `app/elements/*.mjs`, `app/head.mjs` or
 * `app/preflight.mjs` touches. Names follow Enhance where Enhance has one (see the aliases at the
 * end), so existing apps type-check unchanged.
 */
/** A JSON-compatible value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | {
    [key: string]: JsonValue;
};
/** Session data: whatever the app stored, decoded from the session cookie. */
export type SessionData = Record<string, unknown>;
/** A file from a `multipart/form-data` body. */
export interface UploadedFile {
    /** The file name the client sent (untrusted: never use it as a path). */
    readonly filename: string;
    /** The part's declared content type. */
    readonly type: string;
    /** Size in bytes. */
    readonly size: number;
    /** The file's bytes. */
    readonly data: Buffer;
}
/**
 * What an API handler receives.
 *
 * @example
 * import type { ApiRequest } from 'uplift-html';
 * export async function get(req: ApiRequest<{ id: string }>) {
 *   return { json: { id: req.params.id } };
 * }
 */
export interface ApiRequest<Params extends Record<string, string> = Record<string, string>, Body = Record<string, unknown>, Session extends SessionData = SessionData> {
    /**
     * The parsed body: JSON, urlencoded or multipart fields (repeated keys become arrays, files are
     * `UploadedFile`s), a string for `text/*`. `{}` when the request has no body.
     */
    body: Body;
    /** Request headers with lower-case names. Repeated headers are joined with `, `. */
    headers: Record<string, string>;
    /** Upper-case method: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD` or `OPTIONS`. */
    method: string;
    /**
     * `$param` segments as sent (still percent-encoded, as Enhance passes them), plus `proxy`: the
     * whole path, decoded, without its leading slash (what a `$$` catch-all matched is at its end).
     */
    params: Params & {
        proxy: string;
    };
    /** The root-relative path of the request, still percent-encoded, without the query. */
    path: string;
    /** Query parameters, decoded. A repeated key's values are joined with `,` (as in Enhance). */
    query: Record<string, string>;
    /** The session read from the session cookie; `{}` when there is none or it is invalid. */
    session: Session;
    /** The path as sent, still percent-encoded (the same as `path`). */
    rawPath: string;
    /** The query string as sent, without its `?`; `''` when there is none. */
    rawQueryString: string;
    /** The same object as `params`. */
    pathParameters: Params & {
        proxy: string;
    };
    /** The same object as `query`. */
    queryStringParameters: Record<string, string>;
    /** Each cookie of the `cookie` header as `name=value`; undefined when there is none. */
    cookies: string[] | undefined;
    /** Who sent the request, when, and how. */
    requestContext: RequestContext;
    /** Always `ANY /{proxy+}`: Enhance's catch-all route. */
    routeKey: string;
    /** Always `/{proxy+}`. */
    resource: string;
    /** The event format: always `2.0`. */
    version: '2.0';
    /** The same as `method`. */
    httpMethod: string;
    /** Whether `rawBody` is base64: true for a body of any type but JSON. */
    isBase64Encoded: boolean;
    /** The body as received: the text for JSON types, base64 for the rest; undefined without a body. */
    rawBody: string | undefined;
    /** Middleware may attach anything else. */
    [key: string]: unknown;
}
/** `requestContext` of an API Gateway HTTP API event, with the fields that exist outside AWS. */
export interface RequestContext {
    /** The Host header. */
    domainName: string;
    /** The Host header up to its first dot. */
    domainPrefix: string;
    http: {
        method: string;
        /** The path, as `rawPath`. */
        path: string;
        /** e.g. `HTTP/1.1`. */
        protocol: string;
        /** The address of the connection's other end (a proxy, if there is one in front). */
        sourceIp: string;
        userAgent: string;
    };
    /** A random id, different for each request. */
    requestId: string;
    routeKey: string;
    /** Always `$default`. */
    stage: string;
    /**
     * The time, as API Gateway writes it: `02/Dec/2026:14:23:34 +0000`. Taken when `requestContext`
     * is first read (reading the clock for every request would cost every request).
     */
    time: string;
    /** The same time, in milliseconds since the epoch. */
    timeEpoch: number;
}
/** The keys that choose a response body; at most one may be present. */
interface BodyKeys {
    /** Sent as `application/json`; for a page request, becomes `state.store`. */
    json?: unknown;
    html?: string;
    text?: string;
    css?: string;
    js?: string;
    xml?: string;
    /** A raw body; give its type with `type` or `headers['content-type']`. */
    body?: string | Uint8Array;
    /** The content type of `body`. */
    type?: string;
}
/**
 * What an API handler returns. Every key is optional; return nothing for an empty `{}`.
 *
 * @example
 * export async function post(req) {
 *   await save(req.body);
 *   return { location: '/notes', session: { ...req.session, flash: 'Saved' } };
 * }
 */
export interface ApiResponse<Json = unknown, Session extends SessionData = SessionData> extends Omit<BodyKeys, 'json'> {
    json?: Json;
    /** Redirect target; the status defaults to 302. */
    location?: string;
    /** The HTTP status (aliases `code` and `statusCode`; `status` wins, then `code`). */
    status?: number;
    code?: number;
    statusCode?: number;
    /**
     * Sets `cache-control`, on the rendered page too. Without it: `no-cache, no-store,
     * must-revalidate, max-age=0, s-maxage=0` for HTML, JSON and redirects; `max-age=86400` for
     * every other type (Architect's defaults).
     */
    cacheControl?: string;
    /** Extra response headers, on the rendered page too. */
    headers?: Record<string, string | string[]>;
    /** Replaces the whole session; `{}` clears it. */
    session?: Session;
    /** `true` adds `access-control-allow-origin: *`. */
    cors?: boolean;
}
/** An async API handler: `export async function get(req) { … }`. */
export type ApiHandler<Params extends Record<string, string> = Record<string, string>, Json = unknown, Body = Record<string, unknown>> = (request: ApiRequest<Params, Body>) => Promise<ApiResponse<Json> | void | undefined>;
/**
 * One step of a middleware array: `export const get = [auth, load]`. It may change `request`,
 * return a new request object (one with a `method`) to replace it, or return a response to end the
 * chain.
 */
export type ApiMiddleware<Params extends Record<string, string> = Record<string, string>> = (request: ApiRequest<Params>) => Promise<ApiResponse | ApiRequest<Params> | void | undefined>;
/** What a route module exports. `destroy` answers DELETE. */
export interface ApiModule {
    get?: ApiHandler | ApiMiddleware[];
    post?: ApiHandler | ApiMiddleware[];
    put?: ApiHandler | ApiMiddleware[];
    patch?: ApiHandler | ApiMiddleware[];
    destroy?: ApiHandler | ApiMiddleware[];
    head?: ApiHandler | ApiMiddleware[];
    options?: ApiHandler | ApiMiddleware[];
}
/** The `state` an element function receives. */
export interface ElementState<Store = Record<string, unknown>, Attrs = Record<string, unknown>> {
    /** The element's attributes: strings, or objects and arrays a parent passed through `html`. */
    attrs: Attrs;
    /** The page's store: preflight data merged with the API's `json`. */
    store: Store;
    /** A fresh id for each rendered instance. */
    instanceID: string;
    /** Values a parent element set for its descendants. */
    context: Record<string, unknown>;
}
/** The `html` tagged template an element uses to return markup. */
export type HtmlTag = (strings: TemplateStringsArray, ...values: unknown[]) => string;
/**
 * A server-rendered element: the default export of `app/elements/my-el.mjs`.
 *
 * @example
 * export default function MyGreeting({ html, state }) {
 *   return html`<p>Hello ${state.attrs.name}</p>`;
 * }
 */
export type ElementFunction<Store = Record<string, unknown>> = (args: {
    html: HtmlTag;
    state: ElementState<Store>;
}) => string;
/** `app/head.mjs`: returns the document's opening markup up to and including `</head>`. */
export type HeadFunction = (args: {
    req: ApiRequest;
    status: number;
    error: false | string;
    store: Record<string, unknown>;
}) => string;
/** `app/preflight.mjs`: returns data merged (shallowly) under the API's `json` into the store. */
export type PreflightFunction = (args: {
    req: ApiRequest;
}) => Record<string, unknown> | Promise<Record<string, unknown>>;
export type EnhanceApiReq = ApiRequest;
export type EnhanceApiRes = ApiResponse;
export type EnhanceApiFn = ApiHandler;
export type EnhanceElemFn = ElementFunction;
export type EnhanceHeadFn = HeadFunction;
export type EnhancePreflightFn = PreflightFunction;
export type EnhanceHtmlFn = HtmlTag;
export {};
