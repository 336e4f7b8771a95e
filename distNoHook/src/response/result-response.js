import { UpliftError } from '../common/errors.js';
import { jsonType, noStore } from '../http/response-headers.js';
/** Architect's Cache-Control for any other body than HTML or JSON (css, js, text, xml, raw bytes): a day. */
const cachedForADay = 'max-age=86400';
/** Turns a checked handler result into a response (the page render is ssr's job, not this one). */
export function resultToResponse(result, mode, source) {
    const redirect = mode === 'plain' && result.location !== undefined;
    let status = result.status ?? (redirect ? 302 : 200);
    if (mode === 'json' && status >= 300 && status < 400)
        status = 200;
    const headers = {};
    let body;
    const resultBody = result.body;
    if (resultBody?.kind === 'raw') {
        headers['content-type'] = resultBody.type;
        headers['cache-control'] = redirect || neverCached(resultBody.type) ? noStore : cachedForADay;
        body = resultBody.data;
    }
    else if (resultBody === undefined && redirect) {
        // An empty body, typed as Architect types every response without a body key.
        headers['content-type'] = jsonType;
        headers['cache-control'] = noStore;
        body = '';
    }
    else {
        headers['content-type'] = jsonType;
        headers['cache-control'] = noStore;
        body = resultBody === undefined ? '{}' : stringifyJson(resultBody.value, source);
    }
    Object.assign(headers, result.headers);
    if (result.cacheControl !== undefined)
        headers['cache-control'] = result.cacheControl;
    if (redirect)
        headers.location = result.location;
    if (result.cors)
        headers['access-control-allow-origin'] = '*';
    return { status, headers, body };
}
/**
 * Architect's rule (`@architect/functions` src/http/_res-fmt.js): HTML and JSON are never cached
 * by default; every other type is cached for a day unless the handler says otherwise.
 */
function neverCached(contentType) {
    const type = contentType.toLowerCase();
    return type.includes('text/html') || type.includes('application/json') || type.includes('+json');
}
/** JSON.stringify with a message that names the handler when the data cannot be serialised. */
export function stringifyJson(value, source) {
    try {
        return JSON.stringify(value) ?? 'null';
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new UpliftError('UPLIFT_HANDLER_RESULT', `${source.file}: export "${source.exportName}" returned json that cannot be serialised (${reason}); return plain data`, { cause });
    }
}
//# sourceMappingURL=result-response.js.map