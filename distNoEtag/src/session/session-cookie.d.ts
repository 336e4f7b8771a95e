/** The most any browser is guaranteed to store for one cookie (RFC 6265 §6.1). */
export declare const maxCookieBytes = 4096;
/** The attributes the session cookie is written with. */
export interface SessionCookieAttributes {
    cookieName: string;
    maxAge: number;
    sameSite: 'Lax' | 'Strict' | 'None';
    domain: string | undefined;
    secure: boolean;
}
/**
 * The session token from a `Cookie` header: the last cookie with that name (enhance-compat §7). Undefined
 * when absent, or when longer than any cookie we write, so a 100 KB header costs no decryption.
 */
export declare function readSessionToken(cookieHeader: string | undefined, cookieName: string): string | undefined;
/**
 * The `Set-Cookie` value carrying `token`: `HttpOnly`, `Path=/`, `Max-Age` with a matching `Expires`,
 * `SameSite`, and `Domain`/`Secure` when set (enhance-compat §7). Throws `UpliftError('UPLIFT_SESSION_TOO_LARGE')`
 * naming the size when the header would exceed 4096 bytes, which browsers silently drop.
 */
export declare function serializeSessionCookie(token: string, attributes: SessionCookieAttributes, now: number): string;
/** The `Set-Cookie` value that deletes the session cookie (same name, path and domain). */
export declare function serializeClearedSessionCookie(attributes: SessionCookieAttributes): string;
