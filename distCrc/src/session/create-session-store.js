import { UpliftError } from '../common/errors.js';
import { createJweCodec } from './jwe-codec.js';
import { readSessionToken, serializeClearedSessionCookie, serializeSessionCookie, } from './session-cookie.js';
/**
 * Creates the session store from resolved options (see `resolveSessionOptions`). Tokens are
 * Architect-compatible JWEs (enhance-compat §7), so Uplift and Architect apps sharing a secret share sessions.
 *
 * @example
 * const sessions = createSessionStore(resolveSessionOptions(process.env).options);
 * const session = await sessions.read(headerValue(request.headers, 'cookie'));
 * response.headers['set-cookie'] = await sessions.write({ ...session, visits: 1 }, { secure: false });
 */
export function createSessionStore(options) {
    const codec = createJweCodec(options);
    const attributesFor = (requestIsSecure) => ({
        cookieName: options.cookieName,
        maxAge: options.maxAge,
        sameSite: options.sameSite,
        domain: options.domain,
        secure: isSecureCookie(options, requestIsSecure),
    });
    return {
        async read(cookieHeader) {
            const token = readSessionToken(cookieHeader, options.cookieName);
            const session = token === undefined ? undefined : await codec.decrypt(token);
            if (session === undefined || (options.isRevoked !== undefined && (await options.isRevoked(session)) === true))
                return {};
            return session;
        },
        async write(session, context) {
            if (typeof session !== 'object' || session === null || Array.isArray(session)) {
                throw new UpliftError('UPLIFT_HANDLER_RESULT', `A handler returned session as ${Array.isArray(session) ? 'an array' : String(session)}; it must be ` +
                    'a plain object (return session: {} to clear it).');
            }
            const attributes = attributesFor(context.secure);
            // Spec §7: the returned session replaces the old one whole, and {} clears it. We delete the
            // cookie rather than write a token holding only `iat`, so a cleared session costs no decryption.
            if (Object.keys(session).length === 0)
                return serializeClearedSessionCookie(attributes);
            return serializeSessionCookie(await codec.encrypt(session), attributes, Date.now());
        },
    };
}
// Browsers reject `SameSite=None` without `Secure`, so None forces it.
function isSecureCookie(options, requestIsSecure) {
    if (options.sameSite === 'None')
        return true;
    if (options.secure === 'auto')
        return options.production || requestIsSecure;
    return options.secure;
}
//# sourceMappingURL=create-session-store.js.map