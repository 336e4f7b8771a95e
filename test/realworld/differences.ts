/**
 * Corpus cases where Uplift answers differently from Enhance, keyed `<app>: <case>`, each with a
 * one-line reason. corpus.test.ts fails if a listed case matches, so entries leave as work lands.
 */

/** Differences still to remove: Uplift should answer as Enhance does. */
export const knownDifferences: Readonly<Record<string, string>> = {};

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
  'preflight: POST /echo unknown content type': 'a body of an unknown type arrives as `{ base64 }`, not the bare base64 string (differences.md, Request object: "Multipart bodies arrive as `{ base64 }`")',
  'preflight: GET /news (cacheControl from a plain handler, page)': 'a plain handler\'s cacheControl reaches its page (differences.md, API handlers: "A plain handler\'s `cacheControl` and `headers` are dropped")',
  'preflight: GET /broken (handler throws)': 'a browser gets the HTML 500 page, not the Lambda runtime\'s JSON (differences.md, API handlers: "A handler that throws escapes to the Lambda runtime")',
};
