import { stringifySetCookie } from 'cookie';
import { UpliftError } from '../common/errors.js';
// C0 controls and DEL: never legitimate in a cookie, and CR/LF would split the header.
const controlCharacter = /[\u0000-\u001f\u007f]/;
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
export function serializeCookie(name, value, options = {}) {
    const parts = [name, value, options.domain ?? '', options.path ?? ''];
    if (parts.some((part) => controlCharacter.test(part))) {
        throw headerValueError(name, 'it contains a control character (such as CR or LF)');
    }
    try {
        // Fields are picked one by one so no `encode` (or other extra key) from JS callers slips through.
        return stringifySetCookie(name, value, {
            maxAge: options.maxAge,
            expires: options.expires,
            domain: options.domain,
            path: options.path,
            secure: options.secure,
            httpOnly: options.httpOnly,
            partitioned: options.partitioned,
            sameSite: options.sameSite?.toLowerCase(),
        });
    }
    catch (error) {
        // TypeError from the cookie package (bad name, domain, path, maxAge, expires) or URIError
        // from encodeURIComponent on a lone surrogate.
        throw headerValueError(name, error.message, error);
    }
}
function headerValueError(name, reason, cause) {
    return new UpliftError('UPLIFT_HEADER_VALUE', `Cannot write cookie ${JSON.stringify(name)}: ${reason}. A cookie name must be a token ` +
        "(letters, digits and !#$%&'*+-.^_`|~), the value must be text without control characters " +
        '(Uplift percent-encodes the rest), and domain/path must be plain host and path strings. ' +
        'Fix the name, value or option passed to serializeCookie or cookies.set.', { cause });
}
//# sourceMappingURL=serialize-cookie.js.map