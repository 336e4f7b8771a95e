import { UpliftError } from '../common/errors.js';
import type { CoreResponse } from '../http/exchange.js';
import { jsonType, noStore } from '../http/response-headers.js';
import type { HandlerResult, ResultSource } from './normalize-result.js';
import type { EscapeMode } from '../ssr/render/context.js';
import { resolveMarkupTokens, resolveMarkupTokensInJson } from '../ssr/render/markup-text.js';

/** Architect's Cache-Control for any other body than HTML or JSON (css, js, text, xml, raw bytes): a day. */
const cachedForADay = 'max-age=86400';

/**
 * How a handler's result reaches the client:
 * - `json`: the client asked for JSON, so it gets the data and never a redirect. A `location` is
 *   dropped, as in Enhance (enhance-compat §4.1 row 1), and a 3xx status becomes 200 because a redirect
 *   without a Location header is broken (Enhance sends one; docs/differences.md).
 * - `plain`: everything else that is not a page render: redirects, and JSON for routes with no page.
 */
export type ResultMode = 'json' | 'plain';

/**
 * Turns a checked handler result into a response (the page render is ssr's job, not this one).
 * Markup values in the body (made by a markup template, `trusted()`) are written as their markup,
 * escaped by `escape` as the app's pages are, never as the tokens that stand for them.
 */
export function resultToResponse(result: HandlerResult, mode: ResultMode, source: ResultSource, escape: EscapeMode): CoreResponse {
  const redirect = mode === 'plain' && result.location !== undefined;
  let status = result.status ?? (redirect ? 302 : 200);
  if (mode === 'json' && status >= 300 && status < 400) status = 200;

  const headers: Record<string, string | string[]> = {};
  let body: string | Uint8Array | null;
  const resultBody = result.body;
  if (resultBody?.kind === 'raw') {
    headers['content-type'] = resultBody.type;
    headers['cache-control'] = redirect || neverCached(resultBody.type) ? noStore : cachedForADay;
    body = typeof resultBody.data === 'string' ? resolveMarkupTokens(resultBody.data, escape) : resultBody.data;
  } else if (resultBody === undefined && redirect) {
    // An empty body, typed as Architect types every response without a body key.
    headers['content-type'] = jsonType;
    headers['cache-control'] = noStore;
    body = '';
  } else {
    headers['content-type'] = jsonType;
    headers['cache-control'] = noStore;
    body = resultBody === undefined ? '{}' : resolveMarkupTokensInJson(stringifyJson(resultBody.value, source), escape);
  }
  Object.assign(headers, result.headers);
  if (result.cacheControl !== undefined) headers['cache-control'] = result.cacheControl;
  if (redirect) headers.location = result.location as string;
  if (result.cors) headers['access-control-allow-origin'] = '*';
  return { status, headers, body };
}

/**
 * Architect's rule (`@architect/functions` src/http/_res-fmt.js): HTML and JSON are never cached
 * by default; every other type is cached for a day unless the handler says otherwise.
 */
function neverCached(contentType: string): boolean {
  const type = contentType.toLowerCase();
  return type.includes('text/html') || type.includes('application/json') || type.includes('+json');
}

/** JSON.stringify with a message that names the handler when the data cannot be serialised. */
export function stringifyJson(value: unknown, source: ResultSource): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new UpliftError(
      'UPLIFT_HANDLER_RESULT',
      `${source.file}: export "${source.exportName}" returned json that cannot be serialised (${reason}); return plain data`,
      { cause },
    );
  }
}
