/**
 * Corpus cases where Uplift answers differently from Enhance, keyed `<app>: <case>`, each with a
 * one-line reason. corpus.test.ts fails if a listed case matches, so entries leave as work lands.
 */

const needsPathParameters = 'req.pathParameters is undefined, so the handler throws or finds nothing (the request should carry the API Gateway v2 fields)';
const needsRawPath = 'head.mjs reads req.rawPath, which is undefined, so every page of the app answers 500 (the request should carry the API Gateway v2 fields)';
const redirectContentType = 'a redirect has no content-type; Architect sends `application/json; charset=utf8` with the empty body';
const builtin404Style = "the built-in 404 page adds a <style> that Enhance's page does not have";

/** Differences still to remove: Uplift should answer as Enhance does. */
export const knownDifferences: Readonly<Record<string, string>> = {
  'starter-project: GET /missing (default 404)': builtin404Style,
  'form-elements-preview: GET /nothing-here (default 404)': builtin404Style,
  'form-elements-preview: GET / (element package rendered by the app)':
    'link-element returns `<a …><slot></slot></div>`; Enhance re-serialises each element through an HTML parser and so closes the <a> inside the element, Uplift writes the markup as given and the browser closes it later',
  'music: GET / (head reads req.rawPath)': needsRawPath,
  'music: GET /album/2 (req.pathParameters)': needsPathParameters,
  'music: GET /album/2 as JSON': needsPathParameters,
  'music: GET /album/9 (unknown album)': needsPathParameters,
  'music: HEAD /album/1': needsPathParameters,
  'music: GET /player/1-2 (middleware array, headers, session)': needsPathParameters,
  'music: GET /player/2-1 as JSON': needsPathParameters,
  'music: GET /artists (no route)': `${needsRawPath}, so the 404 falls back to a bare document; with the fields, ${builtin404Style}`,
  'docs: GET /cta/launch (req.pathParameters)': needsPathParameters,
  'docs: GET /learn/routing (middleware redirect)': redirectContentType,
  'docs: GET /whatever (root catch-all redirects to /404)': redirectContentType,
  'docs: GET /docs (catch-all folder without its slash)': `${redirectContentType} (the root catch-all takes /docs in both)`,
  'todos: GET /todos/0 (pathParameters, session)': needsPathParameters,
  'todos: GET /todos/5 (handler 404 renders the page)': builtin404Style,
  'todos: GET / after POST /todos/0?toggle (query flag)': `${needsPathParameters}: the toggle never happens`,
  'movies: GET /genre?name=western (404 from the chain)': builtin404Style,
  'docs: GET /rss (xml, no page)': 'an `xml` result gets `no-cache`; Architect defaults css, js, text and xml to `max-age=86400`',
  'docs: GET /version (text, no page)': 'a `text` result gets `no-cache`; Architect defaults css, js, text and xml to `max-age=86400`',
  'preflight: GET /whoami?b=2&a=1 (API Gateway v2 fields)': 'req.requestContext is undefined (and rawPath, rawQueryString, cookies, routeKey, version, isBase64Encoded are missing)',
  'preflight: POST /echo JSON body (rawBody)': 'req.rawBody and req.isBase64Encoded are missing',
  'preflight: POST /echo form with a repeated key': 'req.rawBody and req.isBase64Encoded are missing (the form itself parses as Architect parses it)',
  'preflight: POST /echo unknown content type': 'an unknown content type is refused with 415; Architect passes the body on as its base64 string',
  'preflight: GET /account Server-Timing metrics (preflight, api, elements, html)': 'Server-Timing has no `elements` metric between `api` and `html`',
  'preflight: GET /about Server-Timing metrics (no API)': 'Server-Timing has no `elements` metric between `preflight` and `html`',
  'preflight: PUT /account octet-stream body': 'an application/octet-stream body arrives as a Buffer; Architect gives `{ base64 }`',
  'preflight: GET /nowhere (404 with preflight)': builtin404Style,
};

/** Differences kept on purpose; each reason points at its docs/differences.md row. */
export const deliberateDifferences: Readonly<Record<string, string>> = {
  'starter-project: GET /missing as JSON': 'JSON 404 for JSON clients (differences.md, Negotiation: "With no route, a JSON client gets the HTML 404 page")',
  'starter-project: POST / (page without API)': '405 with Allow (differences.md, API handlers: "A method the route does not export renders the page with 200")',
  'preflight: DELETE /account (method not exported, page exists)': '405 with Allow (differences.md, API handlers: "A method the route does not export renders the page with 200")',
  'todos: GET /todos (POST-only route, no page)': '405 with Allow (differences.md, API handlers: "A method the route does not export renders the page with 200")',
  'docs: GET /docs/ (catch-all, trailing slash is the index)': 'store strings are escaped (differences.md, Server-side rendering: "Escaping")',
  'docs: GET /docs/routing (cacheControl from a plain handler)': 'store strings are escaped (differences.md, Server-side rendering: "Escaping")',
  'docs: GET /docs/api/sessions (deep catch-all)': 'store strings are escaped (differences.md, Server-side rendering: "Escaping")',
  'todos: GET / with markup in a todo (escaping)': 'store strings are escaped (differences.md, Server-side rendering: "Escaping")',
  'docs: GET /learn/routing as JSON (middleware redirect)': 'JSON clients get 200 and the json instead of a 3xx without Location (differences.md, Negotiation: "A JSON client gets `{}`")',
  'todos: GET / (empty list)': '`session: {}` deletes the cookie (differences.md, Sessions and security: "`session: {}` writes a token holding only `iat`")',
  'todos: POST /logout (empty session)': '`session: {}` deletes the cookie (differences.md, Sessions and security: "`session: {}` writes a token holding only `iat`")',
  'preflight: POST /echo multipart form': 'multipart bodies are parsed into fields and files (differences.md, Request object: "Multipart bodies arrive as `{ base64 }`")',
  'preflight: GET /broken (handler throws)': 'a browser gets the HTML 500 page, not the Lambda runtime\'s JSON (differences.md, API handlers: "A handler that throws escapes to the Lambda runtime")',
};
