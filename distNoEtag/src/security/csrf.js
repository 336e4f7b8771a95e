import { UpliftError } from '../common/errors.js';
import { headerValue } from '../http/exchange.js';
/** The 403 message. Fixed text: echoing the attacker-controlled Origin into a page invites XSS. */
export const csrfRefusal = 'Forbidden: this form was submitted from another site, so Uplift refused it to protect against ' +
    'cross-site request forgery. If the page that posts the form is yours, add its origin to the ' +
    'allowedOrigins option (see docs/sessions.md).';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// What a cross-site page can send without a CORS preflight (Fetch "CORS-safelisted" content types).
const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
// reg-name or IP literal with optional port; anything else cannot name this server.
const hostPattern = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.\-_~%]+)(?::\d{1,5})?$/i;
/**
 * Returns null when the request may proceed, or a message for a 403. Refuses POST/PUT/PATCH/DELETE
 * that a cross-site page could send without a preflight (content type urlencoded, multipart,
 * text/plain, or none) when its `Origin` (or, lacking it, `Referer`) is neither the app's own origin
 * (Host header + protocol) nor in `allowedOrigins`. `Origin: null` is refused. A request with neither
 * header is allowed: browsers always send `Origin` on cross-site POSTs, and curl and server-to-server
 * clients send neither. JSON and other preflighted types are unaffected. Never throws.
 *
 * @example
 * const refusal = checkCsrf({ method: 'POST', headers: request.headers, secure: false });
 * if (refusal) throw new HttpError(403, refusal);
 */
export function checkCsrf(input) {
    if (!unsafeMethods.has(input.method.toUpperCase()))
        return null;
    if (!isFormContentType(headerValue(input.headers, 'content-type')))
        return null;
    const origin = headerValue(input.headers, 'origin');
    const referer = headerValue(input.headers, 'referer');
    if (origin === undefined && referer === undefined)
        return null;
    // Origin wins when present; a Referer is only consulted without one.
    const source = normalizeOrigin(origin ?? referer ?? '');
    if (source === undefined)
        return csrfRefusal;
    if (source === resolveRequestOrigin(input).origin)
        return null;
    const allowed = input.allowedOrigins ?? [];
    return allowed.some((entry) => normalizeOrigin(entry) === source) ? null : csrfRefusal;
}
/**
 * The origin the request was addressed to: `Host` and the connection's TLS, or with `trustProxy`
 * the first `x-forwarded-host` / `x-forwarded-proto` values (the proxy nearest the client).
 * Also what the session store's `secure` context should be.
 */
export function resolveRequestOrigin(input) {
    let secure = input.secure;
    let host = headerValue(input.headers, 'host');
    if (input.trustProxy === true) {
        const proto = firstListValue(headerValue(input.headers, 'x-forwarded-proto'))?.toLowerCase();
        if (proto === 'https' || proto === 'http')
            secure = proto === 'https';
        host = firstListValue(headerValue(input.headers, 'x-forwarded-host')) ?? host;
    }
    const origin = host !== undefined && hostPattern.test(host)
        ? normalizeOrigin(`${secure ? 'https' : 'http'}://${host}`)
        : undefined;
    return { origin, secure };
}
/**
 * Checks an allow-list once at startup: each entry must be an http(s) origin such as
 * `https://example.com`. Returns the entries normalised; throws `UpliftError('UPLIFT_CONFIG')`
 * naming the first bad one (a bad entry would otherwise never match and fail silently).
 */
export function validateAllowedOrigins(origins) {
    return origins.map((entry) => {
        const origin = normalizeOrigin(entry);
        if (origin === undefined) {
            throw new UpliftError('UPLIFT_CONFIG', `CSRF allowedOrigins entry ${JSON.stringify(entry)} is not an origin. Write it as scheme and host, ` +
                'e.g. "https://www.example.com" or "http://localhost:3000".');
        }
        return origin;
    });
}
/** True for a content type a cross-site page can send without a preflight, including none at all. */
function isFormContentType(contentType) {
    if (contentType === undefined)
        return true;
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    return essence === '' || formTypes.has(essence);
}
// Lower-cases, drops default ports and paths. Opaque origins ("null", file:, data:) give undefined,
// so an allow-list can never admit them.
function normalizeOrigin(value) {
    if (!URL.canParse(value))
        return undefined;
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return undefined;
    return url.origin;
}
function firstListValue(value) {
    const first = value?.split(',')[0]?.trim();
    return first === '' ? undefined : first;
}
//# sourceMappingURL=csrf.js.map