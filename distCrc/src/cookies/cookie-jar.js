import { parseCookies } from './parse-cookies.js';
import { serializeCookie } from './serialize-cookie.js';
const defaults = { path: '/', httpOnly: true, sameSite: 'Lax' };
/**
 * Binds the pure cookie functions to one request. The header is parsed on first read only.
 *
 * @example
 * const cookies = createCookieJar(headerValue(request.headers, 'cookie'));
 * if (!cookies.get('seen')) cookies.set('seen', '1', { maxAge: 86400 });
 * response.headers['set-cookie'] = cookies.setCookieHeaders();
 */
export function createCookieJar(cookieHeader) {
    let parsed;
    const queued = new Map();
    const all = () => (parsed ??= parseCookies(cookieHeader));
    const queue = (name, value, options) => {
        const header = serializeCookie(name, value, options);
        // Browsers key cookies by name, domain and path, so only that triple replaces an earlier call.
        queued.set(JSON.stringify([name, options.domain ?? '', options.path ?? '']), header);
    };
    return {
        get: (name) => all()[name],
        all,
        set: (name, value, options = {}) => queue(name, value, { ...defaults, ...options }),
        delete: (name, options = {}) => queue(name, '', { ...defaults, ...options, maxAge: 0, expires: new Date(0) }),
        setCookieHeaders: () => [...queued.values()],
    };
}
//# sourceMappingURL=cookie-jar.js.map