import { type CoreRequest } from '../http/exchange.js';
/** What `checkCsrf` needs from a request. */
export interface CsrfInput {
    method: string;
    headers: CoreRequest['headers'];
    /** True when the connection to Uplift is TLS. */
    secure: boolean;
    /** Other origins allowed to post forms here, e.g. `https://www.example.com`. */
    allowedOrigins?: readonly string[];
    /** Let `x-forwarded-proto` / `x-forwarded-host` decide the app's origin (behind a proxy you run). */
    trustProxy?: boolean;
}
/** The origin the request was addressed to, and whether it arrived over https. */
export interface RequestOrigin {
    /** e.g. `https://example.com`; undefined when the Host header is missing or invalid. */
    origin: string | undefined;
    secure: boolean;
}
/** The 403 message. Fixed text: echoing the attacker-controlled Origin into a page invites XSS. */
export declare const csrfRefusal: string;
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
export declare function checkCsrf(input: CsrfInput): string | null;
/**
 * The origin the request was addressed to: `Host` and the connection's TLS, or with `trustProxy`
 * the first `x-forwarded-host` / `x-forwarded-proto` values (the proxy nearest the client).
 * Also what the session store's `secure` context should be.
 */
export declare function resolveRequestOrigin(input: Pick<CsrfInput, 'headers' | 'secure' | 'trustProxy'>): RequestOrigin;
/**
 * Checks an allow-list once at startup: each entry must be an http(s) origin such as
 * `https://example.com`. Returns the entries normalised; throws `UpliftError('UPLIFT_CONFIG')`
 * naming the first bad one (a bad entry would otherwise never match and fail silently).
 */
export declare function validateAllowedOrigins(origins: readonly string[]): string[];
