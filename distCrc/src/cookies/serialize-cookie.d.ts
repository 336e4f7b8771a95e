/** Attributes of a `Set-Cookie` header (RFC 6265 §4.1). */
export interface CookieOptions {
    /** Lifetime in whole seconds; 0 or less deletes the cookie. */
    maxAge?: number;
    /** Absolute expiry, for clients that ignore `Max-Age`. */
    expires?: Date;
    domain?: string;
    path?: string;
    secure?: boolean;
    httpOnly?: boolean;
    sameSite?: 'Lax' | 'Strict' | 'None';
    /** CHIPS partitioned cookie; browsers require `secure` with it. */
    partitioned?: boolean;
}
/**
 * Serialises one `Set-Cookie` header value. The value is percent-encoded, so any text round-trips
 * through `parseCookies`. Throws `UpliftError('UPLIFT_HEADER_VALUE')` when the name is not a cookie
 * token, when any part contains a control character (CR/LF would allow header injection), when the
 * value holds a lone UTF-16 surrogate, or when an attribute is invalid.
 *
 * @example
 * serializeCookie('theme', 'dark', { path: '/', httpOnly: true, sameSite: 'Lax' });
 * // 'theme=dark; Path=/; HttpOnly; SameSite=Lax'
 */
export declare function serializeCookie(name: string, value: string, options?: CookieOptions): string;
