import { UpliftError } from '../common/errors.js';
import { readCookie } from '../cookies/parse-cookies.js';
import { serializeCookie } from '../cookies/serialize-cookie.js';
/** The most any browser is guaranteed to store for one cookie (RFC 6265 §6.1). */
export const maxCookieBytes = 4096;
/**
 * The session token from a `Cookie` header: the last cookie with that name (enhance-compat §7). Undefined
 * when absent, or when longer than any cookie we write, so a 100 KB header costs no decryption.
 */
export function readSessionToken(cookieHeader, cookieName) {
    const token = readCookie(cookieHeader, cookieName);
    return token === undefined || token === '' || token.length > maxCookieBytes ? undefined : token;
}
/**
 * The `Set-Cookie` value carrying `token`: `HttpOnly`, `Path=/`, `Max-Age` with a matching `Expires`,
 * `SameSite`, and `Domain`/`Secure` when set (enhance-compat §7). Throws `UpliftError('UPLIFT_SESSION_TOO_LARGE')`
 * naming the size when the header would exceed 4096 bytes, which browsers silently drop.
 */
export function serializeSessionCookie(token, attributes, now) {
    const header = serializeCookie(attributes.cookieName, token, {
        ...common(attributes),
        maxAge: attributes.maxAge,
        expires: new Date(now + attributes.maxAge * 1000),
    });
    const bytes = Buffer.byteLength(header);
    if (bytes > maxCookieBytes) {
        throw new UpliftError('UPLIFT_SESSION_TOO_LARGE', `The session cookie would be ${bytes} bytes, over the ${maxCookieBytes}-byte limit browsers keep ` +
            '(larger cookies are silently dropped, losing the session). Store less in the session: keep an id ' +
            'there and the data in a database.');
    }
    return header;
}
/** The `Set-Cookie` value that deletes the session cookie (same name, path and domain). */
export function serializeClearedSessionCookie(attributes) {
    return serializeCookie(attributes.cookieName, '', { ...common(attributes), maxAge: 0, expires: new Date(0) });
}
function common(attributes) {
    return {
        path: '/',
        httpOnly: true,
        sameSite: attributes.sameSite,
        domain: attributes.domain,
        secure: attributes.secure,
    };
}
//# sourceMappingURL=session-cookie.js.map